/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { countText, eligibleRows } from '../BulkActionBar';

const tasks = ( n: number ) => `${ n } ${ n === 1 ? 'task' : 'tasks' }`;

describe( 'countText', () => {
	it( 'shows the whole table’s total, not the page size', () => {
		expect( countText( 0, 1234, tasks ) ).toBe( '1234 tasks' );
		expect( countText( 0, 1, tasks ) ).toBe( '1 task' );
	} );

	it( 'says how many of the total are selected', () => {
		expect( countText( 3, 45, tasks ) ).toBe( '3 of 45 tasks selected' );
	} );
} );

describe( 'eligibleRows', () => {
	const rows = [
		{ id: 1, post: null },
		{ id: 2, post: 7 },
		{ id: 3, post: 8 },
	];

	it( 'keeps the selected rows the action may act on', () => {
		const action = {
			isEligible: ( row: ( typeof rows )[ number ] ) => row.post !== null,
		};
		expect(
			eligibleRows( action, rows, [ '1', '2' ] ).map( ( row ) => row.id )
		).toEqual( [ 2 ] );
		expect(
			eligibleRows( {}, rows, [ '1', '3' ] ).map( ( row ) => row.id )
		).toEqual( [ 1, 3 ] );
		expect( eligibleRows( {}, rows, [] ) ).toEqual( [] );
	} );
} );
