import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { connectSite, createJob, createSite, recordingQueue, registerTenant, runQueue, failNextDeliveries, unique } from '../../test/helpers';
import { sweepJobs } from './sweep';

describe( 'the cron sweep', () => {
	it( 'requeues stale jobs and retries undelivered results, leaving fresh ones alone', async () => {
		const site = await createSite( await registerTenant() );
		const { deliveryPath } = await connectSite( site.apiKey );
		const stale = ( await createJob( site.apiKey, { title: unique( 'stale' ) } ) ).body.data.job;
		const fresh = ( await createJob( site.apiKey, { title: unique( 'fresh' ) } ) ).body.data.job;
		const undelivered = ( await createJob( site.apiKey, { title: unique( 'undelivered' ) } ) ).body.data.job;
		await failNextDeliveries( deliveryPath, 1 );
		await runQueue( [ { type: 'job.run', job_id: undelivered.id } ] );

		// Six minutes on: past the 5-minute redelivery gap, short of the 10-minute stale mark for fresh jobs.
		await env.DB.prepare( 'UPDATE jobs SET updated_at = ? WHERE id = ?' ).bind( Date.now() - 11 * 60 * 1000, stale.id ).run();
		const { queue, sent } = recordingQueue();
		const report = await sweepJobs( { ...env, AI_JOBS: queue }, Date.now() + 6 * 60 * 1000 );
		expect( sent ).toContainEqual( { type: 'job.run', job_id: stale.id } );
		expect( sent ).toContainEqual( { type: 'job.deliver', job_id: undelivered.id } );
		expect( sent ).not.toContainEqual( { type: 'job.run', job_id: fresh.id } );
		expect( report.requeued ).toBeGreaterThanOrEqual( 1 );
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
