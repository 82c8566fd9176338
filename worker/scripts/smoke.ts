/**
 * Smoke test of a running Worker (`wrangler dev`) end to end, through the public API only:
 * register → create site → test-connection (delivery_url = a local receiver this script
 * starts) → balance → generate_content job → poll until done → the signed delivery
 * arrives and its HMAC checks out.
 *
 * Assumes the Worker and the model (by default the fake model, a test double) are running:
 *   node scripts/fake-openai/server.ts --port 8790 &
 *   npm run db:migrate:local -w worker && npm run dev -w worker &
 *   node worker/scripts/smoke.ts
 * Env: WORKER_URL (default http://127.0.0.1:$IGNY8_WORKER_PORT or :8787),
 *      RECEIVER_PORT (default: a free port), SMOKE_TIMEOUT_MS (default 120000).
 * Exits 0 on success, 1 with the failing step otherwise.
 */
import { randomUUID } from 'node:crypto';
import { deliverySignatureMatches, startReceiver, type RecordedRequest } from '../../scripts/fake-openai/receiver.ts';

const workerUrl = ( process.env.WORKER_URL ?? `http://127.0.0.1:${ process.env.IGNY8_WORKER_PORT ?? '8787' }` ).replace( /\/+$/, '' );
const timeoutMs = Number( process.env.SMOKE_TIMEOUT_MS ?? 120_000 );

interface Envelope<T> {
	success: boolean;
	data: T;
	error?: string;
	errors?: unknown;
	request_id: string;
}

async function api<T>( method: string, path: string, body?: unknown, headers: Record<string, string> = {} ): Promise<{ status: number; data: T }> {
	const response = await fetch( `${ workerUrl }${ path }`, {
		method,
		headers: { 'Content-Type': 'application/json', ...headers },
		body: body === undefined ? undefined : JSON.stringify( body ),
	} );
	const envelope = ( await response.json() ) as Envelope<T>;
	if ( ! response.headers.get( 'x-request-id' ) ) throw new Error( `${ method } ${ path }: no X-Request-ID header` );
	if ( ! envelope.success ) throw new Error( `${ method } ${ path } → ${ response.status }: ${ envelope.error } ${ JSON.stringify( envelope.errors ?? {} ) }` );
	return { status: response.status, data: envelope.data };
}

interface JobView {
	status: string;
	progress: number;
	step: string;
	error: string | null;
	credits_charged: number;
	result: { content_blocks?: string; word_count?: number } | null;
}

const sleep = ( ms: number ) => new Promise( ( resolve ) => setTimeout( resolve, ms ) );

function step( message: string ): void {
	console.log( `smoke: ${ message }` );
}

/** Checks X-IGNY8-Signature the way the WordPress plugin does. */
function verifySignature( request: RecordedRequest, secret: string ): void {
	const match = /^t=(\d+)(,v1=[0-9a-f]{64})+$/.exec( request.headers[ 'x-igny8-signature' ] ?? '' );
	if ( ! match ) throw new Error( `malformed signature header: ${ request.headers[ 'x-igny8-signature' ] }` );
	if ( Math.abs( Date.now() / 1000 - Number( match[ 1 ] ) ) > 300 ) throw new Error( 'signature timestamp is more than 300 s off' );
	if ( ! deliverySignatureMatches( request, secret ) ) throw new Error( 'signature does not match the webhook secret' );
}

async function main(): Promise<void> {
	const receiver = await startReceiver( { port: Number( process.env.RECEIVER_PORT ?? 0 ) } );
	try {
		step( `worker ${ workerUrl }, delivery receiver (test double) ${ receiver.url }` );
		await api( 'GET', '/api/v1/' );

		const email = `smoke-${ randomUUID().slice( 0, 8 ) }@igny8.test`;
		const registered = await api<{ access: string; account: { id: string } }>( 'POST', '/api/v1/auth/register/', { email, password: 'smoke-password-1', account_name: 'Smoke Test Agency' } );
		step( `registered ${ email } (account ${ registered.data.account.id })` );

		const auth = { Authorization: `Bearer ${ registered.data.access }` };
		const created = await api<{ site: { id: string }; api_key: string }>( 'POST', '/api/v1/auth/sites/', { name: 'Smoke blog', url: 'https://smoke.example' }, auth );
		const key = { 'X-IGNY8-API-Key': created.data.api_key };
		step( `created site ${ created.data.site.id }` );

		const deliveryPath = `/wp-json/igny8/v1/deliveries/${ randomUUID() }`;
		const connected = await api<{ delivery: { webhook_secret: string; mode: string }; balance: { credits: number } }>(
			'POST',
			'/api/v1/integration/integrations/test-connection/',
			{ site_url: 'https://smoke.example', delivery_url: `${ receiver.url }${ deliveryPath }`, wp_version: '6.8', plugin_version: 'smoke' },
			key
		);
		step( `test-connection ok: delivery ${ connected.data.delivery.mode }, balance ${ connected.data.balance.credits }` );

		const title = `Smoke test article ${ new Date().toISOString() }`;
		const idempotency = { ...key, 'Idempotency-Key': randomUUID() };
		const job = await api<{ job: { id: string; credits_reserved: number } }>( 'POST', '/api/v1/ai/jobs/', { function: 'generate_content', input: { title, brief: 'A smoke test.', keywords: [ 'smoke', 'test' ] }, reference: { task_id: 1 } }, idempotency );
		const again = await api<{ job: { id: string } }>( 'POST', '/api/v1/ai/jobs/', { function: 'generate_content', input: { title }, reference: { task_id: 1 } }, idempotency );
		if ( again.data.job.id !== job.data.job.id ) throw new Error( 'Idempotency-Key returned a different job' );
		step( `job ${ job.data.job.id } queued (${ job.status }), ${ job.data.job.credits_reserved } credits reserved` );

		const deadline = Date.now() + timeoutMs;
		let final: JobView | null = null;
		while ( Date.now() < deadline ) {
			const polled = await api<JobView>( 'GET', `/api/v1/ai/jobs/${ job.data.job.id }/`, undefined, key );
			if ( polled.data.status === 'completed' || polled.data.status === 'failed' ) {
				final = polled.data;
				break;
			}
			step( `  … ${ polled.data.status } ${ polled.data.progress }% ${ polled.data.step }` );
			await sleep( 1000 );
		}
		if ( ! final ) throw new Error( `job not finished after ${ timeoutMs } ms (is the queue consumer running?)` );
		if ( final.status !== 'completed' ) throw new Error( `job failed: ${ final.error }` );
		if ( ! final.result?.content_blocks?.includes( '<!-- wp:paragraph -->' ) ) throw new Error( 'result has no block markup' );
		step( `job completed: ${ final.result.word_count } words, ${ final.credits_charged } credits charged` );

		let delivery: RecordedRequest | undefined;
		while ( ! delivery && Date.now() < deadline ) {
			delivery = receiver.requests.find( ( request ) => request.path === deliveryPath );
			if ( ! delivery ) await sleep( 250 );
		}
		if ( ! delivery ) throw new Error( 'no delivery arrived at the receiver' );
		verifySignature( delivery, connected.data.delivery.webhook_secret );
		const delivered = JSON.parse( delivery.body ) as { job_id: string; status: string };
		if ( delivered.job_id !== job.data.job.id || delivered.status !== 'completed' ) throw new Error( `unexpected delivery body: ${ delivery.body.slice( 0, 200 ) }` );
		step( 'signed delivery received and verified' );
		let deliveredAt: string | null = null;
		while ( ! deliveredAt && Date.now() < deadline ) {
			deliveredAt = ( await api<{ delivered_at: string | null }>( 'GET', `/api/v1/ai/jobs/${ job.data.job.id }/`, undefined, key ) ).data.delivered_at;
			if ( ! deliveredAt ) await sleep( 250 );
		}
		if ( ! deliveredAt ) throw new Error( 'the Worker never recorded delivered_at after a 2xx delivery' );

		const balance = await api<{ credits: number }>( 'GET', '/api/v1/billing/balance/', undefined, key );
		const expected = connected.data.balance.credits - final.credits_charged;
		if ( balance.data.credits !== expected ) throw new Error( `balance is ${ balance.data.credits }, expected ${ expected }` );
		step( `balance ${ balance.data.credits } (settled) — OK` );
	} finally {
		await receiver.close();
	}
}

main().then(
	() => process.exit( 0 ),
	( error: unknown ) => {
		console.error( `smoke: FAILED — ${ error instanceof Error ? error.message : String( error ) }` );
		process.exit( 1 );
	}
);
