/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { cleanMapping, reportLink } from '../import/api';
import { searchWithTab, tabFromSearch } from '../tabs';

describe( 'reportLink', () => {
	it( 'adds the nonce to pretty and plain REST roots', () => {
		expect( reportLink( 'http://x.test/wp-json/', 'abc', 'n1' ) ).toBe(
			'http://x.test/wp-json/igny8/v1/planner/keywords/import/abc/report?_wpnonce=n1'
		);
		expect(
			reportLink( 'http://x.test/?rest_route=/', 'abc', 'n 1' )
		).toBe(
			'http://x.test/?rest_route=/igny8/v1/planner/keywords/import/abc/report&_wpnonce=n%201'
		);
	} );
} );

describe( 'cleanMapping', () => {
	it( 'sends every field, unmapped ones as null', () => {
		expect(
			cleanMapping( {
				keyword: 2,
				search_volume: null,
				difficulty: 3,
				intent: null,
			} )
		).toEqual( {
			keyword: 2,
			search_volume: null,
			difficulty: 3,
			intent: null,
		} );
	} );
} );

describe( 'planner tabs in the URL', () => {
	it( 'reads the tab and keeps the other args', () => {
		expect( tabFromSearch( '?page=igny8-planner&tab=ideas' ) ).toBe(
			'ideas'
		);
		expect( tabFromSearch( '?page=igny8-planner&tab=nope' ) ).toBe(
			'keywords'
		);
		expect( searchWithTab( '?page=igny8-planner', 'clusters' ) ).toBe(
			'?page=igny8-planner&tab=clusters'
		);
	} );
} );
