/** @jsxImportSource hono/jsx */
/**
 * Billing: the plan and balance, credit packs and paid plans through Stripe Checkout.
 * The POST only creates a Checkout Session and redirects to Stripe; credits arrive when
 * Stripe's signed webhook confirms the payment (routes/stripe-webhook.ts), never from the
 * return to the success URL. Owners and admins buy credits; only owners change the plan.
 * Without STRIPE_SECRET_KEY the page says payments are not configured.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { asc, gt } from 'drizzle-orm';
import { plans } from '../../db/schema';
import { badRequest } from '../../lib/errors';
import { CREDIT_PACKS, findPack, formatMoney, PAID_PLANS, paymentsConfigured, planPriceId } from '../../services/billing-catalog';
import { getBalance } from '../../services/ledger';
import { createPackCheckout, createPlanCheckout } from '../../services/stripe-billing';
import { describeMe } from '../../services/users';
import { ActionForm, Notice } from '../components/forms';
import { num } from '../components/format';
import { verifyCsrf } from '../csrf';
import { formOf, renderPage, viewerOf } from '../render';
import { requireRole, requireSession } from '../session';
import type { PortalEnv } from '../types';

const NOT_CONFIGURED = 'Payments are not configured on this server (no Stripe key is set), so credits and plans cannot be bought here yet. Contact the operator of this IGNY8 cloud.';

function buyerOf( c: Context<PortalEnv> ) {
	const { user } = c.var.portal!;
	return { accountId: user.accountId, userId: user.id, email: user.email };
}

const originOf = ( c: Context<PortalEnv> ) => ( c.env.PUBLIC_URL || new URL( c.req.url ).origin ).replace( /\/+$/, '' );

export const billingPages = new Hono<PortalEnv>()
	// GET /portal/billing — plan, balance, packs and plans to buy
	.get( '/billing', requireSession, async ( c ) => {
		const { user } = c.var.portal!;
		const db = c.var.db;
		const [ balance, me, paidPlans, viewer ] = await Promise.all( [ getBalance( { db }, user.accountId ), describeMe( { db }, user.id, user.accountId ), db.select().from( plans ).where( gt( plans.monthlyCredits, 0 ) ).orderBy( asc( plans.monthlyCredits ) ), viewerOf( c ) ] );
		const configured = paymentsConfigured( c.env );
		const canBuy = viewer.role === 'owner' || viewer.role === 'admin';
		const checkout = c.req.query( 'checkout' );
		return renderPage(
			c,
			{ title: 'Billing', viewer, current: '/portal/billing' },
			<>
				{ checkout === 'success' ? <Notice kind="success">Thank you. Stripe is confirming the payment; the credits appear here and in Transactions as soon as it does (usually within a minute).</Notice> : null }
				{ checkout === 'cancelled' ? <Notice>The checkout was cancelled; nothing was charged.</Notice> : null }
				{ configured ? null : <Notice kind="warning">{ NOT_CONFIGURED }</Notice> }
				<p>
					Plan <strong>{ me.account.plan.name }</strong> · balance <strong>{ num( balance.credits ) } credits</strong> ({ num( balance.topup_credits ) } top-up credits never expire).
				</p>
				<h2>Buy credits</h2>
				{ canBuy ? null : <p class="muted">Your role (viewer) cannot buy credits. Ask the account owner.</p> }
				<div class="cards">
					{ CREDIT_PACKS.map( ( pack ) => (
						<div class="card">
							<b>{ num( pack.credits ) } credits</b>
							<span>{ formatMoney( pack.amount, pack.currency ) } · never expire</span>
							<div>{ configured && canBuy ? <ActionForm action="/portal/billing/checkout" token={ viewer.csrf } label={ `Buy ${ num( pack.credits ) } credits` } fields={ { pack: pack.id } } /> : null }</div>
						</div>
					) ) }
				</div>
				<h2>Change plan</h2>
				<div class="cards">
					{ paidPlans.map( ( plan ) => {
						const current = plan.slug === me.account.plan.slug;
						const price = planPriceId( c.env, plan.slug );
						return (
							<div class="card">
								<b>{ plan.name }</b>
								<span>{ num( plan.monthlyCredits ) } credits each month</span>
								<div>
									{ current ? (
										<span>Your current plan</span>
									) : configured && price && viewer.role === 'owner' ? (
										<ActionForm action="/portal/billing/plan" token={ viewer.csrf } label={ `Switch to ${ plan.name }` } fields={ { plan: plan.slug } } />
									) : configured && ! price ? (
										<span>Not available online yet.</span>
									) : null }
								</div>
							</div>
						);
					} ) }
				</div>
				{ viewer.role !== 'owner' ? <p class="muted">Only the account owner can change the plan.</p> : null }
			</>
		);
	} )
	// POST /portal/billing/checkout — a Checkout Session for a credit pack; redirects to Stripe
	.post( '/billing/checkout', requireSession, verifyCsrf, requireRole( 'owner', 'admin' ), async ( c ) => {
		const pack = findPack( ( await formOf( c ) ).pack );
		if ( ! pack ) throw badRequest( 'Choose one of the credit packs on the Billing page.' );
		if ( ! paymentsConfigured( c.env ) ) return renderPage( c, { title: 'Billing', viewer: await viewerOf( c ), current: '/portal/billing', status: 503 }, <Notice kind="warning">{ NOT_CONFIGURED }</Notice> );
		return c.redirect( await createPackCheckout( c.env, buyerOf( c ), pack, originOf( c ) ), 303 );
	} )
	// POST /portal/billing/plan — a Checkout Session (subscription) for a paid plan; redirects to Stripe
	.post( '/billing/plan', requireSession, verifyCsrf, requireRole( 'owner' ), async ( c ) => {
		const slug = ( await formOf( c ) ).plan;
		if ( ! PAID_PLANS.some( ( plan ) => plan.slug === slug ) || ! slug ) throw badRequest( 'Choose one of the plans on the Billing page.' );
		if ( ! paymentsConfigured( c.env ) ) return renderPage( c, { title: 'Billing', viewer: await viewerOf( c ), current: '/portal/billing', status: 503 }, <Notice kind="warning">{ NOT_CONFIGURED }</Notice> );
		return c.redirect( await createPlanCheckout( c.env, buyerOf( c ), slug, originOf( c ) ), 303 );
	} );
