/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { listPath, toId } from '../list-path';

describe( 'listPath', () => {
	it( 'sends the query as args of a plain path, empty values left out', () => {
		expect(
			listPath( '/igny8/v1/billing/transactions', {
				page: 2,
				per_page: 20,
				kind: '',
			} )
		).toBe( '/igny8/v1/billing/transactions?page=2&per_page=20' );
	} );

	it( 'fills a path segment from the query and does not send it again', () => {
		expect(
			listPath( '/igny8/v1/planner/clusters/{cluster_id}/posts', {
				cluster_id: 42,
				page: 1,
			} )
		).toBe( '/igny8/v1/planner/clusters/42/posts?page=1' );
		expect( listPath( '/x/{id}', { id: 'a/b c' } ) ).toBe( '/x/a%2Fb%20c' );
	} );

	it( 'refuses a query without the value of a path segment', () => {
		expect( () =>
			listPath( '/igny8/v1/planner/clusters/{cluster_id}/posts', {
				page: 1,
			} )
		).toThrow(
			expect.objectContaining( { code: 'igny8_missing_query_arg' } )
		);
	} );
} );

describe( 'toId', () => {
	it( 'makes numeric ids numbers and keeps other strings', () => {
		expect( toId( 7 ) ).toBe( 7 );
		expect( toId( '12' ) ).toBe( 12 );
		expect( toId( 'ap_x1' ) ).toBe( 'ap_x1' );
		expect( toId( '007' ) ).toBe( '007' );
		expect( toId( '1e3' ) ).toBe( '1e3' );
	} );
} );
