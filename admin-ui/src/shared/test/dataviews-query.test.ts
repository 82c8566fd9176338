/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import {
	queryToView,
	resetPageOnChange,
	selectionToIds,
	tableView,
	viewToQuery,
} from '../dataviews-query';

const mapping = {
	sortable: { keyword: 'keyword', volume: 'search_volume' },
	filters: { status: 'status', intent: 'intent' },
};
const base: View = {
	type: 'table',
	page: 1,
	perPage: 50,
	search: '',
	filters: [],
	fields: [ 'keyword' ],
};

describe( 'viewToQuery', () => {
	it( 'maps paging, search, sort and "is" filters to REST args', () => {
		const view: View = {
			...base,
			page: 3,
			search: '  seo ',
			sort: { field: 'volume', direction: 'asc' },
			filters: [
				{ field: 'status', operator: 'is', value: 'active' },
				{ field: 'intent', operator: 'isNot', value: 'commercial' },
				{ field: 'unknown', operator: 'is', value: 'x' },
			],
		};
		expect( viewToQuery( view, mapping ) ).toEqual( {
			page: 3,
			per_page: 50,
			search: 'seo',
			orderby: 'search_volume',
			order: 'asc',
			status: 'active',
		} );
	} );

	it( 'clamps the page size to what the REST API serves and drops unsortable fields', () => {
		const query = viewToQuery(
			{
				...base,
				perPage: 500,
				page: 0,
				sort: { field: 'nope', direction: 'desc' },
			},
			mapping
		);
		expect( query ).toEqual( { page: 1, per_page: 100 } );
	} );

	it( 'adds the fixed args of a tab', () => {
		expect( viewToQuery( base, { fixed: { status: 'draft' } } ) ).toEqual( {
			page: 1,
			per_page: 50,
			status: 'draft',
		} );
	} );

	it( 'round-trips through queryToView', () => {
		const view: View = {
			...base,
			page: 2,
			search: 'a',
			sort: { field: 'keyword', direction: 'desc' },
			filters: [
				{ field: 'intent', operator: 'is', value: 'commercial' },
			],
		};
		const back = queryToView( viewToQuery( view, mapping ), base, mapping );
		expect( viewToQuery( back, mapping ) ).toEqual(
			viewToQuery( view, mapping )
		);
	} );
} );

describe( 'resetPageOnChange', () => {
	it( 'goes back to page 1 when the search changes, not when paging', () => {
		const on3 = { ...base, page: 3 };
		expect( resetPageOnChange( on3, { ...on3, search: 'x' } ).page ).toBe(
			1
		);
		expect( resetPageOnChange( on3, { ...on3, page: 4 } ).page ).toBe( 4 );
	} );
} );

describe( 'selectionToIds', () => {
	it( 'keeps positive integers only', () => {
		expect( selectionToIds( [ '4', '10', 'x', '-1' ] ) ).toEqual( [
			4, 10,
		] );
	} );
} );

describe( 'tableView', () => {
	it( 'starts a table on page 1 without search or filters, reading the first 20 rows by default', () => {
		const view = tableView( {
			fields: [ 'score' ],
			titleField: 'title',
			sort: { field: 'score', direction: 'asc' },
		} );
		expect( viewToQuery( view, { sortable: { score: 'score' } } ) ).toEqual(
			{ page: 1, per_page: 20, orderby: 'score', order: 'asc' }
		);
		expect( tableView( { fields: [], perPage: 50 } ).perPage ).toBe( 50 );
	} );
} );
