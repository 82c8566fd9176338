/**
 * Test helpers: call the app like a client would, create tenants through the
 * API, drive the queue consumer with createMessageBatch, and talk to the test
 * doubles (fake model, delivery receiver) started by global-setup.ts.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test';
import { expect } from 'vitest';
import { createApp } from '../src/app';
import worker from '../src/index';
import type { JobMessage } from '../src/queue/messages';
import type { SerializedJob } from '../src/contracts/jobs';

export const app = createApp();

export interface Envelope<T = Record<string, unknown>> {
	success: boolean;
	data: T;
	message?: string;
	error?: string;
	errors?: Record<string, string[]>;
	request_id: string;
}

/** A queue binding that records what was sent instead of enqueuing it. */
export function recordingQueue() {
	const sent: JobMessage[] = [];
	const queue = {
		send: async ( body: JobMessage ) => {
			sent.push( body );
		},
		sendBatch: async ( messages: Iterable<MessageSendRequest<JobMessage>> ) => {
			for ( const message of messages ) sent.push( message.body );
		},
	} as unknown as Queue<JobMessage>;
	return { queue, sent };
}

export async function call<T = Record<string, unknown>>(
	method: string,
	path: string,
	options: { body?: unknown; headers?: Record<string, string>; env?: Partial<Cloudflare.Env> } = {}
): Promise<{ status: number; headers: Headers; body: Envelope<T> }> {
	const init: RequestInit = { method, headers: { 'Content-Type': 'application/json', ...options.headers } };
	if ( options.body !== undefined ) init.body = typeof options.body === 'string' ? options.body : JSON.stringify( options.body );
	const response = await app.request( path, init, { ...env, ...options.env } );
	return { status: response.status, headers: response.headers, body: ( await response.json() ) as Envelope<T> };
}

let counter = 0;
export const unique = ( label: string ) => `${ label }-${ Date.now().toString( 36 ) }-${ ( ++counter ).toString( 36 ) }-${ crypto.randomUUID().slice( 0, 8 ) }`;

export interface Tenant {
	access: string;
	refresh: string;
	accountId: string;
	email: string;
}

/** The token Cloudflare's Turnstile test sitekeys hand the browser; the Turnstile test double accepts it for the always-passes secret. */
export const TURNSTILE_DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

/** The messages the local mailbox (a development stand-in) received for `to`, oldest first. */
export async function mailTo( to: string ): Promise<Mail[]> {
	return ( await ( await fetch( new URL( `/__messages?to=${ encodeURIComponent( to ) }`, env.MAIL_HTTP_URL ) ) ).json() ) as Mail[];
}

/** The token of the newest emailed link to `to` whose path starts with `pathPrefix`. */
export async function linkTokenFor( to: string, pathPrefix: string ): Promise<string> {
	const links = ( await mailTo( to ) ).flatMap( ( mail ) => mail.text.match( /https?:\/\/\S+/g ) ?? [] ).map( ( link ) => new URL( link ).pathname ).filter( ( path ) => path.startsWith( pathPrefix ) );
	const token = links.at( -1 )?.split( '/' ).pop();
	expect( token, `an emailed ${ pathPrefix } link to ${ to }` ).toBeTruthy();
	return token!;
}

/** Registers an owner through the API (Turnstile test token) and confirms the email from the mailbox, as the owner would. */
export async function registerTenant( name = 'Test Agency' ): Promise<Tenant> {
	const email = `${ unique( 'owner' ) }@igny8.test`;
	const response = await call<{ access: string; refresh: string; account: { id: string } }>( 'POST', '/api/v1/auth/register/', {
		body: { email, password: 'correct horse battery', account_name: name, turnstile_token: TURNSTILE_DUMMY_TOKEN },
	} );
	expect( response.status ).toBe( 201 );
	const verified = await call( 'POST', '/api/v1/auth/verify-email/', { body: { token: await linkTokenFor( email, '/portal/verify-email/' ) } } );
	expect( verified.status ).toBe( 200 );
	return { access: response.body.data.access, refresh: response.body.data.refresh, accountId: response.body.data.account.id, email };
}

export async function createSite( tenant: Tenant, name = 'Blog' ): Promise<{ id: string; apiKey: string }> {
	const response = await call<{ site: { id: string }; api_key: string }>( 'POST', '/api/v1/auth/sites/', {
		body: { name, url: `https://${ unique( 'site' ) }.example` },
		headers: { Authorization: `Bearer ${ tenant.access }` },
	} );
	expect( response.status ).toBe( 201 );
	return { id: response.body.data.site.id, apiKey: response.body.data.api_key };
}

/** Connects a site like the plugin does; returns the webhook secret and the receiver path. */
export async function connectSite( apiKey: string, deliveryPath = `/hooks/${ unique( 'd' ) }` ): Promise<{ secret: string; deliveryPath: string }> {
	const response = await call<{ delivery: { webhook_secret: string } }>( 'POST', '/api/v1/integration/integrations/test-connection/', {
		body: { delivery_url: `${ env.RECEIVER_URL }${ deliveryPath }`, wp_version: '6.8.1', plugin_version: '0.1.0' },
		headers: { 'X-IGNY8-API-Key': apiKey },
	} );
	expect( response.status ).toBe( 200 );
	return { secret: response.body.data.delivery.webhook_secret, deliveryPath };
}

/** A job as the API answers it: the wire contract, with the result read as an object. */
export type ApiJob = Omit<SerializedJob, 'result'> & { result: Record<string, unknown> | null };

export async function createJob( apiKey: string, input: Record<string, unknown>, headers: Record<string, string> = {}, reference?: Record<string, unknown> ) {
	const { queue, sent } = recordingQueue();
	const response = await call<{ job: ApiJob }>( 'POST', '/api/v1/ai/jobs/', {
		body: { function: 'generate_content', input, ...( reference ? { reference } : {} ) },
		headers: { 'X-IGNY8-API-Key': apiKey, ...headers },
		env: { AI_JOBS: queue },
	} );
	return { ...response, sent };
}

export async function getJob( apiKey: string, id: string ) {
	return call<ApiJob>( 'GET', `/api/v1/ai/jobs/${ id }/`, { headers: { 'X-IGNY8-API-Key': apiKey } } );
}

export async function balanceOf( apiKey: string ): Promise<number> {
	const response = await call<{ credits: number }>( 'GET', '/api/v1/billing/balance/', { headers: { 'X-IGNY8-API-Key': apiKey } } );
	return response.body.data.credits;
}

/** Runs the Worker's queue() handler on one batch; what it sends to the deliveries queue is recorded, not enqueued. */
async function runBatch( messages: JobMessage[], attempts: number ) {
	const batch = createMessageBatch<JobMessage>(
		messages[ 0 ]?.type === 'job.deliver' ? 'igny8-deliveries' : 'igny8-ai-jobs',
		messages.map( ( body, index ) => ( { id: `msg-${ unique( String( index ) ) }`, timestamp: new Date(), attempts, body } ) )
	);
	const sent: Array<{ body: JobMessage; delaySeconds?: number }> = [];
	const deliveries = {
		send: async ( body: JobMessage, options?: QueueSendOptions ) => {
			sent.push( { body, ...( options?.delaySeconds ? { delaySeconds: options.delaySeconds } : {} ) } );
		},
	} as unknown as Queue<JobMessage>;
	const ctx = createExecutionContext();
	await worker.queue( batch as MessageBatch<unknown>, { ...env, DELIVERIES: deliveries } );
	return {
		...( await getQueueResult( batch, ctx ) ),
		/** job.deliver messages sent to the deliveries queue for now (a finished run's hand-off). */
		handedOff: sent.filter( ( message ) => message.delaySeconds === undefined ).map( ( message ) => message.body ),
		/** job.deliver messages sent for later (a failed push's retry), with their delay. */
		requeued: sent.filter( ( message ) => message.delaySeconds !== undefined ),
	};
}

/**
 * Runs the Worker's queue() handler on a batch, like the Queues runtime would, then the batch it
 * handed to the deliveries queue (finished runs' job.deliver messages), as that queue's consumer
 * would: `deliveries` is that second batch's result. Delayed retries are left to the test.
 */
export async function runQueue( messages: JobMessage[], attempts = 1 ) {
	const result = await runBatch( messages, attempts );
	const deliveries = result.handedOff.length > 0 ? await runBatch( result.handedOff, 1 ) : null;
	return { ...result, deliveries };
}

/** Tells the fake model (a test double) to fail matching requests. */
export async function scriptFaults( faults: Array<'429' | '500' | 'timeout' | 'malformed'>, match: string ): Promise<void> {
	const response = await fetch( `${ env.FAKE_MODEL_ORIGIN }/__control`, { method: 'POST', body: JSON.stringify( { script: faults.map( ( fault ) => ( { fault, match } ) ) } ) } );
	expect( response.status ).toBe( 200 );
}

export interface Delivery {
	headers: Record<string, string>;
	body: string;
}

export async function deliveriesTo( path: string ): Promise<Delivery[]> {
	return ( await ( await fetch( `${ env.RECEIVER_URL }/__requests?path=${ encodeURIComponent( path ) }` ) ).json() ) as Delivery[];
}

export async function failNextDeliveries( path: string, count: number, status = 503, location?: string ): Promise<void> {
	await fetch( `${ env.RECEIVER_URL }/__control`, { method: 'POST', body: JSON.stringify( { fail_next: count, status, match: path, location } ) } );
}

/** Ledger rows of an account, oldest first. */
export async function ledgerOf( accountId: string ) {
	const { results } = await env.DB.prepare( 'SELECT kind, amount, balance_after, job_id, reason, idempotency_key FROM credit_ledger WHERE account_id = ? ORDER BY created_at, rowid' )
		.bind( accountId )
		.all<{ kind: string; amount: number; balance_after: number; job_id: string | null; reason: string; idempotency_key: string }>();
	return results;
}

export const asUser = ( tenant: Pick<Tenant, 'access'> ) => ( { Authorization: `Bearer ${ tenant.access }` } );
export const asSite = ( apiKey: string ) => ( { 'X-IGNY8-API-Key': apiKey } );

/** Adds an admin or viewer to the tenant's account (as its owner) and signs them in. */
export async function addUser( owner: Tenant, role: 'admin' | 'viewer' ): Promise<Tenant> {
	const email = `${ unique( role ) }@igny8.test`;
	const created = await call( 'POST', '/api/v1/auth/users/', { headers: asUser( owner ), body: { email, password: 'correct horse battery', role } } );
	expect( created.status ).toBe( 201 );
	const login = await call<{ access: string; refresh: string }>( 'POST', '/api/v1/auth/login/', { body: { email, password: 'correct horse battery' } } );
	expect( login.status ).toBe( 200 );
	return { access: login.body.data.access, refresh: login.body.data.refresh, accountId: owner.accountId, email };
}

/** Row counts of every table, to prove a refused request wrote nothing. */
export async function rowCounts(): Promise<Record<string, number>> {
	const tables = [ 'accounts', 'users', 'refresh_tokens', 'sites', 'jobs', 'credit_ledger', 'site_posts', 'plans' ];
	const results = await env.DB.batch( tables.map( ( table ) => env.DB.prepare( `SELECT COUNT(*) AS n FROM ${ table }` ) ) );
	return Object.fromEntries( tables.map( ( table, index ) => [ table, ( results[ index ]?.results[ 0 ] as { n: number } ).n ] ) );
}

/** The account row's money columns. */
export async function accountMoney( accountId: string ) {
	return env.DB.prepare( 'SELECT credits, allowance_credits, topup_credits, allowance_period FROM accounts WHERE id = ?' )
		.bind( accountId )
		.first<{ credits: number; allowance_credits: number; topup_credits: number; allowance_period: string | null }>();
}

/** Asserts the ledger invariants: sums equal the balance and each bucket. */
export async function expectLedgerConsistent( accountId: string ): Promise<void> {
	const sums = await env.DB.prepare(
		'SELECT COALESCE(SUM(amount), 0) AS total, COALESCE(SUM(allowance_amount), 0) AS allowance, COALESCE(SUM(topup_amount), 0) AS topup, SUM(amount <> allowance_amount + topup_amount) AS broken FROM credit_ledger WHERE account_id = ?'
	)
		.bind( accountId )
		.first<{ total: number; allowance: number; topup: number; broken: number }>();
	const money = await accountMoney( accountId );
	expect( sums ).toMatchObject( { total: money?.credits, allowance: money?.allowance_credits, topup: money?.topup_credits, broken: 0 } );
	expect( money!.credits ).toBe( money!.allowance_credits + money!.topup_credits );
	expect( money!.credits ).toBeGreaterThanOrEqual( 0 );
}
