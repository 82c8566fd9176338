/** CSV for the portal's exports (RFC 4180, CRLF lines), safe to open in a spreadsheet. */

/** A CSV field: quoted when needed, and never starting with a formula character (names and reasons are user input). */
export function csvField( value: string | number | null ): string {
	let text = value === null ? '' : String( value );
	if ( /^[=+\-@\t\r]/.test( text ) && typeof value === 'string' ) text = `'${ text }`;
	return /[",\n\r']/.test( text ) ? `"${ text.replace( /"/g, '""' ) }"` : text;
}

/** The whole file: a header row, then the rows, each line ending in CRLF. */
export const csvFile = ( header: string[], rows: Array<Array<string | number | null>> ) => [ header, ...rows ].map( ( row ) => `${ row.map( csvField ).join( ',' ) }\r\n` ).join( '' );
