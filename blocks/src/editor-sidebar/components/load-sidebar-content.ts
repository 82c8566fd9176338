/**
 * The sidebar's lazy content (panels and score model), loaded once. The sidebar's Suspense asks
 * for it when it first renders; when the author left the sidebar open, the entry asks as the
 * editor's script runs, so the chunks download while the editor starts instead of after it.
 */

let loading: Promise< typeof import( './SidebarContent' ) > | undefined;

/** The content's module: the load in flight or done, else a new one (a failed load is retried). */
export function loadSidebarContent(): Promise<
	typeof import( './SidebarContent' )
> {
	if ( ! loading ) {
		loading = import( './SidebarContent' );
		loading.catch( () => {
			loading = undefined;
		} );
	}
	return loading;
}
