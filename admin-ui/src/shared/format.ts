/**
 * Formats a date from the REST API for display in the user's locale.
 *
 * WordPress stores GMT datetimes as "YYYY-MM-DD HH:MM:SS" without a zone, so a
 * value in that shape is read as UTC. WordPress's "no date" (0000-00-00 00:00:00, a
 * draft's GMT dates) is no date: empty. Anything else unparseable is shown as it came.
 */
export function formatDateTime( value: string | null | undefined ): string {
	if ( ! value || value.startsWith( '0000-00-00' ) ) {
		return '';
	}
	const mysqlGmt = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test( value );
	const date = new Date( mysqlGmt ? value.replace( ' ', 'T' ) + 'Z' : value );
	if ( Number.isNaN( date.getTime() ) ) {
		return value;
	}
	return date.toLocaleString();
}

/**
 * Formats a whole number (credits) with the user's digit grouping.
 */
export function formatNumber( value: number ): string {
	return new Intl.NumberFormat().format( value );
}
