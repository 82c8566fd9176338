/** The Worker's entry points only: HTTP (Hono), the AI jobs queue, and the cron sweep. */
import { createApp } from './app';
import type { Env } from './env';
import { handleJobBatch } from './queue/consumer';
import { sweepJobs } from './queue/sweep';

const app = createApp();

export default {
	fetch: ( request, env, ctx ) => app.fetch( request, env, ctx ),
	queue: ( batch, env ) => handleJobBatch( batch, env ),
	scheduled: async ( _controller, env, ctx ) => {
		ctx.waitUntil(
			sweepJobs( env ).then( ( report ) => console.log( JSON.stringify( { event: 'sweep', ...report } ) ) )
		);
	},
} satisfies ExportedHandler<Env, unknown>;
