/** Display formatting shared by the portal pages (numbers, dates). */

export const num = ( value: number ) => value.toLocaleString( 'en-US' );

/** "2026-11-25 13:40 UTC" — the portal shows UTC, the billing periods' time zone. */
export const when = ( value: Date | string | null | undefined ) => {
	if ( ! value ) return '—';
	const date = typeof value === 'string' ? new Date( value ) : value;
	return `${ date.toISOString().slice( 0, 16 ).replace( 'T', ' ' ) } UTC`;
};
