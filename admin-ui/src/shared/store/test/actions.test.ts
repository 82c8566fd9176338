/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * WordPress dependencies
 */
import { createRegistry } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { store } from '../index';
import type { PreloadedPage } from '../preload';

const QUERY = {
	page: 1,
	per_page: 25,
	orderby: 'search_volume',
	order: 'desc',
};

const PAGE: PreloadedPage = {
	name: 'keywords',
	query: QUERY,
	items: [
		{ id: 3, keyword: 'alpha' },
		{ id: 1, keyword: 'beta' },
	],
	total: 52,
	totalPages: 3,
};

/** Resolution metadata selectors every @wordpress/data store has. */
interface Metadata {
	hasStartedResolution: ( selector: string, args: unknown[] ) => boolean;
	isResolving: ( selector: string, args: unknown[] ) => boolean;
}

function withPreloadedPage() {
	const registry = createRegistry();
	registry.register( store );
	registry.dispatch( store ).receivePreloadedPages( [ PAGE ] );
	return registry;
}

describe( 'receivePreloadedPages', () => {
	it( 'gives a table asking for the preloaded query its rows at once, with nothing left to resolve', () => {
		const registry = withPreloadedPage();
		const core = registry.select( store );
		const meta = core as unknown as Metadata;
		// The same query built in another key order, as a view builds it.
		const asked = {
			order: 'desc',
			orderby: 'search_volume',
			per_page: 25,
			page: 1,
		};
		expect(
			core.getItems( 'keywords', asked )?.map( ( item ) => item.id )
		).toEqual( [ 3, 1 ] );
		expect( core.getTotal( 'keywords', asked ) ).toBe( 52 );
		expect( core.getTotalPages( 'keywords', asked ) ).toBe( 3 );
		for ( const selector of [ 'getItems', 'getTotal', 'getTotalPages' ] ) {
			expect(
				meta.hasStartedResolution( selector, [ 'keywords', asked ] )
			).toBe( true );
			expect( meta.isResolving( selector, [ 'keywords', asked ] ) ).toBe(
				false
			);
		}
		// Another page of the same table is still read from the server.
		expect(
			meta.hasStartedResolution( 'getItems', [
				'keywords',
				{ ...QUERY, page: 2 },
			] )
		).toBe( false );
	} );

	it( 'lets an invalidation read the page again', () => {
		const registry = withPreloadedPage();
		registry.dispatch( store ).invalidateCollection( 'keywords' );
		const meta = registry.select( store ) as unknown as Metadata;
		expect(
			meta.hasStartedResolution( 'getItems', [ 'keywords', QUERY ] )
		).toBe( false );
		expect(
			registry.select( store ).getCollectionState( 'keywords' ).queries
		).toEqual( {} );
	} );
} );
