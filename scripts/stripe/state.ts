/**
 * TEST DOUBLE — the state of the local Stripe stand-in (scripts/stripe/server.ts): customers,
 * Checkout Sessions, subscriptions, invoices and Billing Portal sessions kept in memory, in the
 * shapes Stripe documents for API version 2026-10-28 (invoice lines name their price under
 * `pricing.price_details`, the subscription under `parent.subscription_details`, periods on the
 * subscription item). Every change that Stripe would announce produces the event it would send.
 * Time is real until a test sets or moves a customer's clock; then it stands still for that customer, as a
 * Stripe Test Clock's frozen time does.
 */
import { randomBytes } from 'node:crypto';

export type Json = Record<string, unknown>;

export interface StandInPrice {
	id: string;
	unit_amount: number;
	currency: string;
	name: string;
}

export interface StripeEventOut {
	id: string;
	object: 'event';
	api_version: string;
	created: number;
	livemode: false;
	pending_webhooks: number;
	request: { id: null; idempotency_key: null };
	type: string;
	data: { object: Json };
}

export const API_VERSION = '2026-10-28.endive';
const DAY = 86_400;

const newId = ( prefix: string ) => `${ prefix }_test_${ randomBytes( 12 ).toString( 'hex' ) }`;

/** One calendar month after `seconds` (UTC), as Stripe's monthly billing periods run. */
export function addMonth( seconds: number ): number {
	const date = new Date( seconds * 1000 );
	const day = date.getUTCDate();
	date.setUTCDate( 1 );
	date.setUTCMonth( date.getUTCMonth() + 1 );
	const last = new Date( Date.UTC( date.getUTCFullYear(), date.getUTCMonth() + 1, 0 ) ).getUTCDate();
	date.setUTCDate( Math.min( day, last ) );
	return Math.floor( date.getTime() / 1000 );
}

export class StripeState {
	readonly customers = new Map<string, Json>();
	readonly sessions = new Map<string, Json>();
	readonly subscriptions = new Map<string, Json>();
	readonly invoices = new Map<string, Json>();
	readonly portalSessions = new Map<string, Json>();
	readonly events: StripeEventOut[] = [];
	/** Per customer, once a test set its clock: like a Stripe Test Clock, time then stands still until moved again. */
	private readonly clocks = new Map<string, number>();

	readonly prices: StandInPrice[];
	private readonly origin: () => string;

	constructor( prices: StandInPrice[], origin: () => string ) {
		this.prices = prices;
		this.origin = origin;
	}

	/** The customer's test clock, or real time. */
	now( customer?: unknown ): number {
		return ( typeof customer === 'string' ? this.clocks.get( customer ) : undefined ) ?? Math.floor( Date.now() / 1000 );
	}

	/** Moves the customer's test clock forward (and freezes it there). */
	advance( customer: unknown, seconds: number ): void {
		if ( typeof customer === 'string' ) this.clocks.set( customer, this.now( customer ) + Math.max( 0, Math.floor( seconds ) ) );
	}

	/** Sets the customer's test clock to `seconds` (frozen), as attaching a Stripe Test Clock at a chosen time does. */
	setClock( customer: string, seconds: number ): void {
		this.clocks.set( customer, Math.floor( seconds ) );
	}

	price( id: string ): StandInPrice | undefined {
		return this.prices.find( ( price ) => price.id === id );
	}

	emit( type: string, object: Json ): StripeEventOut {
		const event: StripeEventOut = { id: newId( 'evt' ), object: 'event', api_version: API_VERSION, created: this.now( object.customer ), livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type, data: { object: structuredClone( object ) } };
		this.events.push( event );
		return event;
	}

	createCustomer( params: Json ): Json {
		const customer = { id: newId( 'cus' ), object: 'customer', email: params.email ?? null, name: params.name ?? null, metadata: params.metadata ?? {}, balance: 0, created: this.now(), livemode: false };
		this.customers.set( customer.id, customer );
		return customer;
	}

	createSession( params: Json ): Json {
		const id = newId( 'cs' );
		const lines = ( params.line_items as Json[] | undefined ) ?? [];
		const amount = lines.reduce( ( sum, line ) => {
			const quantity = Number( line.quantity ?? 1 );
			const priceData = line.price_data as Json | undefined;
			const unit = priceData ? Number( priceData.unit_amount ) : this.price( String( line.price ) )?.unit_amount ?? 0;
			return sum + unit * quantity;
		}, 0 );
		const currency = String( ( lines[ 0 ]?.price_data as Json | undefined )?.currency ?? this.price( String( lines[ 0 ]?.price ) )?.currency ?? 'usd' );
		const session: Json = {
			id, object: 'checkout.session', mode: params.mode ?? 'payment', status: 'open', payment_status: 'unpaid',
			url: `${ this.origin() }/checkout/${ id }`, customer: params.customer ?? null, customer_email: params.customer_email ?? null,
			client_reference_id: params.client_reference_id ?? null, metadata: params.metadata ?? {}, subscription: null,
			amount_total: amount, currency, success_url: params.success_url, cancel_url: params.cancel_url,
			line_items_requested: lines, subscription_data: params.subscription_data ?? null,
			created: this.now(), expires_at: this.now() + DAY, livemode: false,
		};
		this.sessions.set( id, session );
		return session;
	}

	/** The buyer pays on the hosted page: the session completes (and, in subscription mode, the subscription starts). */
	completeSession( id: string ): StripeEventOut[] {
		const session = this.sessions.get( id );
		if ( ! session || session.status !== 'open' ) return [];
		const events: StripeEventOut[] = [];
		if ( ! session.customer ) session.customer = this.createCustomer( { email: session.customer_email } ).id;
		session.status = 'complete';
		session.payment_status = 'paid';
		if ( session.mode === 'subscription' ) {
			const lines = session.line_items_requested as Json[];
			const priceId = String( lines[ 0 ]?.price ?? '' );
			const metadata = ( ( session.subscription_data as Json | null )?.metadata as Json | undefined ) ?? {};
			const subscription = this.startSubscription( String( session.customer ), priceId, metadata );
			session.subscription = subscription.id;
			events.push( this.emit( 'customer.subscription.created', subscription ) );
			const invoice = this.invoiceFor( subscription, 'subscription_create', [ this.periodLine( subscription, 1 ) ], true );
			events.push( this.emit( 'invoice.paid', invoice ) );
		}
		const { line_items_requested: _lines, subscription_data: _data, ...publicSession } = session;
		events.unshift( this.emit( 'checkout.session.completed', publicSession ) );
		return events;
	}

	private startSubscription( customer: string, priceId: string, metadata: Json ): Json {
		const price = this.price( priceId );
		if ( ! price ) throw new Error( `No such price: ${ priceId }` );
		const start = this.now( customer );
		const subscription: Json = {
			id: newId( 'sub' ), object: 'subscription', customer, status: 'active', cancel_at_period_end: false, canceled_at: null,
			metadata, created: start, start_date: start, latest_invoice: null, livemode: false,
			items: { object: 'list', data: [ { id: newId( 'si' ), object: 'subscription_item', quantity: 1, price: this.priceObject( price ), current_period_start: start, current_period_end: addMonth( start ) } ] },
		};
		this.subscriptions.set( String( subscription.id ), subscription );
		return subscription;
	}

	private priceObject( price: StandInPrice ): Json {
		return { id: price.id, object: 'price', unit_amount: price.unit_amount, currency: price.currency, recurring: { interval: 'month', interval_count: 1 }, product: `prod_${ price.id }`, nickname: price.name };
	}

	item( subscription: Json ): Json {
		return ( ( subscription.items as Json ).data as Json[] )[ 0 ]!;
	}

	/** A line billing `fraction` of the item's current period at its price; a plan change's lines are prorations (unused time negative). */
	periodLine( subscription: Json, fraction: number, priceId?: string, from?: number ): Json {
		const item = this.item( subscription );
		const price = this.price( priceId ?? String( ( item.price as Json ).id ) )!;
		const proration = from !== undefined;
		return {
			id: newId( 'il' ), object: 'line_item', amount: Math.round( price.unit_amount * fraction ), currency: price.currency,
			description: `${ proration ? ( fraction < 0 ? 'Unused time on' : 'Remaining time on' ) : '1 ×' } ${ price.name }`,
			period: { start: from ?? item.current_period_start, end: item.current_period_end },
			pricing: { type: 'price_details', price_details: { price: price.id, product: `prod_${ price.id }` }, unit_amount_decimal: String( price.unit_amount ) },
			parent: { type: 'subscription_item_details', subscription_item_details: { proration, subscription: subscription.id, subscription_item: item.id, invoice_item: null } },
		};
	}

	invoiceFor( subscription: Json, reason: string, lines: Json[], paid: boolean ): Json {
		const id = newId( 'in' );
		const total = lines.reduce( ( sum, line ) => sum + Number( line.amount ), 0 );
		const number = `TEST-${ String( this.invoices.size + 1 ).padStart( 4, '0' ) }`;
		// The customer's balance (negative: credit) pays what it can of a positive total and takes a negative one.
		const customer = this.customers.get( String( subscription.customer ) );
		const startingBalance = Number( customer?.balance ?? 0 );
		const applied = total > 0 ? Math.min( total, Math.max( 0, -startingBalance ) ) : total;
		const due = Math.max( 0, total - applied );
		if ( customer ) customer.balance = startingBalance + applied;
		const invoice: Json = {
			id, object: 'invoice', customer: subscription.customer, status: paid ? 'paid' : 'open', billing_reason: reason,
			total, starting_balance: startingBalance, ending_balance: startingBalance + applied,
			amount_due: due, amount_paid: paid ? due : 0, amount_remaining: paid ? 0 : due, currency: lines[ 0 ]?.currency ?? 'usd',
			number, hosted_invoice_url: `${ this.origin() }/invoices/${ id }`, invoice_pdf: `${ this.origin() }/invoices/${ id }/pdf`,
			created: this.now( subscription.customer ), period_start: this.now( subscription.customer ), period_end: this.now( subscription.customer ), attempt_count: 1,
			next_payment_attempt: paid ? null : this.now( subscription.customer ) + 3 * DAY,
			parent: { type: 'subscription_details', subscription_details: { subscription: subscription.id, metadata: structuredClone( subscription.metadata ) } },
			lines: { object: 'list', data: lines, has_more: false },
			livemode: false,
		};
		this.invoices.set( id, invoice );
		subscription.latest_invoice = id;
		return invoice;
	}

	/** The period ends: the next one starts and its invoice is paid or fails. */
	renew( id: string, outcome: 'paid' | 'failed' ): StripeEventOut[] {
		const subscription = this.subscriptions.get( id );
		if ( ! subscription ) return [];
		const item = this.item( subscription );
		this.advance( subscription.customer, Number( item.current_period_end ) - this.now( subscription.customer ) );
		if ( subscription.cancel_at_period_end ) return this.cancel( id );
		item.current_period_start = item.current_period_end;
		item.current_period_end = addMonth( Number( item.current_period_start ) );
		const invoice = this.invoiceFor( subscription, 'subscription_cycle', [ this.periodLine( subscription, 1 ) ], outcome === 'paid' );
		const events = [ this.emit( outcome === 'paid' ? 'invoice.paid' : 'invoice.payment_failed', invoice ) ];
		if ( outcome === 'failed' && subscription.status !== 'past_due' ) {
			subscription.status = 'past_due';
			events.push( this.emit( 'customer.subscription.updated', subscription ) );
		}
		return events;
	}

	/** A later attempt (or a new card) pays an open invoice. */
	payInvoice( id: string ): StripeEventOut[] {
		const invoice = this.invoices.get( id );
		if ( ! invoice || invoice.status !== 'open' ) return [];
		invoice.status = 'paid';
		invoice.amount_paid = invoice.amount_due;
		invoice.amount_remaining = 0;
		invoice.next_payment_attempt = null;
		const events = [ this.emit( 'invoice.paid', invoice ) ];
		const subscription = this.subscriptions.get( String( ( ( invoice.parent as Json ).subscription_details as Json ).subscription ) );
		if ( subscription && subscription.status === 'past_due' ) {
			subscription.status = 'active';
			events.push( this.emit( 'customer.subscription.updated', subscription ) );
		}
		return events;
	}

	/** POST /v1/subscriptions/:id — a price change (prorated and invoiced at once when asked), metadata, cancel at period end. */
	updateSubscription( id: string, params: Json ): { subscription: Json; events: StripeEventOut[] } | null {
		const subscription = this.subscriptions.get( id );
		if ( ! subscription ) return null;
		const events: StripeEventOut[] = [];
		const item = this.item( subscription );
		const requested = ( params.items as Json[] | undefined )?.[ 0 ];
		if ( params.metadata ) subscription.metadata = { ...( subscription.metadata as Json ), ...( params.metadata as Json ) };
		if ( params.cancel_at_period_end !== undefined ) subscription.cancel_at_period_end = params.cancel_at_period_end === 'true' || params.cancel_at_period_end === true;
		if ( requested?.price && requested.price !== ( item.price as Json ).id ) {
			const price = this.price( String( requested.price ) );
			if ( ! price ) throw new Error( `No such price: ${ String( requested.price ) }` );
			const oldPrice = String( ( item.price as Json ).id );
			const start = Number( item.current_period_start );
			const end = Number( item.current_period_end );
			const now = this.now( subscription.customer );
			const fraction = ( end - now ) / ( end - start );
			item.price = this.priceObject( price );
			if ( params.proration_behavior === 'always_invoice' ) {
				const lines = [ this.periodLine( subscription, -fraction, oldPrice, now ), this.periodLine( subscription, fraction, price.id, now ) ];
				events.push( this.emit( 'invoice.paid', this.invoiceFor( subscription, 'subscription_update', lines, true ) ) );
			}
		}
		events.push( this.emit( 'customer.subscription.updated', subscription ) );
		return { subscription, events };
	}

	/**
	 * DELETE /v1/subscriptions/:id — ends it now. With prorate and invoice_now, a final invoice credits the
	 * unused time of the period; a negative total goes to the customer's balance (which pays later invoices).
	 */
	cancel( id: string, options: { prorate?: boolean; invoiceNow?: boolean } = {} ): StripeEventOut[] {
		const subscription = this.subscriptions.get( id );
		if ( ! subscription || subscription.status === 'canceled' ) return [];
		const events: StripeEventOut[] = [];
		const now = this.now( subscription.customer );
		if ( options.prorate && options.invoiceNow ) {
			const item = this.item( subscription );
			const start = Number( item.current_period_start );
			const end = Number( item.current_period_end );
			const fraction = Math.max( 0, ( end - now ) / ( end - start ) );
			if ( fraction > 0 ) events.push( this.emit( 'invoice.paid', this.invoiceFor( subscription, 'subscription_cancel', [ this.periodLine( subscription, -fraction, undefined, now ) ], true ) ) );
		}
		subscription.status = 'canceled';
		subscription.canceled_at = now;
		events.push( this.emit( 'customer.subscription.deleted', subscription ) );
		return events;
	}

	createPortalSession( params: Json ): Json {
		const id = newId( 'bps' );
		const session = { id, object: 'billing_portal.session', customer: params.customer, return_url: params.return_url ?? null, url: `${ this.origin() }/billing_portal/${ id }`, created: this.now(), livemode: false };
		this.portalSessions.set( id, session );
		return session;
	}

	subscriptionsOf( customer: string ): Json[] {
		return [ ...this.subscriptions.values() ].filter( ( subscription ) => subscription.customer === customer );
	}
}
