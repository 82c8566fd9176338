import { describe, expect, it } from 'vitest';
import { transactionsQuery } from '../query';
import { signedAmount } from '../labels';

describe( 'transactionsQuery', () => {
	it( 'maps page and page size, keeping them in the REST range', () => {
		expect( transactionsQuery( { page: 3, perPage: 50 } ) ).toEqual( {
			page: 3,
			per_page: 50,
		} );
		expect( transactionsQuery( { page: 0, perPage: 500 } ) ).toEqual( {
			page: 1,
			per_page: 100,
		} );
		expect( transactionsQuery( {} ) ).toEqual( { page: 1, per_page: 20 } );
	} );

	it( 'sends a known kind filter', () => {
		expect(
			transactionsQuery( {
				filters: [ { field: 'kind', operator: 'is', value: 'refund' } ],
			} )
		).toEqual( { page: 1, per_page: 20, kind: 'refund' } );
		expect(
			transactionsQuery( {
				filters: [
					{ field: 'kind', operator: 'isAny', value: [ 'grant' ] },
				],
			} ).kind
		).toBe( 'grant' );
	} );

	it( 'drops unknown kinds and excluding operators', () => {
		expect(
			transactionsQuery( {
				filters: [ { field: 'kind', operator: 'is', value: 'gift' } ],
			} ).kind
		).toBeUndefined();
		expect(
			transactionsQuery( {
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
