/**
 * A subscription's whole life through the portal and the Stripe stand-in (a test double), its
 * events delivered to the real webhook signed with the Stripe SDK: subscribe → renew → upgrade →
 * payment fails → recovers → cancels, with the ledger checked to the credit at each step. The
 * customer's test clock at the stand-in starts on 2027-03-01, so every period (and the upgrade's
 * proration) is exact.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client';
import { adjustCredits, getBalance } from '../src/services/ledger';
import { accountMoney, expectLedgerConsistent, ledgerOf } from './helpers';
import { signUp } from './portal-helpers';
import { deliverAll, eventsFor, stripeControl, stripeEnv, standInPage, stripeState, type SentEvent } from './stripe-helpers';

const MARCH_1_2027 = Date.UTC( 2027, 2, 1 ) / 1000;
const DAY = 86_400;

/** The events of `customer` produced since `seen` of them were. */
async function newEvents( customer: string, seen: number ): Promise<SentEvent[]> {
	return ( await eventsFor( customer ) ).slice( seen );
}

describe( 'a subscription’s whole life', () => {
	it( 'subscribe → renew → upgrade → payment fails → recovers → cancels, to the credit', async () => {
		const { browser, accountId } = await signUp();
		Object.assign( browser.env, stripeEnv() );

		// Prices are shown before purchase.
		const billing = await browser.get( '/portal/billing' );
		expect( billing.html ).toContain( '$49.00 a month' );
		expect( billing.html ).toContain( '$199.00 a month' );
		expect( billing.html ).toContain( 'Subscribe to Starter' );
		expect( billing.html ).toContain( 'free tier' );

		// Subscribe: a Customer is created and stored, then Checkout.
		const checkout = await browser.post( '/portal/billing/plan', { plan: 'starter' } );
		expect( checkout.status ).toBe( 303 );
		const sessionId = /\/checkout\/(cs_test_[0-9a-f]+)$/.exec( checkout.location ?? '' )?.[ 1 ] ?? '';
		expect( sessionId ).not.toBe( '' );
		const customer = ( await stripeState( accountId ) )?.stripe_customer_id ?? '';
		expect( customer ).toMatch( /^cus_test_/ );
		await stripeControl( { action: 'clock', id: customer, at: MARCH_1_2027 } );
		expect( await deliverAll( await stripeControl( { action: 'complete', id: sessionId } ) ) ).toEqual( [
			'checkout.session.completed:subscription_linked',
			'customer.subscription.created:subscription_updated',
			'invoice.paid:period_granted',
		] );
		// The allowance at once; the trial's 2,000 carry into the first period.
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 7000, allowance_credits: 7000, topup_credits: 0 } );
		const subscribed = await stripeState( accountId );
		expect( subscribed ).toMatchObject( { status: 'active', plan: 'starter', stripe_customer_id: customer, subscription_status: 'active' } );
		const subscription = subscribed!.stripe_subscription_id!;
		expect( subscription ).toMatch( /^sub_test_/ );
		await expectLedgerConsistent( accountId );

		// Spend 1,500, then the period renews: the 5,500 left expire, 5,000 are granted.
		await adjustCredits( { db: createDb( env.DB ) }, accountId, -1500, 'test: usage in the first period' );
		expect( await deliverAll( await stripeControl( { action: 'renew', id: subscription, outcome: 'paid' } ) ) ).toEqual( [ 'invoice.paid:period_granted' ] );
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 5000, allowance_credits: 5000, topup_credits: 0 } );
		await expectLedgerConsistent( accountId );

		// A credit pack goes to the top-up bucket, through the same stored Customer.
		const pack = await browser.post( '/portal/billing/checkout', { pack: 'credits-5000' } );
		const packSession = /\/checkout\/(cs_test_[0-9a-f]+)$/.exec( pack.location ?? '' )?.[ 1 ] ?? '';
		expect( await deliverAll( await stripeControl( { action: 'complete', id: packSession } ) ) ).toEqual( [ 'checkout.session.completed:granted' ] );
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 10000, allowance_credits: 5000, topup_credits: 5000 } );
		expect( ( await stripeState( accountId ) )?.stripe_customer_id ).toBe( customer );

		// Halfway through the 30-day April period, upgrade: the same subscription changes price; half of (25,000 − 5,000) arrives.
		await stripeControl( { action: 'advance', id: customer, seconds: 15 * DAY } );
		const seen = ( await eventsFor( customer ) ).length;
		const upgraded = await browser.post( '/portal/billing/plan', { plan: 'growth' } );
		expect( upgraded.status ).toBe( 303 );
		expect( upgraded.location ).toBe( '/portal/billing?plan=upgraded' );
		const upgradeEvents = await newEvents( customer, seen );
		expect( upgradeEvents.some( ( event ) => event.type === 'checkout.session.completed' ) ).toBe( false ); // no second subscription
		expect( await deliverAll( upgradeEvents ) ).toEqual( [ 'invoice.paid:proration_granted', 'customer.subscription.updated:subscription_updated' ] );
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 20000, allowance_credits: 15000, topup_credits: 5000 } );
		expect( await stripeState( accountId ) ).toMatchObject( { plan: 'growth', stripe_subscription_id: subscription } );
		await expectLedgerConsistent( accountId );

		// The May renewal fails: a grace period, a banner, nothing taken.
		const failed = await stripeControl( { action: 'renew', id: subscription, outcome: 'failed' } );
		expect( await deliverAll( failed ) ).toEqual( [ 'invoice.payment_failed:grace_started', 'customer.subscription.updated:subscription_updated' ] );
		const inGrace = await stripeState( accountId );
		expect( inGrace ).toMatchObject( { status: 'active', plan: 'growth', subscription_status: 'past_due', grace_until: ( failed[ 0 ]!.created + 7 * DAY ) * 1000 } );
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 20000, allowance_credits: 15000, topup_credits: 5000 } );
		const banner = await browser.get( '/portal/overview' );
		expect( banner.html ).toContain( 'Your last payment failed. Update your payment method before 2027-05-08 00:00 UTC' );
		const balance = await browser.get( '/portal/billing' );
		expect( balance.html ).toContain( 'The last payment failed' );
		// WordPress gets the same news with the balance, to show on every admin screen.
		expect( await getBalance( { db: createDb( env.DB ) }, accountId ) ).toMatchObject( {
			account_status: 'active',
			grace_until: '2027-05-08T00:00:00.000Z',
			account_notice: 'The last IGNY8 payment failed. The plan stays active until 2027-05-08 while the payment is retried; the account owner can update the payment method in the IGNY8 portal (Billing).',
		} );

		// Stripe's retry succeeds: the grace period ends and May's allowance is granted.
		const invoice = String( failed[ 0 ]!.data.object.id );
		expect( await deliverAll( await stripeControl( { action: 'pay', id: invoice } ) ) ).toEqual( [ 'invoice.paid:period_granted', 'customer.subscription.updated:subscription_updated' ] );
		expect( await stripeState( accountId ) ).toMatchObject( { status: 'active', plan: 'growth', subscription_status: 'active', grace_until: null } );
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 30000, allowance_credits: 25000, topup_credits: 5000 } );
		expect( ( await browser.get( '/portal/overview' ) ).html ).not.toContain( 'Your last payment failed' );
		expect( await getBalance( { db: createDb( env.DB ) }, accountId ) ).toMatchObject( { grace_until: null, account_notice: null } );

		// Cancel in Stripe's Billing Portal: it ends with the period, then the free tier; top-ups stay.
		const manage = await browser.post( '/portal/billing/manage' );
		expect( manage.status ).toBe( 303 );
		const portalUrl = manage.location ?? '';
		expect( portalUrl ).toMatch( /\/billing_portal\/bps_test_/ );
		const beforeCancel = ( await eventsFor( customer ) ).length;
		expect( ( await standInPage( `${ portalUrl }/cancel`, 'POST' ) ).headers.get( 'Location' ) ).toBe( 'http://127.0.0.1/portal/billing' );
		expect( await deliverAll( await newEvents( customer, beforeCancel ) ) ).toEqual( [ 'customer.subscription.updated:subscription_updated' ] );
		expect( ( await browser.get( '/portal/billing' ) ).html ).toContain( 'Cancelled: it ends on 2027-06-01 00:00 UTC' );
		expect( await deliverAll( await stripeControl( { action: 'renew', id: subscription, outcome: 'paid' } ) ) ).toEqual( [ 'customer.subscription.deleted:subscription_ended' ] );
		expect( await stripeState( accountId ) ).toMatchObject( { status: 'trial', plan: 'free-trial', subscription_status: 'canceled' } );
		expect( await accountMoney( accountId ) ).toMatchObject( { credits: 5000, allowance_credits: 0, topup_credits: 5000 } );
		await expectLedgerConsistent( accountId );

		const ledger = ( await ledgerOf( accountId ) ).map( ( row ) => [ row.kind, row.amount, row.balance_after ] );
		expect( ledger ).toEqual( [
			[ 'grant', 2000, 2000 ], // free trial
			[ 'grant', 5000, 7000 ], // March
			[ 'adjustment', -1500, 5500 ],
			[ 'expire', -5500, 0 ],
			[ 'grant', 5000, 5000 ], // April
			[ 'grant', 5000, 10000 ], // credit pack
			[ 'grant', 10000, 20000 ], // upgrade, half a period
			[ 'expire', -15000, 5000 ],
			[ 'grant', 25000, 30000 ], // May, paid late
			[ 'expire', -25000, 5000 ], // cancelled
		] );

		// The invoices are listed with Stripe's hosted links.
		const invoices = await browser.get( '/portal/billing' );
		expect( ( invoices.html.match( /View invoice TEST-/g ) ?? [] ).length ).toBeGreaterThanOrEqual( 4 );
		expect( invoices.html ).toMatch( /href="http:\/\/127\.0\.0\.1:\d+\/invoices\/in_test_[0-9a-f]+"/ );
		expect( invoices.html ).toContain( 'You are on the <strong>free tier</strong>' );
	} );
} );
