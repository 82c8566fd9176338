/**
 * The open tab of a tabbed screen lives in the URL (&tab=…), so a reload or a
 * shared link opens the same section. Pure parts are unit-tested.
 */

/**
 * The tab named in a query string, when it is one of `allowed`; otherwise `fallback`.
 */
export function tabFromSearch(
	search: string,
	allowed: readonly string[],
	fallback: string
): string {
	const name = new URLSearchParams( search ).get( 'tab' ) ?? '';
	return allowed.includes( name ) ? name : fallback;
}

/**
 * The URL with its `tab` parameter set (other parameters kept).
 */
export function withTab( href: string, tab: string ): string {
	const url = new URL( href );
	url.searchParams.set( 'tab', tab );
	return url.toString();
}

/** Reads the open tab from the page URL. */
export function readTab(
	allowed: readonly string[],
	fallback: string
): string {
	return tabFromSearch( window.location.search, allowed, fallback );
}

/** Writes the open tab into the page URL without a new history entry. */
export function writeTab( tab: string ): void {
	window.history.replaceState(
		window.history.state,
		'',
		withTab( window.location.href, tab )
	);
}
