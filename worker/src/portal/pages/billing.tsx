/** @jsxImportSource hono/jsx */
/**
 * Billing: the plan and its standing, paid plans with their prices (Checkout for a first
 * subscription, a change of the existing one afterwards), credit packs, the Stripe Billing Portal
 * (cancel, payment method) and the invoices with Stripe's hosted links. Credits arrive only when
 * Stripe's signed webhook confirms a payment (routes/stripe-webhook.ts), never from the return to
 * the success URL. Owners and admins buy credits; only owners change or manage the plan.
 * Without STRIPE_SECRET_KEY the page says payments are not configured.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { asc, eq, gt } from 'drizzle-orm';
import { accounts, plans } from '../../db/schema';
import { ApiError, badRequest } from '../../lib/errors';
import { findPack, paymentsConfigured, planPriceId } from '../../services/billing-catalog';
import { getBalance } from '../../services/ledger';
import { changePaidPlan, createBillingPortal, createPackCheckout, hasLiveSubscription, isPaidPlan, listInvoices } from '../../services/stripe-billing';
import type { ListedInvoice } from '../../services/stripe-objects';
import { InvoiceTable, PackCards, PlanCards, SubscriptionSummary } from '../components/billing-parts';
import { ActionForm, Notice } from '../components/forms';
import { balanceBreakdown, credits, num } from '../components/format';
import { verifyCsrf } from '../csrf';
import { formOf, renderPage, viewerOf } from '../render';
import { requireRole, requireSession } from '../session';
import type { PortalEnv } from '../types';

const NOT_CONFIGURED = 'Payments are not configured on this server (no Stripe key is set), so credits and plans cannot be bought here yet. Contact the operator of this IGNY8 cloud.';

const RETURN_NOTICES: Record<string, { kind: 'success' | 'info'; text: string }> = {
	success: { kind: 'success', text: 'Thank you. Stripe is confirming the payment; the credits appear here and in Transactions as soon as it does (usually within a minute).' },
	cancelled: { kind: 'info', text: 'The checkout was cancelled; nothing was charged.' },
	upgraded: { kind: 'success', text: 'Plan upgraded. Stripe charges the difference for the rest of this period now; the extra allowance arrives as soon as the payment is confirmed.' },
	downgraded: { kind: 'success', text: 'Plan changed. You keep this period’s allowance; the new plan’s price and allowance apply from the next renewal.' },
};

function buyerOf( c: Context<PortalEnv> ) {
	const { user } = c.var.portal!;
	return { accountId: user.accountId, userId: user.id, email: user.email };
}

const originOf = ( c: Context<PortalEnv> ) => ( c.env.PUBLIC_URL || new URL( c.req.url ).origin ).replace( /\/+$/, '' );

async function billingPage( c: Context<PortalEnv>, problem?: string ) {
	const { user } = c.var.portal!;
	const db = c.var.db;
	const deps = { db, env: c.env };
	const [ balance, account, paidPlans, viewer ] = await Promise.all( [
		getBalance( { db }, user.accountId ),
		db.select( { account: accounts, plan: plans } ).from( accounts ).innerJoin( plans, eq( plans.id, accounts.planId ) ).where( eq( accounts.id, user.accountId ) ).get(),
		db.select().from( plans ).where( gt( plans.monthlyCredits, 0 ) ).orderBy( asc( plans.monthlyCredits ) ),
		viewerOf( c ),
	] );
	if ( ! account ) throw new ApiError( 404, 'Account not found.' );
	const configured = paymentsConfigured( c.env );
	let invoices: ListedInvoice[] = [];
	let invoiceProblem = '';
	if ( configured && account.account.stripeCustomerId ) {
		invoices = await listInvoices( deps, user.accountId ).catch( ( error: unknown ) => {
			invoiceProblem = error instanceof ApiError ? error.message : 'The invoices could not be loaded.';
			return [];
		} );
	}
	const canBuy = configured && ( viewer.role === 'owner' || viewer.role === 'admin' );
	const returned = RETURN_NOTICES[ c.req.query( 'checkout' ) ?? c.req.query( 'plan' ) ?? '' ];
	return renderPage(
		c,
		{ title: 'Billing', viewer, current: '/portal/billing', status: problem ? 502 : 200 },
		<>
			{ problem ? <Notice kind="error">{ problem }</Notice> : null }
			{ returned ? <Notice kind={ returned.kind }>{ returned.text }</Notice> : null }
			{ configured ? null : <Notice kind="warning">{ NOT_CONFIGURED }</Notice> }
			<SubscriptionSummary plan={ account.plan } account={ account.account } />
			<p>
				Balance <strong>{ credits( balance.credits ) }</strong> ({ balanceBreakdown( balance, account.plan.monthlyCredits ) }; top-up credits never expire).
			</p>
			{ configured && viewer.role === 'owner' && account.account.stripeCustomerId ? (
				<p>
					<ActionForm action="/portal/billing/manage" token={ viewer.csrf } label="Manage subscription and payment method" />
					<small class="muted"> Cancel, change the card or download receipts at Stripe.</small>
				</p>
			) : null }
			<h2>Plans</h2>
			<p class="muted">A plan’s allowance is granted as soon as Stripe confirms each period’s payment; unused allowance expires at the end of the period. Upgrading within a period grants the difference for the time left; downgrading applies from the next renewal.</p>
			<PlanCards plans={ paidPlans } current={ account.plan } csrf={ viewer.csrf } canChange={ viewer.role === 'owner' } configured={ configured } priced={ ( slug ) => Boolean( planPriceId( c.env, slug ) ) } subscribed={ hasLiveSubscription( account.account ) } />
			{ viewer.role !== 'owner' ? <p class="muted">Only the account owner can change the plan.</p> : null }
			<h2>Buy credits</h2>
			{ viewer.role === 'viewer' ? <p class="muted">Your role (viewer) cannot buy credits. Ask the account owner.</p> : null }
			<PackCards csrf={ viewer.csrf } canBuy={ canBuy } />
			<h2>Invoices</h2>
			{ invoiceProblem ? <Notice kind="warning">{ invoiceProblem }</Notice> : <InvoiceTable invoices={ invoices } /> }
		</>
	);
}

/** Runs a Stripe call; its refusal re-renders the page with the reason instead of an error page. */
async function orProblem( c: Context<PortalEnv>, action: () => Promise<Response> ): Promise<Response> {
	try {
		return await action();
	} catch ( error ) {
		if ( error instanceof ApiError && ( error.status === 502 || error.status === 409 ) ) return billingPage( c, error.message );
		throw error;
	}
}

export const billingPages = new Hono<PortalEnv>()
	// GET /portal/billing — plan, balance, plans and packs to buy, invoices
	.get( '/billing', requireSession, ( c ) => billingPage( c ) )
	// POST /portal/billing/checkout — a Checkout Session for a credit pack; redirects to Stripe
	.post( '/billing/checkout', requireSession, verifyCsrf, requireRole( 'owner', 'admin' ), async ( c ) => {
		const pack = findPack( ( await formOf( c ) ).pack );
		if ( ! pack ) throw badRequest( 'Choose one of the credit packs on the Billing page.' );
		if ( ! paymentsConfigured( c.env ) ) return renderPage( c, { title: 'Billing', viewer: await viewerOf( c ), current: '/portal/billing', status: 503 }, <Notice kind="warning">{ NOT_CONFIGURED }</Notice> );
		return orProblem( c, async () => c.redirect( await createPackCheckout( { db: c.var.db, env: c.env }, buyerOf( c ), pack, originOf( c ) ), 303 ) );
	} )
	// POST /portal/billing/plan — first subscription: Checkout; otherwise the existing subscription changes price
	.post( '/billing/plan', requireSession, verifyCsrf, requireRole( 'owner' ), async ( c ) => {
		const slug = ( await formOf( c ) ).plan;
		if ( ! slug || ! isPaidPlan( slug ) ) throw badRequest( 'Choose one of the plans on the Billing page.' );
		if ( ! paymentsConfigured( c.env ) ) return renderPage( c, { title: 'Billing', viewer: await viewerOf( c ), current: '/portal/billing', status: 503 }, <Notice kind="warning">{ NOT_CONFIGURED }</Notice> );
		return orProblem( c, async () => {
			const change = await changePaidPlan( { db: c.var.db, env: c.env }, buyerOf( c ), slug, originOf( c ) );
			return c.redirect( change.kind === 'checkout' ? change.url : `/portal/billing?plan=${ change.upgrade ? 'upgraded' : 'downgraded' }`, 303 );
		} );
	} )
	// POST /portal/billing/manage — a Stripe Billing Portal session (cancel, payment method); redirects there
	.post( '/billing/manage', requireSession, verifyCsrf, requireRole( 'owner' ), async ( c ) => {
		if ( ! paymentsConfigured( c.env ) ) return renderPage( c, { title: 'Billing', viewer: await viewerOf( c ), current: '/portal/billing', status: 503 }, <Notice kind="warning">{ NOT_CONFIGURED }</Notice> );
		return orProblem( c, async () => c.redirect( await createBillingPortal( { db: c.var.db, env: c.env }, c.var.portal!.user.accountId, originOf( c ) ), 303 ) );
	} );
