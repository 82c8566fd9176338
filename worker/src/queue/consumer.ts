/**
 * The consumer of both job queues. `processJob( env, message )` is a plain function
 * (tests call it directly). A job.run (igny8-ai-jobs): claim the job → run its AI function
 * with progress updates → settle or refund credits → hand the delivery to igny8-deliveries.
 * A job.deliver (igny8-deliveries): push the result to WordPress. Delivering apart keeps a
 * site's apply time (seconds for a 2,000-keyword clustering) out of the batch of model
 * calls: the next jobs' model calls start while WordPress applies the last results.
 * Every step is idempotent, so a redelivered message never charges twice;
 * a message for a finished job only hands off or retries an outstanding delivery.
 * Delivery retries are fresh delayed messages, not queue retries: the queue's
 * max_retries would end them after a couple of hours, the rule is 24 hours.
 */
import { AiError, aiSettings, runAiFunction } from '../ai/core';
import { chargedCredits } from '../ai/pricing';
import { getAiFunction } from '../ai/registry';
import { createDb, type Database } from '../db/client';
import type { Job } from '../db/schema';
import type { Env } from '../env';
import { deliverJob } from '../services/delivery';
import { findProvider, openProvider, providerSecret, redactKey } from '../services/site-provider';
import { claimJob, completeJob, failJob, getJob, isOpen, markDelivered, MAX_RUN_ATTEMPTS, recordDeliveryAttempt, releaseJob, updateProgress } from '../services/jobs';
import { jobMessageSchema, type JobMessage } from './messages';

export type JobOutcome =
	| { action: 'ack'; note: string }
	/** Ack this message and send a job.deliver message to the deliveries queue now. */
	| { action: 'hand_off'; note: string }
	/** Ack this message and send a new job.deliver message to the deliveries queue after `delaySeconds`. */
	| { action: 'requeue'; delaySeconds: number; note: string };

/** How long the Worker keeps trying to push a result; after that WordPress pulls it (it stays until acked). */
export const DELIVERY_WINDOW_MS = 24 * 3600 * 1000;
/** Where media URLs point when PUBLIC_URL is not set (wrangler dev's default address). */
const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:8787';

/** The Worker's public origin for URLs in results (images): the PUBLIC_URL var, else the local default. */
export const publicOrigin = ( env: Env ): string => env.PUBLIC_URL || DEFAULT_PUBLIC_URL;

const ack = ( note: string ): JobOutcome => ( { action: 'ack', note } );

/** Backoff for delivery retries: base · 2^(attempt-1) seconds, capped at an hour, so a live chain tries at least hourly. */
export function deliveryRetryDelay( env: Env, attempt: number ): number {
	const base = Number.parseInt( env.DELIVERY_RETRY_BASE_SECONDS ?? '', 10 );
	return Math.min( 3600, ( Number.isFinite( base ) && base >= 0 ? base : 30 ) * 2 ** Math.max( 0, attempt - 1 ) );
}

/** The site's own provider for an own-key job, or why the job cannot run (it is then failed and refunded). */
async function ownProvider( env: Env, db: Database, job: Job ): Promise<{ baseURL: string; apiKey: string } | string> {
	const provider = await findProvider( { db }, job.siteId );
	if ( ! provider ) return 'This site switched back to IGNY8 credits before the job ran; start it again to run it on credits.';
	try {
		return await openProvider( provider, providerSecret( env.PROVIDER_KEYS_ENCRYPTION_KEY ) );
	} catch ( error ) {
		console.error( JSON.stringify( { event: 'provider_key_unreadable', job_id: job.id, site_id: job.siteId, error: error instanceof Error ? error.message : 'unknown' } ) );
		return 'The site’s provider key could not be read on the service; save the key again in Settings → AI provider.';
	}
}

/** Runs the job's AI function and finalises it (completed + settled, or failed + refunded). */
async function runJob( env: Env, db: Database, job: Job ): Promise<void> {
	const fn = getAiFunction( job.function );
	if ( ! fn ) {
		await failJob( { db }, job, `Unknown AI function "${ job.function }".` );
		return;
	}
	if ( job.attempts > MAX_RUN_ATTEMPTS ) {
		await failJob( { db }, job, `Gave up after ${ MAX_RUN_ATTEMPTS } attempts.` );
		return;
	}
	const input = fn.inputSchema.safeParse( job.input );
	if ( ! input.success ) {
		await failJob( { db }, job, `Invalid input: ${ input.error.issues.map( ( issue ) => issue.message ).join( '; ' ) }` );
		return;
	}
	// The model the site chose when it created the job (checked then); else the cloud's.
	let settings = aiSettings( env, fn, job.model );
	let ownKey: string | null = null;
	if ( job.billing === 'own_key' ) {
		const own = await ownProvider( env, db, job );
		if ( typeof own === 'string' ) {
			await failJob( { db }, job, own );
			return;
		}
		settings = { ...settings, ...own };
		ownKey = own.apiKey;
	}
	let run;
	try {
		run = await runAiFunction( settings, fn, input.data, ( progress, step ) => updateProgress( { db }, job.id, progress, step ), {
			jobId: job.id,
			siteId: job.siteId,
			media: env.MEDIA,
			publicOrigin: publicOrigin( env ),
		} );
	} catch ( error ) {
		if ( ! ( error instanceof AiError ) ) throw error;
		// A provider may quote the key back in its message; the job's error and the log get it masked.
		const reason = ownKey ? `Your provider (${ settings.baseURL }) failed: ${ redactKey( error.message, ownKey ) }` : error.message;
		console.error( JSON.stringify( { event: 'job_failed', job_id: job.id, function: job.function, billing: job.billing, error: reason } ) );
		await failJob( { db }, job, reason, { ...error.usage, model: settings.model } );
		return;
	}
	await updateProgress( { db }, job.id, 85, 'formatting' );
	const result = fn.toResult( run.output, input.data );
	const charged = chargedCredits( job.billing, () => fn.chargeCredits( run.usage, run.output ) );
	await completeJob( { db }, job, result, { ...run.usage, model: run.model }, charged );
}

/** Delivers a finished job if the site can receive; within the 24-hour window a failure schedules another try. */
async function deliver( env: Env, db: Database, job: Job, now = Date.now() ): Promise<JobOutcome> {
	const site = await db.query.sites.findFirst( { where: ( sites, { eq } ) => eq( sites.id, job.siteId ) } );
	if ( ! site?.deliveryUrl ) return ack( 'no delivery URL: the site pulls the result' );
	const outcome = await deliverJob( { db, encryptionKey: env.ENCRYPTION_KEY, environment: env.ENVIRONMENT }, site, job );
	if ( ! outcome.delivered && outcome.held ) return ack( `not pushed: ${ outcome.error }` );
	await recordDeliveryAttempt( { db }, job.id, outcome.delivered ? null : outcome.error );
	if ( outcome.delivered ) {
		await markDelivered( { db }, job.id );
		return ack( 'delivered' );
	}
	const attempt = job.deliveryAttempts + 1;
	const delaySeconds = deliveryRetryDelay( env, attempt );
	const finishedAt = job.completedAt?.getTime() ?? job.updatedAt.getTime();
	console.warn( JSON.stringify( { event: 'delivery_failed', job_id: job.id, attempt, error: outcome.error } ) );
	if ( now + delaySeconds * 1000 > finishedAt + DELIVERY_WINDOW_MS ) return ack( `delivery window closed after ${ attempt } attempts: the result stays pullable until acknowledged` );
	return { action: 'requeue', delaySeconds, note: `delivery failed: ${ outcome.error }` };
}

/** Handles one queue message; `now` is injectable so tests can move the delivery window. */
export async function processJob( env: Env, body: unknown, now = Date.now() ): Promise<JobOutcome> {
	const parsed = jobMessageSchema.safeParse( body );
	if ( ! parsed.success ) return ack( 'malformed message dropped' );
	const message: JobMessage = parsed.data;
	const db = createDb( env.DB );
	let job = await getJob( { db }, message.job_id );
	if ( ! job ) return ack( 'job not found' );

	if ( message.type === 'job.run' && isOpen( job ) ) {
		if ( ! ( await claimJob( { db }, job.id ) ) ) return ack( 'job is being processed elsewhere' );
		job = ( await getJob( { db }, job.id ) )!;
		try {
			await runJob( env, db, job );
		} catch ( error ) {
			// Not the model's fault (e.g. D1 unavailable): release the claim and let the queue retry.
			await releaseJob( { db }, job.id ).catch( () => undefined );
			throw error;
		}
		job = ( await getJob( { db }, job.id ) )!;
	}
	if ( isOpen( job ) ) return ack( 'job is not finished' );
	if ( job.deliveredAt ) return ack( 'already delivered' );
	// A job.run never waits on WordPress: its batch is the model-calling path.
	if ( message.type === 'job.run' ) return { action: 'hand_off', note: 'finished: delivery handed to the deliveries queue' };
	return deliver( env, db, job, now );
}

/**
 * Acts on an outcome: a hand-off or a requeue is a fresh job.deliver message on the deliveries
 * queue (a requeue delayed, so queue retry limits never cut the 24-hour window short). The send
 * comes before the ack: should it fail, the message is retried and hands off again.
 */
async function settleMessage( env: Env, message: Message<unknown>, outcome: JobOutcome ): Promise<void> {
	if ( outcome.action !== 'ack' ) {
		const parsed = jobMessageSchema.safeParse( message.body );
		const delay = outcome.action === 'requeue' ? { delaySeconds: outcome.delaySeconds } : undefined;
		if ( parsed.success ) await env.DELIVERIES.send( { type: 'job.deliver', job_id: parsed.data.job_id }, delay );
	}
	message.ack();
}

/**
 * The queue() handler of both queues: the batch's messages run concurrently (a run is mostly
 * waiting on the model, a delivery on WordPress), each acked, handed off, requeued or retried on
 * its own. A thrown error (D1 or a queue down, not the model) goes back to the queue with backoff.
 */
export async function handleJobBatch( batch: MessageBatch<unknown>, env: Env ): Promise<void> {
	await Promise.all(
		batch.messages.map( async ( message ) => {
			try {
				await settleMessage( env, message, await processJob( env, message.body ) );
			} catch ( error ) {
				console.error( JSON.stringify( { event: 'job_message_error', id: message.id, error: String( error ) } ) );
				message.retry( { delaySeconds: Math.min( 300, 5 * 2 ** message.attempts ) } );
			}
		} )
	);
}
