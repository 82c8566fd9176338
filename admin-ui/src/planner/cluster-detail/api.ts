/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { ClusterDetailData } from './types';

/** The cluster with its totals. */
export function fetchClusterDetail( id: number ): Promise< ClusterDetailData > {
	return apiFetch< ClusterDetailData >( {
		path: `/igny8/v1/planner/clusters/${ id }/detail`,
	} );
}
