/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { ClusterDetailData } from './types';

const detailPath = ( id: number ) =>
	`/igny8/v1/planner/clusters/${ id }/detail`;

/** The cluster with its totals. */
export function fetchClusterDetail( id: number ): Promise< ClusterDetailData > {
	return apiFetch< ClusterDetailData >( { path: detailPath( id ) } );
}

/**
 * The cluster's totals as PHP put them in the page (Planner_Page::cluster_paths()), or null; read
 * once, as apiFetch's preloading middleware does, so a cluster opened again later is read afresh
 * instead of showing what it was when the page loaded.
 */
export function takePreloadedClusterDetail(
	preload: Record< string, unknown > | undefined,
	id: number
): ClusterDetailData | null {
	const response = preload?.[ detailPath( id ) ] as
		{ body?: ClusterDetailData } | undefined;
	if ( ! preload || ! response?.body?.cluster ) {
		return null;
	}
	delete preload[ detailPath( id ) ];
	return response.body;
}

/** Cluster details taken out of the page's preload before apiFetch's middleware copied it. */
const kept: Record< string, unknown > = {};

/**
 * Moves the preloaded cluster details out of the page's preload. Called before setupApiFetch():
 * the preloading middleware keeps its own copy of what it is given, so a detail left there would
 * be served once more, as it was when the page loaded, when the same cluster is opened again.
 */
export function keepPreloadedClusterDetails(
	preload: Record< string, unknown > | undefined
): void {
	for ( const path of Object.keys( preload ?? {} ) ) {
		if ( /^\/igny8\/v1\/planner\/clusters\/\d+\/detail$/.test( path ) ) {
			kept[ path ] = preload![ path ];
			delete preload![ path ];
		}
	}
}

/** The kept detail of this cluster, once; null when there is none (the page then asks the route). */
export function takeKeptClusterDetail( id: number ): ClusterDetailData | null {
	return takePreloadedClusterDetail( kept, id );
}
