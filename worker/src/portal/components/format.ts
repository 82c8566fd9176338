/** Display formatting shared by the portal pages (numbers, dates). */

// One formatter for every number: toLocaleString() builds a new one per call, which a 90-day table pays hundreds of times.
const NUMBER = new Intl.NumberFormat( 'en-US' );

export const num = ( value: number ) => NUMBER.format( value );

/** "2026-11-25 13:40 UTC" — the portal shows UTC, the billing periods' time zone. */
export const when = ( value: Date | string | null | undefined ) => {
	if ( ! value ) return '—';
	const date = typeof value === 'string' ? new Date( value ) : value;
	return `${ date.toISOString().slice( 0, 16 ).replace( 'T', ' ' ) } UTC`;
};
