/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	keepPreloadedClusterDetails,
	takeKeptClusterDetail,
	takePreloadedClusterDetail,
} from '../api';

describe( 'takePreloadedClusterDetail', () => {
	it( 'gives the preloaded figures of that cluster once, then leaves it to the route', () => {
		const body = { cluster: { id: 7, name: 'Worms' }, posts: 0 };
		const preload: Record< string, unknown > = {
			'/igny8/v1/planner/clusters/7/detail': { body, headers: {} },
		};
		expect( takePreloadedClusterDetail( preload, 8 ) ).toBeNull();
		expect( takePreloadedClusterDetail( preload, 7 ) ).toBe( body );
		expect( takePreloadedClusterDetail( preload, 7 ) ).toBeNull();
		expect( takePreloadedClusterDetail( undefined, 7 ) ).toBeNull();
	} );

	it( 'ignores a preloaded answer that is not a cluster', () => {
		const preload = {
			'/igny8/v1/planner/clusters/7/detail': { body: { code: 'x' } },
		};
		expect( takePreloadedClusterDetail( preload, 7 ) ).toBeNull();
	} );
} );

describe( 'keepPreloadedClusterDetails', () => {
	it( 'takes the details out of the preload the middleware gets, and gives each once', () => {
		const body = { cluster: { id: 9, name: 'Leaves' }, posts: 0 };
		const list = { body: [], headers: {} };
		const preload: Record< string, unknown > = {
			'/igny8/v1/planner/clusters/9/detail': { body, headers: {} },
			'/igny8/v1/planner/keywords?cluster_id=9': list,
		};
		keepPreloadedClusterDetails( preload );
		expect( Object.keys( preload ) ).toEqual( [
			'/igny8/v1/planner/keywords?cluster_id=9',
		] );
		expect( takeKeptClusterDetail( 9 ) ).toBe( body );
		expect( takeKeptClusterDetail( 9 ) ).toBeNull();
	} );
} );
