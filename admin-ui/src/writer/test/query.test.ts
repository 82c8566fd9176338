/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { viewToQuery } from '../../shared/dataviews-query';
import {
	contentMapping,
	editPostUrl,
	keywordsText,
	TASKS_MAPPING,
} from '../query';

describe( 'writer table queries', () => {
	it( 'maps the tasks view to the REST args: sort, search and the status filter', () => {
		expect(
			viewToQuery(
				{
					type: 'table',
					page: 2,
					perPage: 50,
					search: ' hills ',
					sort: { field: 'created_at', direction: 'asc' },
					filters: [
						{ field: 'status', operator: 'is', value: 'failed' },
					],
				},
				TASKS_MAPPING
			)
		).toEqual( {
			page: 2,
			per_page: 50,
			search: 'hills',
			orderby: 'created_at',
			order: 'asc',
			status: 'failed',
		} );
	} );

	it( 'never sends a sort the tasks route does not know', () => {
		const query = viewToQuery(
			{ type: 'table', sort: { field: 'keywords', direction: 'desc' } },
			TASKS_MAPPING
		);
		expect( query.orderby ).toBeUndefined();
	} );

	it( 'pins each content tab to its statuses (Drafts: every one not published yet), whatever the view says', () => {
		expect(
			viewToQuery(
				{
					type: 'table',
					sort: { field: 'modified', direction: 'desc' },
				},
				contentMapping( 'draft' )
			)
		).toEqual( {
			page: 1,
			per_page: 20,
			orderby: 'modified',
			order: 'desc',
			status: 'not_published',
		} );
		expect(
			viewToQuery( { type: 'table' }, contentMapping( 'publish' ) ).status
		).toBe( 'publish' );
	} );
} );

describe( 'keywordsText', () => {
	it( 'reads keyword lists in every shape the tasks route has sent', () => {
		expect( keywordsText( [ 'trail', '', 'hills' ] ) ).toBe(
			'trail, hills'
		);
		expect( keywordsText( '["trail","hills"]' ) ).toBe( 'trail, hills' );
		expect( keywordsText( 'trail, hills ' ) ).toBe( 'trail, hills' );
		expect( keywordsText( null ) ).toBe( '' );
	} );
} );

describe( 'editPostUrl', () => {
	it( 'opens the block editor of the post', () => {
		expect( editPostUrl( 42 ) ).toBe( 'post.php?post=42&action=edit' );
	} );
} );
