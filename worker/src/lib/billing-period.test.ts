import { describe, expect, it } from 'vitest';
import { monthBefore, prorationCredits } from './billing-period';

const at = ( iso: string ) => Date.parse( iso ) / 1000;

describe( 'the proration rule', () => {
	it( 'finds the start of a monthly period from its end, clamped like Stripe’s month ends', () => {
		expect( monthBefore( at( '2027-05-01T00:00:00Z' ) ) ).toBe( at( '2027-04-01T00:00:00Z' ) );
		expect( monthBefore( at( '2027-03-31T12:00:00Z' ) ) ).toBe( at( '2027-02-28T12:00:00Z' ) );
		expect( monthBefore( at( '2028-01-15T00:00:00Z' ) ) ).toBe( at( '2027-12-15T00:00:00Z' ) );
	} );

	it( 'grants the difference for the time left, never less than nothing', () => {
		const end = at( '2027-05-01T00:00:00Z' );
		const half = at( '2027-04-16T00:00:00Z' );
		const upgrade = [ { amount: -2450, start: half, end, monthlyCredits: 5000 }, { amount: 9950, start: half, end, monthlyCredits: 25000 } ];
		expect( prorationCredits( upgrade ) ).toBe( 10000 );
		// A third of a 30-day period left: ⌊20000 × 10/30⌋.
		const third = at( '2027-04-21T00:00:00Z' );
		expect( prorationCredits( upgrade.map( ( line ) => ( { ...line, start: third } ) ) ) ).toBe( 6666 );
		expect( prorationCredits( [ { amount: -9950, start: half, end, monthlyCredits: 25000 }, { amount: 2450, start: half, end, monthlyCredits: 5000 } ] ) ).toBe( 0 );
		expect( prorationCredits( [] ) ).toBe( 0 );
	} );
} );
