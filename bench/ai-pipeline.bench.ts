/**
 * 100 articles through the real pipeline: Worker (wrangler dev) → queue → fake model
 * (a test double, set to a fixed 1.5 s per call) → signed delivery to a receiver (a test
 * double for WordPress). Measured against the model-bound limit the queue configuration allows:
 *
 *   limit = ceil(articles / (max_batch_size × max_concurrency)) × calls per article × latency
 *
 * max_batch_size comes from wrangler.toml's [[queues.consumers]]; the consumer runs a batch's
 * messages concurrently. max_concurrency is read from the same section; when it is unset,
 * local dev (miniflare) hands the consumer one batch at a time, so it counts as 1.
 * Reported: the wall time from the first job created to the last signed delivery received,
 * and its ratio to that limit (target ≤ 1.3).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../scripts/lib/config.ts';
import { deliverySignatureMatches, startReceiver } from '../scripts/fake-openai/receiver.ts';
import type { Benchmark } from './harness.ts';

const ARTICLES = 100;
const LATENCY_MS = 1_500;
const CALLS_PER_ARTICLE = 1;
const CREATE_PARALLELISM = 10;

/** A number from the [[queues.consumers]] section of wrangler.toml, if set. */
function consumerSetting( name: string ): number | undefined {
	const toml = readFileSync( resolve( ROOT, 'wrangler.toml' ), 'utf8' );
	const section = toml.split( '[[queues.consumers]]' )[ 1 ]?.split( /\n\[/ )[ 0 ] ?? '';
	const match = new RegExp( `^\\s*${ name }\\s*=\\s*(\\d+)`, 'm' ).exec( section );
	return match ? Number( match[ 1 ] ) : undefined;
}

async function json<T>( response: Response ): Promise<T> {
	const body = ( await response.json() ) as { success?: boolean; data?: T; error?: string };
	if ( ! response.ok ) throw new Error( `${ response.url } → ${ response.status }: ${ body.error ?? JSON.stringify( body ) }` );
	return ( body.data ?? body ) as T;
}

const benchmark: Benchmark = {
	name: 'AI pipeline: 100 articles, 1.5 s model calls, signed delivery',
	async run( context ) {
		const worker = await context.worker();
		const tenant = await context.tenant();
		const fakeControl = `http://127.0.0.1:${ context.config.fakeModelPort }/__control`;
		const receiver = await startReceiver();
		try {
			const path = `/hooks/bench-${ Date.now() }`;
			const connection = await json<{ delivery: { webhook_secret: string } }>(
				await fetch( `${ worker }/api/v1/integration/integrations/test-connection/`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', 'X-IGNY8-API-Key': tenant.apiKey },
					body: JSON.stringify( { delivery_url: `${ receiver.url }${ path }`, wp_version: '6.8', plugin_version: 'bench' } ),
				} )
			);
			if ( context.config.useFakeModel ) {
				await json( await fetch( fakeControl, { method: 'POST', body: JSON.stringify( { latency_ms: LATENCY_MS, fault_rate: 0, reset: true } ) } ) );
			}

			const start = Date.now();
			let next = 0;
			const createOne = async () => {
				for ( let index = next++; index < ARTICLES; index = next++ ) {
					await json(
						await fetch( `${ worker }/api/v1/ai/jobs/`, {
							method: 'POST',
							headers: { 'content-type': 'application/json', 'X-IGNY8-API-Key': tenant.apiKey, 'Idempotency-Key': `bench-${ start }-${ index }` },
							body: JSON.stringify( { function: 'generate_content', input: { title: `Bench article ${ index }: brewing coffee`, keywords: [ 'coffee', 'grinder' ] }, reference: { task_id: index + 1 } } ),
						} )
					);
				}
			};
			await Promise.all( Array.from( { length: CREATE_PARALLELISM }, createOne ) );
			const created = Date.now();

			const deadline = start + 10 * 60_000;
			const delivered = () => receiver.requests.filter( ( request ) => request.path === path );
			while ( delivered().length < ARTICLES && Date.now() < deadline ) await new Promise( ( done ) => setTimeout( done, 100 ) );
			const requests = delivered();
			if ( requests.length < ARTICLES ) throw new Error( `only ${ requests.length } of ${ ARTICLES } articles were delivered within 10 minutes` );
			const end = Math.max( ...requests.map( ( request ) => request.received_at ) );

			// Every delivery must be a completed article with a valid signature.
			for ( const request of requests ) {
				if ( ! deliverySignatureMatches( request, connection.delivery.webhook_secret ) ) throw new Error( 'a delivery carried a bad signature' );
				if ( ( JSON.parse( request.body ) as { status: string } ).status !== 'completed' ) throw new Error( `a job did not complete: ${ request.body.slice( 0, 300 ) }` );
			}

			const batchSize = consumerSetting( 'max_batch_size' ) ?? 10;
			const concurrency = consumerSetting( 'max_concurrency' ) ?? 1;
			const limitMs = Math.ceil( ARTICLES / ( batchSize * concurrency ) ) * CALLS_PER_ARTICLE * LATENCY_MS;
			const elapsed = end - start;
			return [
				{ name: 'wall time, first create → last delivery', value: elapsed / 1000, unit: 's', detail: `${ ARTICLES } articles; creating took ${ ( ( created - start ) / 1000 ).toFixed( 1 ) } s` },
				{ name: 'model-bound limit', value: limitMs / 1000, unit: 's', detail: `ceil(${ ARTICLES } / (batch ${ batchSize } × concurrency ${ concurrency })) × ${ CALLS_PER_ARTICLE } call × ${ LATENCY_MS / 1000 } s` },
				{ name: 'pipeline / model-bound limit', value: elapsed / limitMs, unit: '×', detail: 'wall time / limit', target: 1.3 },
			];
		} finally {
			await receiver.close();
			// Leave the shared fake model as other benchmarks expect it: no added latency.
			if ( context.config.useFakeModel ) await fetch( fakeControl, { method: 'POST', body: JSON.stringify( { latency_ms: 0 } ) } ).catch( () => undefined );
		}
	},
};

export default benchmark;
