/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { balanceText } from '../components/ConnectionDetails';

describe( 'balanceText', () => {
	it( 'says "1 credit", not "1 credits"', () => {
		expect( balanceText( { credits: 1, low_balance: true }, null ) ).toBe(
			'1 credit'
		);
		expect(
			balanceText( { credits: 2500, low_balance: false }, null )
		).toMatch( /^2[,.\s\u202f]?500 credits$/ );
	} );

	it( 'says the balance is on its way, or unavailable, instead of "Not checked yet"', () => {
		expect( balanceText( null, 'loading' ) ).toBe( 'Loading…' );
		expect( balanceText( null, 'unavailable' ) ).toBe(
			'Unavailable: select Test connection to see why'
		);
		expect( balanceText( null, null ) ).toBe( 'Not checked yet' );
	} );
} );
