/**
 * Two first checkouts started before either completed (two tabs, a double click): the account keeps one
 * subscription. The second checkout's completion, delivered to the real webhook signed with the Stripe
 * SDK, cancels its subscription at the Stripe stand-in (a test double) with the paid period credited to
 * the customer's balance, grants nothing, and does so once however often it is delivered; the credit
 * pays the kept subscription's next renewal. Two completions processed at the same time end the same way.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client';
import { standingGuard, STANDING_CHANGED } from '../src/services/stripe-event-plan';
import { STAND_IN_SECRET_KEY } from '../../scripts/lib/local-stripe';
import { accountMoney, expectLedgerConsistent, unique } from './helpers';
import { Browser, signUp } from './portal-helpers';
import { deliver, deliverAll, eventsFor, stripeControl, stripeEnv, stripeState, type SentEvent } from './stripe-helpers';

const MARCH_1_2027 = Date.UTC( 2027, 2, 1 ) / 1000;

/** Two Checkout Sessions for the Starter plan, both opened before either is paid; the customer's clock set. */
async function twoCheckouts( browser: Browser, accountId: string ) {
	Object.assign( browser.env, stripeEnv() );
	await browser.get( '/portal/billing' );
	const sessions: string[] = [];
	for ( let i = 0; i < 2; i++ ) {
		const checkout = await browser.post( '/portal/billing/plan', { plan: 'starter' } );
		expect( checkout.status ).toBe( 303 );
		sessions.push( /\/checkout\/(cs_test_[0-9a-f]+)$/.exec( checkout.location ?? '' )?.[ 1 ] ?? '' );
	}
	const customer = ( await stripeState( accountId ) )!.stripe_customer_id!;
	await stripeControl( { action: 'clock', id: customer, at: MARCH_1_2027 } );
	return { sessions, customer };
}

const subscriptionOf = ( events: SentEvent[] ) => String( events.find( ( event ) => event.type === 'checkout.session.completed' )!.data.object.subscription );

async function standInGet( path: string ): Promise<Record<string, unknown>> {
	const response = await fetch( `${ env.STRIPE_STAND_IN_API }${ path }`, { headers: { Authorization: `Bearer ${ STAND_IN_SECRET_KEY }` } } );
	expect( response.status ).toBe( 200 );
	return ( await response.json() ) as Record<string, unknown>;
}

describe( 'a second first checkout', () => {
	it( 'is cancelled at Stripe and credited, grants nothing, once; the credit pays the next renewal', async () => {
		const { browser, accountId } = await signUp();
		const { sessions, customer } = await twoCheckouts( browser, accountId );
		const first = await stripeControl( { action: 'complete', id: sessions[ 0 ]! } );
		const second = await stripeControl( { action: 'complete', id: sessions[ 1 ]! } );
		const kept = subscriptionOf( first );
		const duplicate = subscriptionOf( second );
		expect( duplicate ).not.toBe( kept );

		expect( await deliverAll( first ) ).toEqual( [ 'checkout.session.completed:subscription_linked', 'customer.subscription.created:subscription_updated', 'invoice.paid:period_granted' ] );
		const seen = ( await eventsFor( customer ) ).length;
		// The second subscription's own events do nothing; its checkout cancels it.
		expect( await deliverAll( second ) ).toEqual( [ 'checkout.session.completed:duplicate_subscription_cancelled', 'customer.subscription.created:other_subscription', 'invoice.paid:other_subscription' ] );
		expect( await standInGet( `/subscriptions/${ duplicate }` ) ).toMatchObject( { status: 'canceled' } );
		expect( await standInGet( `/subscriptions/${ kept }` ) ).toMatchObject( { status: 'active' } );
		// The whole paid month of the second subscription is the customer's credit at Stripe ($49.00).
		expect( ( await standInGet( `/customers/${ customer }` ) ).balance ).toBe( -4900 );
		// What Stripe announced about the cancellation changes nothing here either.
		const cancellation = ( await eventsFor( customer ) ).slice( seen );
		expect( await deliverAll( cancellation ) ).toEqual( [ 'invoice.paid:other_subscription', 'customer.subscription.deleted:other_subscription' ] );

		expect( await stripeState( accountId ) ).toMatchObject( { status: 'active', plan: 'starter', stripe_subscription_id: kept, subscription_status: 'active' } );
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 7000, allowance_credits: 7000, topup_credits: 0 } );
		await expectLedgerConsistent( accountId );

		// Delivered again, or the same completion under another event id (a retry after Stripe answered but before
		// the record was written): nothing more is cancelled, credited or granted.
		expect( await deliver( second[ 0 ] ) ).toMatchObject( { status: 200, outcome: 'already_processed', duplicate: true } );
		expect( await deliver( { ...second[ 0 ], id: `evt_test_${ unique( 'retry' ).replace( /[^a-z0-9]/gi, '' ) }` } ) ).toMatchObject( { status: 200, outcome: 'duplicate_subscription_cancelled' } );
		expect( ( await eventsFor( customer ) ).length ).toBe( seen + cancellation.length );
		expect( ( await standInGet( `/customers/${ customer }` ) ).balance ).toBe( -4900 );
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 7000 } );

		// The kept subscription renews: the credit pays its invoice, and the period's allowance comes as usual.
		const renewal = await stripeControl( { action: 'renew', id: kept, outcome: 'paid' } );
		expect( renewal[ 0 ]!.data.object ).toMatchObject( { amount_due: 0, total: 4900, starting_balance: -4900, ending_balance: 0 } );
		expect( await deliverAll( renewal ) ).toEqual( [ 'invoice.paid:period_granted' ] );
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 5000, allowance_credits: 5000 } );
		await expectLedgerConsistent( accountId );
	} );

	it( 'ends with one subscription when both completions are processed at the same time', async () => {
		const { browser, accountId } = await signUp();
		const { sessions, customer } = await twoCheckouts( browser, accountId );
		const both = [ await stripeControl( { action: 'complete', id: sessions[ 0 ]! } ), await stripeControl( { action: 'complete', id: sessions[ 1 ]! } ) ];
		const outcomes = await Promise.all( both.map( ( events ) => deliver( events[ 0 ] ) ) );
		expect( outcomes.map( ( result ) => result.status ) ).toEqual( [ 200, 200 ] );
		expect( outcomes.map( ( result ) => result.outcome ).sort() ).toEqual( [ 'duplicate_subscription_cancelled', 'subscription_linked' ] );
		for ( const events of both ) await deliverAll( events.slice( 1 ) );

		const kept = ( await stripeState( accountId ) )!.stripe_subscription_id!;
		const live = await Promise.all( both.map( async ( events ) => ( await standInGet( `/subscriptions/${ subscriptionOf( events ) }` ) ).status ) );
		expect( live.filter( ( status ) => status === 'active' ) ).toHaveLength( 1 );
		expect( both.map( subscriptionOf ) ).toContain( kept );
		expect( await standInGet( `/subscriptions/${ kept }` ) ).toMatchObject( { status: 'active' } );
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 7000, allowance_credits: 7000 } );
		expect( ( await standInGet( `/customers/${ customer }` ) ).balance ).toBe( -4900 );
		await expectLedgerConsistent( accountId );
	} );

	it( 'never applies a plan whose account changed after it was read: the batch is rolled back whole', async () => {
		const { accountId } = await signUp();
		const db = createDb( env.DB );
		const stale = { id: accountId, stripeSubscriptionId: 'sub_read_before', subscriptionStatus: 'active' };
		const eventId = `evt_guard_${ crypto.randomUUID() }`;
		const batch = db.$client.batch( [
			env.DB.prepare( "INSERT INTO stripe_events (id, type, account_id, outcome, created_at) VALUES (?, 'invoice.paid', ?, 'period_granted', ?)" ).bind( eventId, accountId, Date.now() ),
			standingGuard( db.$client, stale ),
			env.DB.prepare( 'UPDATE accounts SET credits = credits + 1000, allowance_credits = allowance_credits + 1000 WHERE id = ?' ).bind( accountId ),
		] );
		await expect( batch ).rejects.toThrow( STANDING_CHANGED );
		expect( await env.DB.prepare( 'SELECT 1 FROM stripe_events WHERE id = ?' ).bind( eventId ).first() ).toBeNull();
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 2000 } );
	} );
} );
