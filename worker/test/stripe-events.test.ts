/**
 * Subscription events under stress, produced by the Stripe stand-in (a test double) and delivered
 * signed with the Stripe SDK: replayed, reordered, forged; a failed renewal whose grace period runs
 * out; and an event the database cannot apply, which answers so Stripe retries and applies nothing.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client';
import { grantMonthlyAllowances } from '../src/services/allowances';
import { sweepLapsedGrace } from '../src/services/subscription-events';
import { accountMoney, expectLedgerConsistent, ledgerOf, rowCounts } from './helpers';
import { signUp } from './portal-helpers';
import { deliver, deliverAll, signedHeader, stripeControl, stripeEnv, stripeState, type SentEvent } from './stripe-helpers';

const JANUARY_10_2028 = Date.UTC( 2028, 0, 10 ) / 1000;
const DAY = 86_400;
const db = () => createDb( env.DB );

/** A signed-up owner who bought Starter at the stand-in; the events are returned, not delivered. */
async function subscribe( plan = 'starter' ) {
	const { browser, accountId } = await signUp();
	Object.assign( browser.env, stripeEnv() );
	await browser.get( '/portal/billing' );
	const checkout = await browser.post( '/portal/billing/plan', { plan } );
	const sessionId = /\/checkout\/(cs_test_[0-9a-f]+)$/.exec( checkout.location ?? '' )?.[ 1 ] ?? '';
	const customer = ( await stripeState( accountId ) )?.stripe_customer_id ?? '';
	await stripeControl( { action: 'clock', id: customer, at: JANUARY_10_2028 } );
	const events = await stripeControl( { action: 'complete', id: sessionId } );
	const subscription = String( events.find( ( event ) => event.type === 'customer.subscription.created' )?.data.object.id );
	return { browser, accountId, events, subscription, customer };
}

const money = ( accountId: string ) => accountMoney( accountId ).then( ( row ) => ( { credits: row?.credits, allowance: row?.allowance_credits, topup: row?.topup_credits } ) );

describe( 'Stripe subscription events', () => {
	it( 'changes nothing when every event is delivered again', async () => {
		const { accountId, events, subscription } = await subscribe();
		await deliverAll( events );
		const renewal = await stripeControl( { action: 'renew', id: subscription, outcome: 'paid' } );
		await deliverAll( renewal );
		const settled = { money: await money( accountId ), ledger: await ledgerOf( accountId ), state: await stripeState( accountId ) };
		expect( settled.money ).toEqual( { credits: 5000, allowance: 5000, topup: 0 } );
		for ( const event of [ ...events, ...renewal ] ) expect( await deliver( event ) ).toMatchObject( { status: 200, outcome: 'already_processed', duplicate: true } );
		expect( { money: await money( accountId ), ledger: await ledgerOf( accountId ), state: await stripeState( accountId ) } ).toEqual( settled );
	} );

	it( 'ends in the same state whatever order the events arrive in', async () => {
		const { accountId, events, subscription, customer } = await subscribe();
		// The first invoice before the Checkout Session and the subscription: it names the account itself.
		expect( await deliverAll( [ ...events ].reverse() ) ).toEqual( [ 'invoice.paid:period_granted', 'customer.subscription.created:subscription_updated', 'checkout.session.completed:subscription_linked' ] );
		expect( await money( accountId ) ).toEqual( { credits: 7000, allowance: 7000, topup: 0 } );
		expect( await stripeState( accountId ) ).toMatchObject( { status: 'active', plan: 'starter', stripe_subscription_id: subscription, subscription_status: 'active' } );

		// February's renewal arrives after March's: March grants, February (an older period) grants nothing.
		const february = await stripeControl( { action: 'renew', id: subscription, outcome: 'paid' } );
		const march = await stripeControl( { action: 'renew', id: subscription, outcome: 'paid' } );
		expect( await deliverAll( [ ...march, ...february ] ) ).toEqual( [ 'invoice.paid:period_granted', 'invoice.paid:stale' ] );
		expect( await money( accountId ) ).toEqual( { credits: 5000, allowance: 5000, topup: 0 } );

		// April fails, then is paid; the failure arrives last and opens no grace period.
		const [ aprilFailed, pastDue ] = await stripeControl( { action: 'renew', id: subscription, outcome: 'failed' } ) as [ SentEvent, SentEvent ];
		const recovered = await stripeControl( { action: 'pay', id: String( aprilFailed.data.object.id ) } );
		expect( await deliverAll( [ ...recovered, aprilFailed ] ) ).toEqual( [ 'invoice.paid:period_granted', 'customer.subscription.updated:subscription_updated', 'invoice.payment_failed:stale' ] );
		expect( await stripeState( accountId ) ).toMatchObject( { status: 'active', grace_until: null, subscription_status: 'active' } );

		// The subscription ends a day later; the older "past_due" update arriving afterwards does not bring it back.
		await stripeControl( { action: 'advance', id: customer, seconds: DAY } );
		const ended = await stripeControl( { action: 'cancel', id: subscription } );
		expect( await deliverAll( [ ...ended, pastDue ] ) ).toEqual( [ 'customer.subscription.deleted:subscription_ended', 'customer.subscription.updated:stale' ] );
		expect( await stripeState( accountId ) ).toMatchObject( { status: 'trial', plan: 'free-trial', subscription_status: 'canceled' } );
		expect( await money( accountId ) ).toEqual( { credits: 0, allowance: 0, topup: 0 } );
		await expectLedgerConsistent( accountId );
	} );

	it( 'refuses forged events and ignores events about another account’s customer or subscription', async () => {
		const victim = await subscribe();
		await deliverAll( victim.events );
		const attacker = await subscribe();
		await deliverAll( attacker.events );
		const before = { counts: await rowCounts(), victim: await money( victim.accountId ), ledger: await ledgerOf( victim.accountId ) };

		const renewal = await stripeControl( { action: 'renew', id: victim.subscription, outcome: 'paid' } );
		const event = renewal[ 0 ]!;
		expect( ( await deliver( event, { secret: 'whsec_forged' } ) ).status ).toBe( 400 );
		expect( ( await deliver( event, { secret: 'whsec_forged' } ) ).error ).toBe( 'Invalid Stripe signature.' );
		// A body changed after signing (a bigger plan's price) fails too.
		const body = JSON.stringify( event );
		const tampered = await deliver( null, { header: await signedHeader( body ), body: body.replace( 'price_igny8_starter_monthly', 'price_igny8_growth_monthly' ) } );
		expect( tampered.status ).toBe( 400 );
		expect( { counts: await rowCounts(), victim: await money( victim.accountId ), ledger: await ledgerOf( victim.accountId ) } ).toEqual( before );

		// Validly signed, but the attacker's subscription claims the victim's account: the customer does not match.
		const attackerRenewal = await stripeControl( { action: 'renew', id: attacker.subscription, outcome: 'paid' } );
		const claim = structuredClone( attackerRenewal[ 0 ]! );
		( ( claim.data.object.parent as { subscription_details: { metadata: Record<string, string> } } ).subscription_details.metadata ).account_id = victim.accountId;
		claim.id = `${ claim.id }_claim`;
		expect( await deliver( claim ) ).toMatchObject( { status: 200, outcome: 'customer_mismatch' } );
		expect( await money( victim.accountId ) ).toEqual( before.victim );
		// The genuine renewal still applies.
		expect( await deliverAll( renewal ) ).toEqual( [ 'invoice.paid:period_granted' ] );
		expect( await deliverAll( attackerRenewal ) ).toEqual( [ 'invoice.paid:period_granted' ] );
		await expectLedgerConsistent( victim.accountId );
		await expectLedgerConsistent( attacker.accountId );
	} );

	it( 'keeps the plan through the grace period, then the free tier; a late payment restores it', async () => {
		const { browser, accountId, events, subscription } = await subscribe( 'growth' );
		await deliverAll( events );
		expect( await money( accountId ) ).toEqual( { credits: 27000, allowance: 27000, topup: 0 } );
		// The calendar-month cron never grants a Stripe subscription's allowance.
		const nextMonth = Date.now() + 40 * DAY * 1000;
		await grantMonthlyAllowances( { db: db() }, nextMonth );
		expect( await money( accountId ) ).toEqual( { credits: 27000, allowance: 27000, topup: 0 } );

		const [ failed ] = await stripeControl( { action: 'renew', id: subscription, outcome: 'failed' } ) as [ SentEvent ];
		expect( ( await deliver( failed ) ).outcome ).toBe( 'grace_started' );
		const graceUntil = ( failed.created + 7 * DAY ) * 1000;
		expect( ( await stripeState( accountId ) )?.grace_until ).toBe( graceUntil );
		// Stripe's retries fail again: the same grace period.
		const retry = { ...structuredClone( failed ), id: `${ failed.id }_retry`, created: failed.created + 3 * DAY };
		expect( ( await deliver( retry ) ).outcome ).toBe( 'grace_continues' );
		expect( ( await stripeState( accountId ) )?.grace_until ).toBe( graceUntil );
		// An "active" update from before the failure, arriving late, does not end the grace period.
		const lateActive = { ...structuredClone( events.find( ( event ) => event.type === 'customer.subscription.created' )! ), id: `${ failed.id }_late_active`, type: 'customer.subscription.updated' };
		expect( ( await deliver( lateActive ) ).outcome ).toBe( 'subscription_updated' );
		expect( ( await stripeState( accountId ) )?.grace_until ).toBe( graceUntil );

		expect( await sweepLapsedGrace( { db: db() }, graceUntil - 1 ) ).toEqual( { lapsed: 0 } );
		expect( ( await stripeState( accountId ) )?.plan ).toBe( 'growth' );
		expect( ( await sweepLapsedGrace( { db: db() }, graceUntil ) ).lapsed ).toBeGreaterThanOrEqual( 1 );
		expect( await stripeState( accountId ) ).toMatchObject( { status: 'trial', plan: 'free-trial', grace_until: null } );
		expect( await money( accountId ) ).toEqual( { credits: 0, allowance: 0, topup: 0 } );
		expect( ( await ledgerOf( accountId ) ).at( -1 ) ).toMatchObject( { kind: 'expire', amount: -27000 } );
		await sweepLapsedGrace( { db: db() }, graceUntil + DAY * 1000 );
		expect( ( await ledgerOf( accountId ) ).filter( ( row ) => row.kind === 'expire' ) ).toHaveLength( 1 );
		expect( ( await browser.get( '/portal/billing' ) ).html ).toContain( 'free tier' );

		// Paid at last: the plan and the period's allowance come back.
		expect( await deliverAll( await stripeControl( { action: 'pay', id: String( failed.data.object.id ) } ) ) ).toEqual( [ 'invoice.paid:period_granted', 'customer.subscription.updated:subscription_updated' ] );
		expect( await stripeState( accountId ) ).toMatchObject( { status: 'active', plan: 'growth', grace_until: null } );
		expect( await money( accountId ) ).toEqual( { credits: 25000, allowance: 25000, topup: 0 } );
		await expectLedgerConsistent( accountId );
	} );

	it( 'answers an event it cannot apply so Stripe retries, and applies none of it', async () => {
		const { accountId, events } = await subscribe();
		const [ completed, created, paid ] = events as [ SentEvent, SentEvent, SentEvent ];
		await deliverAll( [ completed, created ] );
		const before = { money: await money( accountId ), state: await stripeState( accountId ), ledger: await ledgerOf( accountId ) };
		// A real database failure in the middle of the batch: the grant's ledger row is refused.
		const trigger = `igny8_test_fail_${ accountId.replace( /-/g, '' ) }`;
		await env.DB.prepare( `CREATE TRIGGER ${ trigger } BEFORE INSERT ON credit_ledger WHEN NEW.account_id = '${ accountId }' AND NEW.kind = 'grant' BEGIN SELECT RAISE(ABORT, 'injected failure'); END` ).run();
		try {
			const refused = await deliver( paid );
			expect( refused.status ).toBe( 503 );
			expect( refused.error ).toBe( 'The event could not be applied now; nothing of it was. Stripe will send it again.' );
		} finally {
			await env.DB.prepare( `DROP TRIGGER ${ trigger }` ).run();
		}
		expect( { money: await money( accountId ), state: await stripeState( accountId ), ledger: await ledgerOf( accountId ) } ).toEqual( before );
		expect( await env.DB.prepare( 'SELECT COUNT(*) AS n FROM stripe_events WHERE id = ?' ).bind( paid.id ).first() ).toEqual( { n: 0 } );
		// Stripe's retry applies it whole.
		expect( await deliverAll( [ paid ] ) ).toEqual( [ 'invoice.paid:period_granted' ] );
		expect( await money( accountId ) ).toEqual( { credits: 7000, allowance: 7000, topup: 0 } );
		await expectLedgerConsistent( accountId );
	} );
} );

describe( 'the Stripe connection', () => {
	it( 'never sends the secret key anywhere but Stripe in production', async () => {
		const { stripeConnection } = await import( '../src/services/billing-catalog' );
		const local = { ...env, ...stripeEnv() };
		expect( stripeConnection( local )?.apiBase ).toBe( env.STRIPE_STAND_IN_API );
		expect( stripeConnection( { ...local, ENVIRONMENT: 'production' } ) ).toEqual( { secretKey: local.STRIPE_SECRET_KEY, apiBase: undefined } );
		expect( stripeConnection( { ...local, STRIPE_SECRET_KEY: undefined } ) ).toBeNull();
	} );
} );
