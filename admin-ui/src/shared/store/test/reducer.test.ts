/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import reducer, { initialState, placementsOf } from '../reducer';
import { queryKey } from '../query-key';
import { getItems, getTotal } from '../selectors';

const kw = ( id: number, keyword = `kw ${ id }` ) => ( { id, keyword } );

function withPage() {
	return reducer( initialState(), {
		type: 'RECEIVE_QUERY',
		name: 'keywords',
		key: queryKey( { page: 1 } ),
		items: [ kw( 1 ), kw( 2 ), kw( 3 ) ],
		total: 30,
		totalPages: 10,
	} );
}

describe( 'igny8/core reducer', () => {
	it( 'stores a page by its query and reads it back with the total', () => {
		const state = withPage();
		expect(
			getItems( state, 'keywords', { page: 1, search: '' } )?.map(
				( item ) => item.id
			)
		).toEqual( [ 1, 2, 3 ] );
		expect( getTotal( state, 'keywords', { page: 1 } ) ).toBe( 30 );
		expect( getItems( state, 'keywords', { page: 2 } ) ).toBeNull();
		expect( getItems( state, 'clusters', { page: 1 } ) ).toBeNull();
	} );

	it( 'returns the same array while nothing changed', () => {
		const state = withPage();
		expect( getItems( state, 'keywords', { page: 1 } ) ).toBe(
			getItems( state, 'keywords', { page: 1 } )
		);
	} );

	it( 'applies an optimistic edit and rolls it back to the previous item', () => {
		const state = withPage();
		const previous = state.keywords.items[ 2 ]!;
		const edited = reducer( state, {
			type: 'RECEIVE_ITEMS',
			name: 'keywords',
			items: [ { ...previous, keyword: 'changed' } ],
		} );
		expect(
			getItems( edited, 'keywords', { page: 1 } )?.[ 1 ]?.keyword
		).toBe( 'changed' );
		const rolledBack = reducer( edited, {
			type: 'RECEIVE_ITEMS',
			name: 'keywords',
			items: [ previous ],
		} );
		expect(
			getItems( rolledBack, 'keywords', { page: 1 } )?.[ 1 ]?.keyword
		).toBe( 'kw 2' );
	} );

	it( 'removes deleted items from every page and puts them back in place on rollback', () => {
		const state = withPage();
		const placements = placementsOf( state.keywords, [ 1, 3 ] );
		const removed = reducer( state, {
			type: 'REMOVE_ITEMS',
			name: 'keywords',
			ids: [ 1, 3 ],
		} );
		expect(
			getItems( removed, 'keywords', { page: 1 } )?.map(
				( item ) => item.id
			)
		).toEqual( [ 2 ] );
		expect( getTotal( removed, 'keywords', { page: 1 } ) ).toBe( 28 );
		const restored = reducer( removed, {
			type: 'RESTORE_ITEMS',
			name: 'keywords',
			placements,
		} );
		expect(
			getItems( restored, 'keywords', { page: 1 } )?.map(
				( item ) => item.id
			)
		).toEqual( [ 1, 2, 3 ] );
		expect( getTotal( restored, 'keywords', { page: 1 } ) ).toBe( 30 );
	} );

	it( 'keeps a query error apart and clears everything on invalidate', () => {
		const failed = reducer( withPage(), {
			type: 'RECEIVE_QUERY_ERROR',
			name: 'keywords',
			key: queryKey( { page: 2 } ),
			error: { code: 'x' },
		} );
		expect( failed.keywords.errors[ 'page=2' ] ).toEqual( { code: 'x' } );
		const invalidated = reducer( failed, {
			type: 'INVALIDATE',
			name: 'keywords',
		} );
		expect( getItems( invalidated, 'keywords', { page: 1 } ) ).toBeNull();
		expect( invalidated.keywords.errors ).toEqual( {} );
		expect( invalidated.keywords.version ).toBe( 1 );
	} );
} );

describe( 'queryKey', () => {
	it( 'ignores key order and empty values', () => {
		expect(
			queryKey( {
				search: '',
				page: 2,
				orderby: 'keyword',
				status: undefined,
			} )
		).toBe( queryKey( { orderby: 'keyword', page: 2 } ) );
		expect( queryKey( { page: 1 } ) ).not.toBe( queryKey( { page: 2 } ) );
	} );
} );
