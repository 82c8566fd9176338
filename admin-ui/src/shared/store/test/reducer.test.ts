/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import reducer, { initialState, placementsOf } from '../reducer';
import { queryKey } from '../query-key';
import { getItem, getItems, getTotal } from '../selectors';

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

describe( 'igny8/core reducer with string ids', () => {
	const profile = ( id: string, name = id ) => ( { id, name } );
	const page = () =>
		reducer( initialState(), {
			type: 'RECEIVE_QUERY',
			name: 'author_profiles',
			key: queryKey( { per_page: 100 } ),
			items: [ profile( 'ap_a' ), profile( 'ap_b' ), profile( 'ap_c' ) ],
			total: 3,
			totalPages: 1,
		} );
	const ids = ( state: ReturnType< typeof page > ) =>
		getItems( state, 'author_profiles', { per_page: 100 } )?.map(
			( item ) => item.id
		);

	it( 'stores items by their string id and edits one in place', () => {
		const edited = reducer( page(), {
			type: 'RECEIVE_ITEMS',
			name: 'author_profiles',
			items: [ profile( 'ap_b', 'Renamed' ) ],
		} );
		expect( ids( edited ) ).toEqual( [ 'ap_a', 'ap_b', 'ap_c' ] );
		expect( getItem( edited, 'author_profiles', 'ap_b' )?.name ).toBe(
			'Renamed'
		);
		expect( getItem( edited, 'author_profiles', 'ap_x' ) ).toBeNull();
	} );

	it( 'removes a string id and puts it back where it was on rollback', () => {
		const state = page();
		const placements = placementsOf( state.author_profiles, [ 'ap_b' ] );
		const removed = reducer( state, {
			type: 'REMOVE_ITEMS',
			name: 'author_profiles',
			ids: [ 'ap_b' ],
		} );
		expect( ids( removed ) ).toEqual( [ 'ap_a', 'ap_c' ] );
		expect(
			getTotal( removed, 'author_profiles', { per_page: 100 } )
		).toBe( 2 );
		const restored = reducer( removed, {
			type: 'RESTORE_ITEMS',
			name: 'author_profiles',
			placements,
		} );
		expect( ids( restored ) ).toEqual( [ 'ap_a', 'ap_b', 'ap_c' ] );
		expect(
			getTotal( restored, 'author_profiles', { per_page: 100 } )
		).toBe( 3 );
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
