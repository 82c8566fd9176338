/**
 * Subscription events, planned (reads only) for stripe-events.ts to apply in one batch:
 *
 * - invoice.paid: the invoice that opens a billing period grants its allowance (once per period,
 *   never for a period older than the last granted); a paid plan change grants the prorated
 *   difference (lib/billing-period.ts); either ends a grace period the invoice had opened.
 * - invoice.payment_failed: a grace period of GRACE_DAYS starts (once; later retries keep it), unless
 *   that invoice was already paid (events out of order). When it runs out, sweepLapsedGrace() moves the
 *   account to the free tier.
 * - customer.subscription.created/updated: status, plan (when active), period end and cancellation
 *   follow Stripe, only forward in event time; canceled or unpaid ends the plan like .deleted.
 * - customer.subscription.deleted: the free tier.
 */
import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, plans, stripeEvents, type Account, type Plan } from '../db/schema';
import { prorationCredits } from '../lib/billing-period';
import { planOfPrice } from './billing-catalog';
import { accountOfEvent, type EventContext, type EventPlan } from './stripe-event-plan';
import { invoiceMetadata, invoiceSubscription, lineIsProration, linePrice, subscriptionPeriodEnd, type StripeInvoice, type StripeSubscription } from './stripe-objects';
import { accountUpdate, freeTierStatements, periodGrantStatements, prorationGrantStatements } from './subscription-ledger';

/** How long a failed renewal keeps the plan before the account falls to the free tier. */
export const GRACE_DAYS = 7;
const GRACE_MS = GRACE_DAYS * 86_400_000;

/** True when `subscription` is (or may become) the account's: its own, or the account has none live. */
const owns = ( account: Account, subscription: string ) => ! account.stripeSubscriptionId || account.stripeSubscriptionId === subscription || account.subscriptionStatus === 'canceled';

async function paidPlanOf( context: EventContext, priceId: string | null ): Promise<Plan | null> {
	const slug = planOfPrice( context.env, priceId );
	return slug ? ( ( await context.db.query.plans.findFirst( { where: eq( plans.slug, slug ) } ) ) ?? null ) : null;
}

/** The account and subscription of an invoice event, or the plan that says why it is ignored. */
async function invoiceAccount( context: EventContext, invoice: StripeInvoice ): Promise<{ account: Account; subscription: string } | EventPlan> {
	const subscription = invoiceSubscription( invoice );
	if ( ! subscription ) return { outcome: 'ignored', accountId: null, statements: [] };
	const found = await accountOfEvent( context, { accountId: invoiceMetadata( invoice ).account_id, customer: invoice.customer } );
	if ( typeof found === 'string' ) return { outcome: found, accountId: null, statements: [] };
	if ( ! owns( found, subscription ) ) return { outcome: 'other_subscription', accountId: found.id, objectId: invoice.id, statements: [] };
	return { account: found, subscription };
}

export async function planInvoicePaid( context: EventContext, invoice: StripeInvoice ): Promise<EventPlan> {
	const resolved = await invoiceAccount( context, invoice );
	if ( 'outcome' in resolved ) return resolved;
	const { account, subscription } = resolved;
	const d1 = context.db.$client;
	const base = { accountId: account.id, objectId: invoice.id };
	if ( account.stripeSubscriptionId === subscription && account.subscriptionStatus === 'canceled' ) return { ...base, outcome: 'stale', statements: [] };
	const link = { stripe_subscription_id: subscription, subscription_status: 'active', ...( invoice.customer && ! account.stripeCustomerId ? { stripe_customer_id: invoice.customer } : {} ) };
	const endsGrace = account.graceInvoiceId === invoice.id ? { grace_until: null, grace_invoice_id: null } : {};
	// A plan change's invoice only prorates, whatever its lines claim; any other subscription invoice opens a period.
	const opensPeriod = invoice.billing_reason !== 'subscription_update';
	const periodLine = opensPeriod ? invoice.lines.data.find( ( line ) => ! lineIsProration( line ) && line.amount >= 0 && planOfPrice( context.env, linePrice( line ) ) ) : undefined;
	if ( periodLine ) {
		const plan = await paidPlanOf( context, linePrice( periodLine ) );
		const periodStart = periodLine.period.start * 1000;
		if ( ! plan || ( account.allowancePeriodStart && account.allowancePeriodStart.getTime() >= periodStart ) ) {
			return { ...base, outcome: 'stale', statements: accountUpdate( d1, account.id, endsGrace, context.now ) };
		}
		const grant = periodGrantStatements( d1, { accountId: account.id, planId: plan.id, planName: plan.name, credits: plan.monthlyCredits, periodStart, key: `allowance:${ account.id }:${ subscription }:${ periodLine.period.start }` }, context.now );
		// A paid period ends any grace period: the renewal that failed has been paid (or a newer one was).
		return { ...base, outcome: 'period_granted', statements: [ ...grant, ...accountUpdate( d1, account.id, { ...link, grace_until: null, grace_invoice_id: null }, context.now, 'active' ) ] };
	}
	const lines = [];
	let newPlan: Plan | null = null;
	for ( const line of invoice.lines.data.filter( ( item ) => lineIsProration( item ) || ! opensPeriod ) ) {
		const plan = await paidPlanOf( context, linePrice( line ) );
		if ( ! plan ) continue;
		if ( line.amount > 0 ) newPlan = plan;
		lines.push( { amount: line.amount, start: line.period.start, end: line.period.end, monthlyCredits: plan.monthlyCredits } );
	}
	const credits = prorationCredits( lines );
	const planColumn = newPlan ? { plan_id: newPlan.id } : {};
	if ( credits <= 0 ) return { ...base, outcome: 'ignored', statements: accountUpdate( d1, account.id, { ...endsGrace, ...planColumn }, context.now ) };
	const reason = `Plan change${ newPlan ? ` to ${ newPlan.name }` : '' }: ${ credits } more allowance credits for the rest of the period`;
	return { ...base, outcome: 'proration_granted', statements: [ ...prorationGrantStatements( d1, account.id, credits, `proration:${ invoice.id }`, reason, context.now ), ...accountUpdate( d1, account.id, { ...link, ...endsGrace, ...planColumn }, context.now ) ] };
}

export async function planInvoiceFailed( context: EventContext, invoice: StripeInvoice ): Promise<EventPlan> {
	const resolved = await invoiceAccount( context, invoice );
	if ( 'outcome' in resolved ) return resolved;
	const { account } = resolved;
	const base = { accountId: account.id, objectId: invoice.id };
	const paid = await context.db.query.stripeEvents.findFirst( { where: and( eq( stripeEvents.objectId, invoice.id ), eq( stripeEvents.type, 'invoice.paid' ) ), columns: { id: true } } );
	if ( paid || invoice.status === 'paid' ) return { ...base, outcome: 'stale', statements: [] };
	if ( account.graceUntil ) return { ...base, outcome: 'grace_continues', statements: [] };
	return { ...base, outcome: 'grace_started', statements: accountUpdate( context.db.$client, account.id, { grace_until: context.createdAt + GRACE_MS, grace_invoice_id: invoice.id }, context.now ) };
}

const ENDED = new Set( [ 'canceled', 'incomplete_expired', 'unpaid' ] );

export async function planSubscriptionChange( context: EventContext, subscription: StripeSubscription, deleted: boolean ): Promise<EventPlan> {
	const found = await accountOfEvent( context, { accountId: subscription.metadata?.account_id, customer: subscription.customer } );
	if ( typeof found === 'string' ) return { outcome: found, accountId: null, statements: [] };
	const account = found;
	const base = { accountId: account.id, objectId: subscription.id };
	if ( ! owns( account, subscription.id ) ) return { ...base, outcome: 'other_subscription', statements: [] };
	if ( account.subscriptionEventAt && account.subscriptionEventAt.getTime() > context.createdAt ) return { ...base, outcome: 'stale', statements: [] };
	const d1 = context.db.$client;
	const status = deleted ? 'canceled' : subscription.status;
	const periodEnd = subscriptionPeriodEnd( subscription );
	const columns = {
		stripe_subscription_id: subscription.id,
		subscription_status: status,
		subscription_period_end: periodEnd ? periodEnd * 1000 : null,
		cancel_at_period_end: subscription.cancel_at_period_end ? 1 : 0,
		subscription_event_at: context.createdAt,
		...( ! account.stripeCustomerId ? { stripe_customer_id: subscription.customer } : {} ),
	};
	if ( ENDED.has( status ) ) {
		const reason = status === 'unpaid' ? 'Subscription unpaid: the unused allowance expired and the account is on the free tier' : 'Subscription ended: the unused allowance expired and the account is on the free tier';
		return { ...base, outcome: 'subscription_ended', statements: [ ...accountUpdate( d1, account.id, { ...columns, grace_invoice_id: null }, context.now ), ...freeTierStatements( d1, account.id, `expire:${ subscription.id }:${ status }:${ context.event.id }`, reason, context.now ) ] };
	}
	if ( status !== 'active' && status !== 'trialing' ) return { ...base, outcome: 'subscription_updated', statements: accountUpdate( d1, account.id, columns, context.now ) };
	// Active: the plan follows the price (a downgrade takes effect now; its allowance at the next renewal). Active again
	// after the failure that opened the grace period ends it; an "active" from before that failure (late) does not.
	const plan = await paidPlanOf( context, subscription.items.data[ 0 ]?.price.id ?? null );
	const graceOpened = account.graceUntil ? account.graceUntil.getTime() - GRACE_MS : null;
	const endsGrace = graceOpened === null || context.createdAt >= graceOpened ? { grace_until: null, grace_invoice_id: null } : {};
	return { ...base, outcome: 'subscription_updated', statements: accountUpdate( d1, account.id, { ...columns, ...( plan ? { plan_id: plan.id } : {} ), ...endsGrace }, context.now, 'active' ) };
}

/** Cron: accounts whose grace period ran out without a paid invoice fall to the free tier. */
export async function sweepLapsedGrace( { db }: { db: Database }, now = Date.now() ): Promise<{ lapsed: number }> {
	const due = await db.select( { id: accounts.id, until: accounts.graceUntil } ).from( accounts ).where( and( isNotNull( accounts.graceUntil ), lte( accounts.graceUntil, new Date( now ) ) ) ).limit( 200 );
	for ( const account of due ) {
		const key = `expire:grace:${ account.id }:${ account.until!.getTime() }`;
		await db.$client.batch( freeTierStatements( db.$client, account.id, key, `Payment not received in ${ GRACE_DAYS } days: the unused allowance expired and the account is on the free tier`, now ) );
	}
	return { lapsed: due.length };
}
