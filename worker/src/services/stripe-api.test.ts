import { describe, expect, it } from 'vitest';
import { hmacSha256Hex } from '../lib/crypto';
import { SIGNATURE_TOLERANCE_SECONDS, stripeForm, validStripeSignature } from './stripe-api';

const SECRET = 'whsec_test_only_signature_unit';
const PAYLOAD = JSON.stringify( { id: 'evt_1', type: 'checkout.session.completed', data: { object: { id: 'cs_1' } } } );
const NOW = 1_800_000_000;

const header = async ( timestamp: number, secret = SECRET, payload = PAYLOAD ) => `t=${ timestamp },v1=${ await hmacSha256Hex( secret, `${ timestamp }.${ payload }` ) }`;

describe( 'Stripe over fetch', () => {
	it( 'form-encodes nested checkout parameters the way Stripe reads them', () => {
		const form = stripeForm( {
			mode: 'payment',
			line_items: [ { quantity: 1, price_data: { currency: 'usd', unit_amount: 2500, product_data: { name: '5,000 IGNY8 credits' } } } ],
			metadata: { account_id: 'acc 1', kind: 'topup' },
			customer_email: undefined,
			client_reference_id: null,
		} );
		expect( [ ...form.entries() ] ).toEqual( [
			[ 'mode', 'payment' ],
			[ 'line_items[0][quantity]', '1' ],
			[ 'line_items[0][price_data][currency]', 'usd' ],
			[ 'line_items[0][price_data][unit_amount]', '2500' ],
			[ 'line_items[0][price_data][product_data][name]', '5,000 IGNY8 credits' ],
			[ 'metadata[account_id]', 'acc 1' ],
			[ 'metadata[kind]', 'topup' ],
		] );
		expect( form.toString() ).toContain( 'line_items%5B0%5D%5Bquantity%5D=1' );
	} );

	it( 'accepts a fresh v1 signature of the exact body, among several (secret rotation)', async () => {
		expect( await validStripeSignature( PAYLOAD, await header( NOW ), SECRET, NOW ) ).toBe( true );
		const rotated = `${ await header( NOW, 'whsec_old' ) },v1=${ ( await header( NOW ) ).split( 'v1=' )[ 1 ] },v0=ignored`;
		expect( await validStripeSignature( PAYLOAD, rotated, SECRET, NOW ) ).toBe( true );
	} );

	it( 'rejects another secret, another body, a stale timestamp and a malformed header', async () => {
		expect( await validStripeSignature( PAYLOAD, await header( NOW, 'whsec_forged' ), SECRET, NOW ) ).toBe( false );
		expect( await validStripeSignature( `${ PAYLOAD } `, await header( NOW ), SECRET, NOW ) ).toBe( false );
		expect( await validStripeSignature( PAYLOAD, await header( NOW - SIGNATURE_TOLERANCE_SECONDS - 1 ), SECRET, NOW ) ).toBe( false );
		expect( await validStripeSignature( PAYLOAD, await header( NOW - SIGNATURE_TOLERANCE_SECONDS ), SECRET, NOW ) ).toBe( true );
		for ( const bad of [ '', 'v1=abc', `t=${ NOW }`, `t=soon,v1=${ 'a'.repeat( 64 ) }`, ( await header( NOW ) ).replace( 'v1=', 'v0=' ) ] ) {
			expect( await validStripeSignature( PAYLOAD, bad, SECRET, NOW ) ).toBe( false );
		}
	} );
} );
