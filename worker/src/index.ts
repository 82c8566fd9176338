/** The Worker's entry points only: HTTP (Hono), the AI jobs queue, and the cron (sweep, allowances, lapsed grace periods). */
import { createApp } from './app';
import { createDb } from './db/client';
import type { Env } from './env';
import { handleJobBatch } from './queue/consumer';
import { sweepJobs } from './queue/sweep';
import { grantMonthlyAllowances } from './services/allowances';
import { sweepLapsedGrace } from './services/subscription-events';

const app = createApp();

export default {
	fetch: ( request, env, ctx ) => app.fetch( request, env, ctx ),
	queue: ( batch, env ) => handleJobBatch( batch, env ),
	scheduled: async ( _controller, env, ctx ) => {
		// Each task is idempotent and independent: one failing must not stop the other.
		ctx.waitUntil(
			Promise.allSettled( [
				sweepJobs( env ).then( ( report ) => console.log( JSON.stringify( { event: 'sweep', ...report } ) ) ),
				grantMonthlyAllowances( { db: createDb( env.DB ) } ).then( ( report ) => console.log( JSON.stringify( { event: 'allowances', ...report } ) ) ),
				sweepLapsedGrace( { db: createDb( env.DB ) } ).then( ( report ) => console.log( JSON.stringify( { event: 'grace_lapsed', ...report } ) ) ),
			] ).then( ( results ) => {
				for ( const result of results ) if ( result.status === 'rejected' ) console.error( JSON.stringify( { event: 'cron_task_failed', error: String( result.reason ) } ) );
			} )
		);
	},
} satisfies ExportedHandler<Env, unknown>;
