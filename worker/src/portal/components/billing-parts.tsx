/** @jsxImportSource hono/jsx */
/** The Billing page's parts: the subscription's standing, the plans with their prices, credit packs, invoices. */
import type { Account, Plan } from '../../db/schema';
import { CREDIT_PACKS, formatMoney, paidPlan } from '../../services/billing-catalog';
import type { ListedInvoice } from '../../services/stripe-objects';
import { ActionForm } from './forms';
import { num, when } from './format';

export type Subscription = Pick<Account, 'status' | 'subscriptionStatus' | 'subscriptionPeriodEnd' | 'cancelAtPeriodEnd' | 'graceUntil' | 'stripeCustomerId'>;

/** One sentence: free tier, renewing, cancelling, or in a failed payment's grace period. */
export function SubscriptionSummary( props: { plan: Plan; account: Subscription } ) {
	const { account, plan } = props;
	const price = paidPlan( plan.slug );
	if ( ! price || plan.monthlyCredits === 0 ) return <p id="subscription">You are on the <strong>free tier</strong>: no monthly allowance. Subscribe to a plan below for credits every month.</p>;
	const renewal = account.subscriptionPeriodEnd ? when( account.subscriptionPeriodEnd ) : null;
	return (
		<p id="subscription">
			Plan <strong>{ plan.name }</strong> — { formatMoney( price.amount, price.currency ) } a month for { num( plan.monthlyCredits ) } credits.{ ' ' }
			{ account.graceUntil
				? `The last payment failed: the plan stays until ${ when( account.graceUntil ) } while Stripe retries.`
				: account.cancelAtPeriodEnd && renewal
					? `Cancelled: it ends on ${ renewal }, then the account moves to the free tier.`
					: renewal
						? `Renews on ${ renewal }.`
						: '' }
		</p>
	);
}

export function PlanCards( props: { plans: Plan[]; current: Plan; csrf: string; canChange: boolean; configured: boolean; priced: ( slug: string ) => boolean; subscribed: boolean } ) {
	return (
		<div class="cards">
			{ props.plans.map( ( plan ) => {
				const price = paidPlan( plan.slug );
				const isCurrent = plan.id === props.current.id;
				const verb = ! props.subscribed ? 'Subscribe to' : plan.monthlyCredits > props.current.monthlyCredits ? 'Upgrade to' : 'Downgrade to';
				return (
					<div class="card">
						<b>{ plan.name }</b>
						<span>{ price ? `${ formatMoney( price.amount, price.currency ) } a month` : 'Price on request' }</span>
						<span>{ num( plan.monthlyCredits ) } credits each month</span>
						<div>
							{ isCurrent ? (
								<span>Your current plan</span>
							) : props.configured && props.priced( plan.slug ) && props.canChange ? (
								<ActionForm action="/portal/billing/plan" token={ props.csrf } label={ `${ verb } ${ plan.name }` } fields={ { plan: plan.slug } } />
							) : props.configured && ! props.priced( plan.slug ) ? (
								<span>Not available online yet.</span>
							) : null }
						</div>
					</div>
				);
			} ) }
		</div>
	);
}

export function PackCards( props: { csrf: string; canBuy: boolean } ) {
	return (
		<div class="cards">
			{ CREDIT_PACKS.map( ( pack ) => (
				<div class="card">
					<b>{ num( pack.credits ) } credits</b>
					<span>{ formatMoney( pack.amount, pack.currency ) } · never expire</span>
					<div>{ props.canBuy ? <ActionForm action="/portal/billing/checkout" token={ props.csrf } label={ `Buy ${ num( pack.credits ) } credits` } fields={ { pack: pack.id } } /> : null }</div>
				</div>
			) ) }
		</div>
	);
}

export function InvoiceTable( props: { invoices: ListedInvoice[] } ) {
	if ( props.invoices.length === 0 ) return <p class="muted">No invoices yet.</p>;
	return (
		<div class="scroll">
			<table>
				<caption>Invoices</caption>
				<thead>
					<tr>
						<th scope="col">Invoice</th>
						<th scope="col">Date</th>
						<th scope="col" class="n">Amount</th>
						<th scope="col">Status</th>
						<th scope="col">Details</th>
					</tr>
				</thead>
				<tbody>
					{ props.invoices.map( ( invoice ) => (
						<tr>
							<td>{ invoice.number ?? invoice.id }</td>
							<td>{ when( new Date( invoice.created * 1000 ) ) }</td>
							<td class="n">{ formatMoney( invoice.amount_due, invoice.currency ) }</td>
							<td>{ invoice.status ?? '—' }</td>
							<td>{ invoice.hosted_invoice_url && /^https?:\/\//.test( invoice.hosted_invoice_url ) ? <a href={ invoice.hosted_invoice_url } rel="noopener noreferrer">View invoice { invoice.number ?? '' }</a> : '—' }</td>
						</tr>
					) ) }
				</tbody>
			</table>
		</div>
	);
}
