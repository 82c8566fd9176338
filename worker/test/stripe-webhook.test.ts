/**
 * The Stripe webhook: events signed with the SDK's own test-header helper. Credits come
 * only from a verified checkout.session.completed, once per event and per Checkout
 * Session; a bad or stale signature, a replay, a wrong amount or an unknown account
 * changes nothing.
 */
import { env } from 'cloudflare:test';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { accountMoney, app, expectLedgerConsistent, ledgerOf, registerTenant, rowCounts } from './helpers';

const SECRET = 'whsec_test_only_portal_webhook_secret';
const PATH = '/api/v1/billing/stripe/webhook/';
const crypto = Stripe.createSubtleCryptoProvider();

let counter = 0;
const eventId = () => `evt_test_${ Date.now() }_${ ++counter }`;

function checkoutEvent( accountId: string, overrides: { id?: string; session?: Record<string, unknown>; metadata?: Record<string, string>; type?: string } = {} ) {
	return {
		id: overrides.id ?? eventId(),
		object: 'event',
		type: overrides.type ?? 'checkout.session.completed',
		api_version: '2026-01-01',
		created: Math.floor( Date.now() / 1000 ),
		livemode: false,
		data: {
			object: {
				id: `cs_test_${ Date.now() }_${ ++counter }`,
				object: 'checkout.session',
				mode: 'payment',
				payment_status: 'paid',
				status: 'complete',
				amount_total: 2500,
				currency: 'usd',
				client_reference_id: accountId,
				metadata: { account_id: accountId, kind: 'topup', pack: 'credits-5000', ...overrides.metadata },
				...overrides.session,
			},
		},
	};
}

async function send( event: unknown, options: { secret?: string; timestamp?: number; header?: string | null; envSecret?: string | undefined } = {} ) {
	const payload = JSON.stringify( event );
	const header = options.header !== undefined ? options.header : await Stripe.webhooks.generateTestHeaderStringAsync( { payload, secret: options.secret ?? SECRET, cryptoProvider: crypto, ...( options.timestamp ? { timestamp: options.timestamp } : {} ) } );
	const headers: Record<string, string> = { 'Content-Type': 'application/json' };
	if ( header !== null ) headers[ 'Stripe-Signature' ] = header;
	const response = await app.request( PATH, { method: 'POST', headers, body: payload }, { ...env, STRIPE_WEBHOOK_SECRET: 'envSecret' in options ? options.envSecret : SECRET } );
	return { status: response.status, body: ( await response.json() ) as { success: boolean; data: { outcome: string; duplicate: boolean }; error?: string } };
}

describe( 'Stripe webhook', () => {
	it( 'grants a paid credit pack into the top-up bucket once, however often the event arrives', async () => {
		const tenant = await registerTenant();
		const event = checkoutEvent( tenant.accountId );
		const first = await send( event );
		expect( first.status ).toBe( 200 );
		expect( first.body.data ).toMatchObject( { outcome: 'granted', duplicate: false } );
		expect( await accountMoney( tenant.accountId ) ).toMatchObject( { credits: 7000, topup_credits: 5000, allowance_credits: 2000 } );

		// Stripe retries the same event, and an attacker replays it with a fresh signature: nothing changes.
		const again = await send( event );
		expect( again.status ).toBe( 200 );
		expect( again.body.data ).toMatchObject( { outcome: 'already_processed', duplicate: true } );
		// Another event for the same Checkout Session (e.g. async_payment_succeeded) grants nothing either.
		const sameSession = { ...event, id: eventId(), type: 'checkout.session.async_payment_succeeded' };
		expect( ( await send( sameSession ) ).body.data ).toMatchObject( { outcome: 'already_processed' } );

		expect( await accountMoney( tenant.accountId ) ).toMatchObject( { credits: 7000, topup_credits: 5000 } );
		const grants = ( await ledgerOf( tenant.accountId ) ).filter( ( row ) => row.idempotency_key.startsWith( 'topup:' ) );
		expect( grants ).toEqual( [ expect.objectContaining( { kind: 'grant', amount: 5000, idempotency_key: `topup:${ event.data.object.id }` } ) ] );
		const payment = await env.DB.prepare( 'SELECT payment_id FROM credit_ledger WHERE idempotency_key = ?' ).bind( `topup:${ event.data.object.id }` ).first();
		expect( payment ).toEqual( { payment_id: event.data.object.id } );
		await expectLedgerConsistent( tenant.accountId );
	} );

	it( 'refuses a bad, missing or stale signature (a replay outside the tolerance) and writes nothing', async () => {
		const tenant = await registerTenant();
		const before = await rowCounts();
		const eventsBefore = await env.DB.prepare( 'SELECT COUNT(*) AS n FROM stripe_events' ).first<{ n: number }>();
		const wrongSecret = await send( checkoutEvent( tenant.accountId ), { secret: 'whsec_someone_else' } );
		expect( wrongSecret.status ).toBe( 400 );
		expect( wrongSecret.body.error ).toBe( 'Invalid Stripe signature.' );
		expect( ( await send( checkoutEvent( tenant.accountId ), { header: null } ) ).status ).toBe( 400 );
		expect( ( await send( checkoutEvent( tenant.accountId ), { header: 't=1,v1=deadbeef' } ) ).status ).toBe( 400 );
		const stale = await send( checkoutEvent( tenant.accountId ), { timestamp: Math.floor( Date.now() / 1000 ) - 3600 } );
		expect( stale.status ).toBe( 400 );
		// A body changed after signing fails too.
		const event = checkoutEvent( tenant.accountId );
		const header = await Stripe.webhooks.generateTestHeaderStringAsync( { payload: JSON.stringify( event ), secret: SECRET, cryptoProvider: crypto } );
		const tampered = { ...event, data: { object: { ...event.data.object, amount_total: 2500, metadata: { ...event.data.object.metadata, pack: 'credits-100000' } } } };
		expect( ( await send( tampered, { header } ) ).status ).toBe( 400 );
		expect( await rowCounts() ).toEqual( before );
		expect( await env.DB.prepare( 'SELECT COUNT(*) AS n FROM stripe_events' ).first<{ n: number }>() ).toEqual( eventsBefore );
		expect( ( await accountMoney( tenant.accountId ) )?.credits ).toBe( 2000 );
	} );

	it( 'answers 503 when no webhook secret is configured', async () => {
		const tenant = await registerTenant();
		const response = await send( checkoutEvent( tenant.accountId ), { envSecret: undefined } );
		expect( response.status ).toBe( 503 );
		expect( ( await accountMoney( tenant.accountId ) )?.credits ).toBe( 2000 );
	} );

	it( 'grants nothing for a wrong amount, an unpaid session, an unknown account or another event type', async () => {
		const tenant = await registerTenant();
		const cases: Array<[ unknown, string ]> = [
			[ checkoutEvent( tenant.accountId, { session: { amount_total: 100 } } ), 'amount_mismatch' ],
			[ checkoutEvent( tenant.accountId, { session: { currency: 'eur' } } ), 'amount_mismatch' ],
			[ checkoutEvent( tenant.accountId, { metadata: { pack: 'credits-unknown' } } ), 'amount_mismatch' ],
			[ checkoutEvent( tenant.accountId, { session: { payment_status: 'unpaid' } } ), 'unpaid' ],
			[ checkoutEvent( 'no-such-account', { session: { client_reference_id: null } } ), 'unknown_account' ],
			[ checkoutEvent( tenant.accountId, { type: 'checkout.session.expired' } ), 'ignored' ],
		];
		for ( const [ event, outcome ] of cases ) {
			const response = await send( event );
			expect( response.status ).toBe( 200 );
			expect( response.body.data.outcome ).toBe( outcome );
		}
		expect( await accountMoney( tenant.accountId ) ).toMatchObject( { credits: 2000, topup_credits: 0 } );
		await expectLedgerConsistent( tenant.accountId );
	} );

	it( 'links a completed subscription checkout to the account; its credits come with the paid invoice', async () => {
		const tenant = await registerTenant();
		const event = checkoutEvent( tenant.accountId, { session: { mode: 'subscription', amount_total: 4900, customer: 'cus_test_link', subscription: 'sub_test_link' }, metadata: { kind: 'plan', plan: 'starter' } } );
		const response = await send( event );
		expect( response.body.data.outcome ).toBe( 'subscription_linked' );
		const account = await env.DB.prepare( 'SELECT plan_id, credits, stripe_customer_id, stripe_subscription_id FROM accounts WHERE id = ?' ).bind( tenant.accountId ).first();
		expect( account ).toEqual( { plan_id: 'plan_free_trial', credits: 2000, stripe_customer_id: 'cus_test_link', stripe_subscription_id: 'sub_test_link' } );
	} );
} );
