import { describe, expect, it } from 'vitest';
import { viewToQuery } from '../../shared/dataviews-query';
import { DEFAULT_TRANSACTIONS_VIEW, TRANSACTIONS_MAPPING } from '../query';
import { signedAmount } from '../labels';

const query = ( view: Partial< typeof DEFAULT_TRANSACTIONS_VIEW > ) =>
	viewToQuery(
		{
			...DEFAULT_TRANSACTIONS_VIEW,
			...view,
		} as typeof DEFAULT_TRANSACTIONS_VIEW,
		TRANSACTIONS_MAPPING
	);

describe( 'the transactions table query', () => {
	it( 'starts on page 1 of 20 and keeps the page size in the REST range', () => {
		expect( query( {} ) ).toEqual( { page: 1, per_page: 20 } );
		expect( query( { page: 3, perPage: 50 } ) ).toEqual( {
			page: 3,
			per_page: 50,
		} );
		expect( query( { page: 0, perPage: 500 } ) ).toEqual( {
			page: 1,
			per_page: 100,
		} );
	} );

	it( 'sends the kind filter and drops excluding operators', () => {
		expect(
			query( {
				filters: [ { field: 'kind', operator: 'is', value: 'refund' } ],
			} )
		).toEqual( { page: 1, per_page: 20, kind: 'refund' } );
		expect(
			query( {
				filters: [
					{ field: 'kind', operator: 'isNot', value: 'grant' },
				],
			} ).kind
		).toBeUndefined();
	} );
} );

describe( 'signedAmount', () => {
	const format = ( n: number ) => n.toLocaleString( 'en-US' );

	it( 'shows credits added with a plus and spent with a real minus sign', () => {
		expect( signedAmount( 1200, format ) ).toBe( '+1,200' );
		expect( signedAmount( -8, format ) ).toBe( '\u22128' );
		expect( signedAmount( 0, format ) ).toBe( '0' );
	} );
} );
