/**
 * The fields of Stripe's objects the Worker reads, as zod schemas (everything else is ignored).
 * Shapes of API version 2026-10-28 and the older ones still sent to endpoints pinned earlier:
 * an invoice names its subscription under `parent.subscription_details` (older: `subscription`),
 * a line its price under `pricing.price_details.price` (older: `price.id`) and its proration under
 * `parent.subscription_item_details` (older: `proration`); a subscription's period is on its items
 * (older: on the subscription).
 */
import * as z from 'zod';

const metadata = z.record( z.string(), z.string() ).nullish();
/** An id, or the expanded object carrying it. */
const ref = z.union( [ z.string(), z.object( { id: z.string() } ).transform( ( object ) => object.id ) ] );

/** A webhook event: what is recorded, and the object it is about. */
export const stripeEventSchema = z.object( { id: z.string().min( 1 ), type: z.string().min( 1 ), created: z.number().int().nonnegative().optional(), data: z.object( { object: z.unknown() } ) } );

/** The Checkout Session fields the grant and the subscription link read. */
export const checkoutSessionSchema = z.object( {
	id: z.string(),
	mode: z.string().nullish(),
	payment_status: z.string().nullish(),
	amount_total: z.number().nullish(),
	currency: z.string().nullish(),
	client_reference_id: z.string().nullish(),
	customer: ref.nullish(),
	subscription: ref.nullish(),
	metadata,
} );

export const subscriptionSchema = z.object( {
	id: z.string(),
	customer: ref,
	status: z.string(),
	cancel_at_period_end: z.boolean().nullish(),
	metadata,
	current_period_end: z.number().nullish(),
	items: z.object( {
		data: z.array( z.object( { id: z.string(), price: z.object( { id: z.string() } ), current_period_end: z.number().nullish() } ) ),
	} ),
} );

const lineSchema = z.object( {
	amount: z.number(),
	period: z.object( { start: z.number(), end: z.number() } ),
	price: z.object( { id: z.string() } ).nullish(),
	pricing: z.object( { price_details: z.object( { price: ref } ).nullish() } ).nullish(),
	proration: z.boolean().nullish(),
	parent: z.object( { subscription_item_details: z.object( { proration: z.boolean().nullish() } ).nullish() } ).nullish(),
} );

export const invoiceSchema = z.object( {
	id: z.string(),
	customer: ref.nullish(),
	status: z.string().nullish(),
	billing_reason: z.string().nullish(),
	subscription: ref.nullish(),
	parent: z.object( { subscription_details: z.object( { subscription: ref, metadata } ).nullish() } ).nullish(),
	lines: z.object( { data: z.array( lineSchema ) } ),
} );

export const customerSchema = z.object( { id: z.string() } );
export const portalSessionSchema = z.object( { id: z.string(), url: z.string() } );

/** An invoice as the portal lists it. */
export const listedInvoiceSchema = z.object( {
	id: z.string(),
	number: z.string().nullish(),
	status: z.string().nullish(),
	amount_due: z.number(),
	amount_paid: z.number(),
	currency: z.string(),
	created: z.number(),
	hosted_invoice_url: z.string().nullish(),
} );
export const invoiceListSchema = z.object( { data: z.array( listedInvoiceSchema ), has_more: z.boolean() } );

export type StripeEvent = z.infer<typeof stripeEventSchema>;
export type CheckoutSession = z.infer<typeof checkoutSessionSchema>;
export type StripeSubscription = z.infer<typeof subscriptionSchema>;
export type StripeInvoice = z.infer<typeof invoiceSchema>;
export type InvoiceLine = z.infer<typeof lineSchema>;
export type ListedInvoice = z.infer<typeof listedInvoiceSchema>;

/** The subscription an invoice bills, whichever API version shaped it. */
export const invoiceSubscription = ( invoice: StripeInvoice ): string | null => invoice.parent?.subscription_details?.subscription ?? invoice.subscription ?? null;
/** The subscription's metadata as the invoice carries it (our account id and plan). */
export const invoiceMetadata = ( invoice: StripeInvoice ): Record<string, string> => invoice.parent?.subscription_details?.metadata ?? {};
export const linePrice = ( line: InvoiceLine ): string | null => line.pricing?.price_details?.price ?? line.price?.id ?? null;
export const lineIsProration = ( line: InvoiceLine ): boolean => Boolean( line.parent?.subscription_item_details?.proration ?? line.proration );
/** The end of the subscription's current period (seconds), from its item or (older versions) itself. */
export const subscriptionPeriodEnd = ( subscription: StripeSubscription ): number | null => subscription.items.data[ 0 ]?.current_period_end ?? subscription.current_period_end ?? null;
