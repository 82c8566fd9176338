/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { currentPrice, mustAsk } from '../lib/price-gate';

const price = ( credits: number, confirmAbove = 10 ) => ( {
	credits,
	balance: 500,
	billing: 'credits' as const,
	confirm_above: confirmAbove,
} );

describe( 'mustAsk', () => {
	it( 'runs a cheap action at once and asks above the site’s threshold', () => {
		expect( mustAsk( true, { chars: 0, price: price( 2 ) }, 0 ) ).toBe(
			false
		);
		expect( mustAsk( true, { chars: 0, price: price( 10 ) }, 0 ) ).toBe(
			false
		);
		expect( mustAsk( true, { chars: 0, price: price( 11 ) }, 0 ) ).toBe(
			true
		);
	} );

	it( 'asks while the price is unknown (loading or failed) on a connected site', () => {
		expect( mustAsk( true, null, 0 ) ).toBe( true );
	} );

	it( 'never uses a short selection’s price for a longer one', () => {
		const shortSelection = { chars: 40, price: price( 1 ) };
		expect( mustAsk( true, shortSelection, 40 ) ).toBe( false );
		expect( mustAsk( true, shortSelection, 9000 ) ).toBe( true );
		expect( currentPrice( shortSelection, 9000 ) ).toBeNull();
	} );

	it( 'does not ask on a site that is not connected (nothing can be charged there)', () => {
		expect( mustAsk( false, null, 0 ) ).toBe( false );
	} );
} );
