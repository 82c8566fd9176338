/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { clusterFromSearch, coveragePercent, searchWithCluster } from '../url';

describe( 'cluster URL', () => {
	it( 'reads a positive cluster id and ignores anything else', () => {
		expect(
			clusterFromSearch( '?page=igny8-planner&tab=clusters&cluster=42' )
		).toBe( 42 );
		expect( clusterFromSearch( '?cluster=0' ) ).toBeNull();
		expect( clusterFromSearch( '?cluster=4x' ) ).toBeNull();
		expect( clusterFromSearch( '?cluster=-3' ) ).toBeNull();
		expect( clusterFromSearch( '?page=igny8-planner' ) ).toBeNull();
	} );

	it( 'opens and closes a cluster keeping the other args', () => {
		expect( searchWithCluster( '?page=igny8-planner&tab=ideas', 7 ) ).toBe(
			'?page=igny8-planner&tab=clusters&cluster=7'
		);
		expect(
			searchWithCluster(
				'?page=igny8-planner&tab=clusters&cluster=7',
				null
			)
		).toBe( '?page=igny8-planner&tab=clusters' );
	} );
} );

describe( 'link coverage', () => {
	it( 'is the share of published posts linked from the cluster', () => {
		expect( coveragePercent( { published: 3, linked: 1 } ) ).toBe( 33 );
		expect( coveragePercent( { published: 4, linked: 4 } ) ).toBe( 100 );
	} );

	it( 'is not a figure below two published posts', () => {
		expect( coveragePercent( { published: 1, linked: 0 } ) ).toBeNull();
		expect( coveragePercent( { published: 0, linked: 0 } ) ).toBeNull();
	} );
} );
