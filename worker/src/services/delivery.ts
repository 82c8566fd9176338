/**
 * Result delivery to WordPress: a signed POST to the delivery_url the plugin
 * reported in test-connection. The signature scheme lives only here:
 *   X-IGNY8-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(webhook_secret, "<t>.<raw body>")>
 * WordPress rejects a timestamp older than 300 s and treats a repeated job_id as success.
 */
import type { Job, Site } from '../db/schema';
import { hmacSha256Hex } from '../lib/crypto';

export const SIGNATURE_HEADER = 'X-IGNY8-Signature';
const DELIVERY_TIMEOUT_MS = 15_000;

/** The signature header value for `body` sent at `timestamp` (unix seconds). */
export async function signatureFor( secret: string, body: string, timestamp: number ): Promise<string> {
	return `t=${ timestamp },v1=${ await hmacSha256Hex( secret, `${ timestamp }.${ body }` ) }`;
}

/** The delivery body (contract: job_id, function, status, reference, result, error, credits_charged). */
export function deliveryBody( job: Job ): string {
	return JSON.stringify( {
		job_id: job.id,
		function: job.function,
		status: job.status,
		reference: job.reference ?? null,
		result: job.status === 'completed' ? ( job.result ?? null ) : null,
		error: job.error,
		credits_charged: job.creditsCharged,
	} );
}

export type DeliveryOutcome = { delivered: true; status: number } | { delivered: false; status: number | null; error: string };

/** POSTs the finished job to the site. Never throws: the caller decides on retries. */
export async function deliverJob( site: Pick<Site, 'deliveryUrl' | 'webhookSecret'>, job: Job, fetcher: typeof fetch = fetch ): Promise<DeliveryOutcome> {
	if ( ! site.deliveryUrl ) return { delivered: false, status: null, error: 'The site has no delivery URL (pull delivery only).' };
	const body = deliveryBody( job );
	const timestamp = Math.floor( Date.now() / 1000 );
	try {
		const response = await fetcher( site.deliveryUrl, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				'User-Agent': 'IGNY8-Cloud/1.0 (+delivery)',
				'X-IGNY8-Job-Id': job.id,
				[ SIGNATURE_HEADER ]: await signatureFor( site.webhookSecret, body, timestamp ),
			},
			body,
			signal: AbortSignal.timeout( DELIVERY_TIMEOUT_MS ),
		} );
		// Drain the body so the connection can be reused; its content does not matter.
		const text = await response.text().catch( () => '' );
		if ( response.ok ) return { delivered: true, status: response.status };
		return { delivered: false, status: response.status, error: `HTTP ${ response.status }: ${ text.slice( 0, 200 ) }` };
	} catch ( error ) {
		return { delivered: false, status: null, error: error instanceof Error ? error.message : String( error ) };
	}
}
