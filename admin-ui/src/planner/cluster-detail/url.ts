/**
 * The open cluster lives in the Planner's URL (&cluster=ID), so a cluster's
 * page can be linked, reloaded and reached with Back. Pure (unit-tested).
 */

/** The cluster id in a search string, or null. */
export function clusterFromSearch( search: string ): number | null {
	const value = new URLSearchParams( search ).get( 'cluster' ) ?? '';
	return /^[1-9]\d{0,18}$/.test( value ) ? Number( value ) : null;
}

/** The search string opening a cluster (tab=clusters), or the Clusters tab when null. */
export function searchWithCluster( search: string, id: number | null ): string {
	const params = new URLSearchParams( search );
	params.set( 'tab', 'clusters' );
	if ( id === null ) {
		params.delete( 'cluster' );
	} else {
		params.set( 'cluster', String( id ) );
	}
	return `?${ params.toString() }`;
}

/** Share of the cluster's published posts that another of them links to, 0–100 (null with fewer than two). */
export function coveragePercent( links: {
	published: number;
	linked: number;
} ): number | null {
	if ( links.published < 2 ) {
		return null;
	}
	return Math.round( ( links.linked / links.published ) * 100 );
}
