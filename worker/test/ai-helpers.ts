/**
 * Helpers for the AI engine's tests: create a job of any function through the API
 * (recording the queue message), run it through the consumer to the end, and read
 * an account's money figures.
 */
import { env } from 'cloudflare:test';
import { expect } from 'vitest';
import { processJob } from '../src/queue/consumer';
import { call, getJob, ledgerOf, recordingQueue, type ApiJob } from './helpers';

/** POST /api/v1/ai/jobs/ for `fn`; fails the test unless the job was accepted. */
export async function createAiJob( apiKey: string, fn: string, input: Record<string, unknown>, reference?: Record<string, unknown> ): Promise<ApiJob> {
	const { queue } = recordingQueue();
	const response = await call<{ job: ApiJob }>( 'POST', '/api/v1/ai/jobs/', {
		body: { function: fn, input, ...( reference ? { reference } : {} ) },
		headers: { 'X-IGNY8-API-Key': apiKey },
		env: { AI_JOBS: queue },
	} );
	expect( response.status, JSON.stringify( response.body ) ).toBe( 202 );
	return response.body.data.job;
}

/**
 * Drives a job like the queue would: run messages until the job is final, treating a
 * thrown error as a queue retry (at most `maxMessages`), then returns the job as the API shows it.
 */
export async function runToEnd( apiKey: string, jobId: string, maxMessages = 6 ): Promise<ApiJob> {
	for ( let attempt = 1; attempt <= maxMessages; attempt++ ) {
		try {
			await processJob( env, { type: 'job.run', job_id: jobId } );
		} catch {
			// An infrastructure error: the queue would redeliver the message.
		}
		const job = ( await getJob( apiKey, jobId ) ).body.data;
		if ( job.status !== 'queued' && job.status !== 'running' ) return job;
	}
	return ( await getJob( apiKey, jobId ) ).body.data;
}

/** Sum of ledger amounts by kind for one account. */
export async function ledgerTotals( accountId: string ): Promise<Record<string, number>> {
	const totals: Record<string, number> = {};
	for ( const row of await ledgerOf( accountId ) ) totals[ row.kind ] = ( totals[ row.kind ] ?? 0 ) + row.amount;
	return totals;
}
