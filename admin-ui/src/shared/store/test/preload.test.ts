/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { viewToQuery } from '../../dataviews-query';
import { takePreloadedPages } from '../preload';
import { queryKey } from '../query-key';

const KEYWORDS =
	'/igny8/v1/planner/keywords?page=1&per_page=25&orderby=search_volume&order=desc';
const DETAIL = '/igny8/v1/planner/clusters/7/detail';

const keywordsResponse = () => ( {
	body: [
		{ id: 3, keyword: 'alpha' },
		{ id: 1, keyword: 'beta' },
	],
	headers: { 'X-WP-Total': 52, 'X-WP-TotalPages': 3 },
} );

describe( 'takePreloadedPages', () => {
	it( 'turns a preloaded list into the page of the query the table asks with', () => {
		const preload: Record< string, unknown > = {
			[ KEYWORDS ]: keywordsResponse(),
		};
		const [ page ] = takePreloadedPages( preload );
		// The Keywords tab's first view (KeywordsTab DEFAULT_VIEW), as CollectionTable builds its query.
		const asked = viewToQuery(
			{
				type: 'table',
				page: 1,
				perPage: 25,
				search: '',
				filters: [],
				sort: { field: 'search_volume', direction: 'desc' },
			},
			{ sortable: { search_volume: 'search_volume' } }
		);
		expect( page?.name ).toBe( 'keywords' );
		expect( page?.query ).toEqual( asked );
		expect( queryKey( page?.query ) ).toBe( queryKey( asked ) );
		expect( page?.items.map( ( item ) => item.id ) ).toEqual( [ 3, 1 ] );
		expect( page?.total ).toBe( 52 );
		expect( page?.totalPages ).toBe( 3 );
	} );

	it( 'takes each page out of the preload once, and leaves responses that are no list page', () => {
		const detail = { body: { cluster: { id: 7 } }, headers: {} };
		const preload: Record< string, unknown > = {
			[ KEYWORDS ]: keywordsResponse(),
			[ DETAIL ]: detail,
		};
		expect( takePreloadedPages( preload ) ).toHaveLength( 1 );
		// What is left goes to apiFetch's preloading middleware: the page is no longer in it.
		expect( preload ).toEqual( { [ DETAIL ]: detail } );
		expect( takePreloadedPages( preload ) ).toEqual( [] );
	} );

	it( 'keeps a cluster filter and page numbers as the numbers the cluster tables ask with', () => {
		const path =
			'/igny8/v1/planner/ideas?page=1&per_page=20&orderby=created_at&order=desc&cluster_id=7';
		const [ page ] = takePreloadedPages( {
			[ path ]: { body: [], headers: { 'X-WP-Total': 0 } },
		} );
		expect( page?.query ).toEqual( {
			page: 1,
			per_page: 20,
			orderby: 'created_at',
			order: 'desc',
			cluster_id: 7,
		} );
		expect( page?.items ).toEqual( [] );
		expect( page?.total ).toBe( 0 );
	} );

	it( 'copies the id of a route that names it otherwise', () => {
		const [ page ] = takePreloadedPages( {
			'/igny8/v1/linker/posts?page=1': {
				body: [ { post_id: '12', title: 'A post' } ],
				headers: {},
			},
		} );
		expect( page?.items ).toEqual( [
			{ post_id: '12', title: 'A post', id: 12 },
		] );
		// No headers: the page is all there is.
		expect( page?.total ).toBe( 1 );
		expect( page?.totalPages ).toBe( 1 );
	} );

	it( 'leaves an unknown route, an error body and an absent preload alone', () => {
		const preload: Record< string, unknown > = {
			'/igny8/v1/planner/unknown?page=1': { body: [] },
			'/igny8/v1/planner/keywords?page=1': {
				body: { code: 'rest_forbidden' },
			},
		};
		expect( takePreloadedPages( preload ) ).toEqual( [] );
		expect( Object.keys( preload ) ).toHaveLength( 2 );
		expect( takePreloadedPages( undefined ) ).toEqual( [] );
	} );
} );
