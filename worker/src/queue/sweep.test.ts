import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { balanceOf, connectSite, createJob, createSite, failNextDeliveries, ledgerOf, recordingQueue, registerTenant, runQueue, unique } from '../../test/helpers';
import { sweepJobs, sweepStaleJobs } from './sweep';

describe( 'the cron sweep', () => {
	it( 'requeues stale jobs and retries undelivered results, leaving fresh ones alone', async () => {
		const site = await createSite( await registerTenant() );
		const { deliveryPath } = await connectSite( site.apiKey );
		const stale = ( await createJob( site.apiKey, { title: unique( 'stale' ) } ) ).body.data.job;
		const fresh = ( await createJob( site.apiKey, { title: unique( 'fresh' ) } ) ).body.data.job;
		const undelivered = ( await createJob( site.apiKey, { title: unique( 'undelivered' ) } ) ).body.data.job;
		await failNextDeliveries( deliveryPath, 1 );
		await runQueue( [ { type: 'job.run', job_id: undelivered.id } ] );

		// The retry chain went quiet 70 minutes ago (a live one tries at least hourly); fresh jobs are not stale yet.
		await env.DB.prepare( 'UPDATE jobs SET updated_at = ? WHERE id = ?' ).bind( Date.now() - 11 * 60 * 1000, stale.id ).run();
		await env.DB.prepare( 'UPDATE jobs SET last_delivery_at = ? WHERE id = ?' ).bind( Date.now() - 70 * 60 * 1000, undelivered.id ).run();
		await env.DB.prepare( 'UPDATE jobs SET updated_at = ? WHERE id = ?' ).bind( Date.now(), fresh.id ).run();
		const { queue, sent } = recordingQueue();
		const deliveries = recordingQueue();
		const report = await sweepJobs( { ...env, AI_JOBS: queue, DELIVERIES: deliveries.queue }, Date.now() );
		expect( sent ).toContainEqual( { type: 'job.run', job_id: stale.id } );
		expect( sent ).not.toContainEqual( { type: 'job.run', job_id: fresh.id } );
		// Re-sent pushes go to the deliveries queue, never between the model calls.
		expect( deliveries.sent ).toContainEqual( { type: 'job.deliver', job_id: undelivered.id } );
		expect( sent ).not.toContainEqual( { type: 'job.deliver', job_id: undelivered.id } );
		expect( report.requeued ).toBeGreaterThanOrEqual( 1 );
	} );

	it( 'fails a job that keeps dying, refunding it with the reason in the ledger', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		const job = ( await createJob( site.apiKey, { title: unique( 'dies' ) } ) ).body.data.job;
		// Three claims used up, then the consumer vanished eleven minutes ago.
		await env.DB.prepare( "UPDATE jobs SET status = 'running', attempts = 3, updated_at = ? WHERE id = ?" ).bind( Date.now() - 11 * 60 * 1000, job.id ).run();
		const { queue, sent } = recordingQueue();
		const report = await sweepStaleJobs( { ...env, AI_JOBS: queue }, Date.now() );
		expect( report.failed ).toBeGreaterThanOrEqual( 1 );
		expect( sent ).not.toContainEqual( { type: 'job.run', job_id: job.id } );
		const row = await env.DB.prepare( 'SELECT status, error FROM jobs WHERE id = ?' ).bind( job.id ).first<{ status: string; error: string }>();
		expect( row ).toMatchObject( { status: 'failed' } );
		expect( row!.error ).toMatch( /stopped responding after 3 attempts/ );
		const refund = ( await ledgerOf( tenant.accountId ) ).find( ( entry ) => entry.kind === 'refund' && entry.job_id === job.id );
		expect( refund ).toMatchObject( { amount: job.credits_reserved } );
		expect( refund!.reason ).toMatch( /^Refund: Stopped: the job stopped responding/ );
		expect( await balanceOf( site.apiKey ) ).toBe( 2000 );
	} );
} );

describe( 'the scheduled() entry point', () => {
	it( 'runs the sweep against the real queue binding', async () => {
		const { createExecutionContext, createScheduledController, waitOnExecutionContext } = await import( 'cloudflare:test' );
		const worker = ( await import( '../index' ) ).default;
		const ctx = createExecutionContext();
		await worker.scheduled( createScheduledController( { cron: '*/5 * * * *' } ), env, ctx );
		await expect( waitOnExecutionContext( ctx ) ).resolves.toBeUndefined();
	} );
} );
