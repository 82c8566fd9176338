/**
 * Result delivery to WordPress: a signed POST to the delivery_url the plugin reported in
 * test-connection. The signature scheme lives only here (plugin/includes/Cloud/Signature.php verifies it):
 *   X-IGNY8-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<METHOD>.<route>.<raw body>")>[,v1=…]
 * where route is the WordPress REST route ("/igny8/v1/deliveries"), the same under plain and pretty
 * permalinks, so a captured signature is worth nothing on another route or method. During the overlap
 * after a key rotation a second v1 is made with the former secret. WordPress refuses a timestamp more
 * than 300 s away, a signature it has already accepted, and treats a repeated job_id as success.
 */
import { and, eq, sql } from 'drizzle-orm';
import { sites, type Job, type Site } from '../db/schema';
import { hmacSha256Hex } from '../lib/crypto';
import { deliveryUrlProblem } from './delivery-url';
import { serializeJob } from './jobs';
import { secretsInForce, type SecretDeps } from './webhook-secrets';

export const SIGNATURE_HEADER = 'X-IGNY8-Signature';
/** The WordPress REST route deliveries go to; it is part of what is signed. */
export const DELIVERY_ROUTE = '/igny8/v1/deliveries';
/** Consecutive failed pushes after which the site is left to the WP-Cron pull until a test-connection succeeds. */
export const MAX_DELIVERY_FAILURES = 10;
const DELIVERY_TIMEOUT_MS = 15_000;

export interface SignedRequest {
	method: string;
	route: string;
	body: string;
}

/** The text a v1 signature is the HMAC of. */
export const signedText = ( request: SignedRequest, timestamp: number ): string => `${ timestamp }.${ request.method.toUpperCase() }.${ request.route }.${ request.body }`;

/** The signature header value for `request` sent at `timestamp` (unix seconds), one v1 per secret. */
export async function signatureFor( secrets: string[], request: SignedRequest, timestamp: number ): Promise<string> {
	const text = signedText( request, timestamp );
	const values = await Promise.all( secrets.map( ( secret ) => hmacSha256Hex( secret, text ) ) );
	return [ `t=${ timestamp }`, ...values.map( ( value ) => `v1=${ value }` ) ].join( ',' );
}

/**
 * The delivery body: the job exactly as GET /api/v1/ai/jobs/{id}/ answers it (serializeJob), so
 * WordPress has one shape to read whichever way a result reaches it (push or pull).
 */
export function deliveryBody( job: Job ): string {
	return JSON.stringify( serializeJob( job ) );
}

/** `held`: no push was attempted and none should be retried (the site pulls the result instead). */
export type DeliveryOutcome = { delivered: true; status: number } | { delivered: false; status: number | null; error: string; held?: true };

export interface DeliveryDeps extends SecretDeps {
	environment: string | undefined;
	fetcher?: typeof fetch;
	now?: number;
}

type DeliverySite = Pick<Site, 'id' | 'url' | 'status' | 'deliveryUrl' | 'webhookSecret' | 'previousWebhookSecret' | 'previousSecretExpiresAt' | 'deliveryPausedAt'>;

const held = ( error: string ): DeliveryOutcome => ( { delivered: false, status: null, error, held: true } );

/** Why the site gets no push at all, or null when it can receive one. */
function holdReason( site: DeliverySite, environment: string | undefined ): string | null {
	if ( site.status !== 'active' ) return 'The site is not active.';
	if ( ! site.deliveryUrl ) return 'The site has no delivery URL (pull delivery only).';
	if ( site.deliveryPausedAt ) return `Pushes paused after ${ MAX_DELIVERY_FAILURES } failed deliveries: the site pulls until a test-connection succeeds.`;
	return deliveryUrlProblem( site.deliveryUrl, site.url, environment );
}

/** Counts a failed push (pausing the site at the cap) or clears the count after a success. */
async function recordPushResult( { db }: SecretDeps, siteId: string, delivered: boolean, now: number ): Promise<void> {
	if ( delivered ) {
		await db.update( sites ).set( { deliveryFailures: 0 } ).where( and( eq( sites.id, siteId ), sql`${ sites.deliveryFailures } > 0` ) );
		return;
	}
	await db
		.update( sites )
		.set( {
			deliveryFailures: sql`${ sites.deliveryFailures } + 1`,
			deliveryPausedAt: sql`CASE WHEN ${ sites.deliveryFailures } + 1 >= ${ MAX_DELIVERY_FAILURES }
				THEN COALESCE(${ sites.deliveryPausedAt }, ${ now }) ELSE ${ sites.deliveryPausedAt } END`,
		} )
		.where( eq( sites.id, siteId ) );
}

/** POSTs the finished job to the site. Never throws for a network or HTTP failure: the caller decides on retries. */
export async function deliverJob( deps: DeliveryDeps, site: DeliverySite, job: Job ): Promise<DeliveryOutcome> {
	const reason = holdReason( site, deps.environment );
	if ( reason ) return held( reason );
	const now = deps.now ?? Date.now();
	const secrets = await secretsInForce( deps, site, now );
	if ( secrets.length === 0 ) return held( 'The site has no webhook secret.' );
	const body = deliveryBody( job );
	const signature = await signatureFor( secrets, { method: 'POST', route: DELIVERY_ROUTE, body }, Math.floor( now / 1000 ) );
	let outcome: DeliveryOutcome;
	try {
		const response = await ( deps.fetcher ?? fetch )( site.deliveryUrl!, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				'User-Agent': 'IGNY8-Cloud/1.0 (+delivery)',
				'X-IGNY8-Job-Id': job.id,
				[ SIGNATURE_HEADER ]: signature,
			},
			body,
			// A redirect could lead anywhere the URL rules forbid: a 3xx is a failed delivery.
			redirect: 'manual',
			signal: AbortSignal.timeout( DELIVERY_TIMEOUT_MS ),
		} );
		// Drain the body so the connection can be reused; its content does not matter.
		const text = await response.text().catch( () => '' );
		if ( response.status >= 200 && response.status < 300 ) outcome = { delivered: true, status: response.status };
		else if ( response.status >= 300 && response.status < 400 ) outcome = { delivered: false, status: response.status, error: `HTTP ${ response.status }: redirects are not followed.` };
		else outcome = { delivered: false, status: response.status, error: `HTTP ${ response.status }: ${ text.slice( 0, 200 ) }` };
	} catch ( error ) {
		outcome = { delivered: false, status: null, error: error instanceof Error ? error.message : String( error ) };
	}
	await recordPushResult( deps, site.id, outcome.delivered, now );
	return outcome;
}
