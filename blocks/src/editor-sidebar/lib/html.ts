/**
 * Small HTML text helpers for rich text values.
 */

/** Escapes text for use as rich text HTML. */
export function escapeHtml( text: string ): string {
	return text
		.replace( /&/g, '&amp;' )
		.replace( /</g, '&lt;' )
		.replace( />/g, '&gt;' );
}

/** The text of rich text HTML: tags dropped, common entities decoded. */
export function htmlText( html: string ): string {
	return html
		.replace( /<br\s*\/?>/gi, '\n' )
		.replace( /<[^>]*>/g, '' )
		.replace( /&nbsp;/g, ' ' )
		.replace( /&lt;/g, '<' )
		.replace( /&gt;/g, '>' )
		.replace( /&quot;/g, '"' )
		.replace( /&#0?39;/g, "'" )
		.replace( /&amp;/g, '&' );
}
