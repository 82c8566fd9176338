/**
 * ============================================================================
 *  TEST DOUBLE — fake OpenAI-compatible model server. NOT A REAL MODEL.
 * ============================================================================
 * Stands in for the paid model API in IGNY8's tests, benchmarks and offline
 * demo. The Worker's real code path (the `openai` SDK over HTTP) runs against
 * it unchanged. Answers are deterministic and schema-valid; latency and faults
 * (429, 500, timeout, malformed JSON) can be injected, seeded, and changed at
 * run time through POST /__control. Every response carries the header
 * `X-Test-Double: fake-openai`.
 *
 *   node scripts/fake-openai/server.ts --port 8790 [--latency 50] [--fault-rate 0.1 --faults 429,500 --seed 7]
 *
 * Fixture mode: a request whose messages carry `[[igny8-fixture:<id>]]` gets the recorded
 * reply of `worker/test-node/corpus/replies/<id>.json` (see fixtures.ts).
 *
 * Endpoints: POST /v1/chat/completions (JSON mode, stream:true SSE),
 * POST /v1/images/generations (b64_json PNG; 400 like the real API for a size the model does not
 * accept, see image-sizes.ts), GET /v1/models,
 * POST /__control {latency_ms, fault_rate, faults, seed, script, fault_rules, reset}, GET /__stats.
 *
 * Required key (`--require-key <key>` or FAKE_MODEL_REQUIRE_KEY): every /v1 request without
 * `Authorization: Bearer <key>` gets OpenAI's 401 `invalid_api_key` envelope, so a second instance can
 * stand in for a customer's own provider; /__stats counts the bearer keys each request carried.
 */
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerOf, completionBody, functionOf, malformed, replyFor, streamEvents, usageFor, type Answer, type ChatRequest } from './completions.ts';
import { DEFAULT_FIXTURES_DIR, fixtureAnswer, fixtureIdOf } from './fixtures.ts';
import { DEFAULT_IMAGE_MODEL, drawnSize, invalidSizeError, sizesFor } from './image-sizes.ts';
import { promptPng } from './png.ts';
import { FakeModelState, parseFaults, type FaultKind } from './state.ts';

export const TEST_DOUBLE_HEADER = 'X-Test-Double';
const TEST_DOUBLE_VALUE = 'fake-openai (IGNY8 test double, not a real model)';
const MODELS = [ 'gpt-4o-mini', 'gpt-4.1-mini', 'gpt-image-1', 'igny8-fake-model' ];

export interface FakeModelOptions {
	port?: number;
	host?: string;
	latencyMs?: number;
	faultRate?: number;
	faults?: FaultKind[] | string;
	seed?: number;
	timeoutHoldMs?: number;
	/** The reply corpus for fixture mode (default: the repository's). */
	fixturesDir?: string;
	/** Answer every /v1 request without this bearer key with OpenAI's 401 (a customer's own provider). */
	requireKey?: string;
	/** Silence the startup line (tests). */
	quiet?: boolean;
}

export interface FakeModelHandle {
	/** Base URL for an OpenAI client, e.g. http://127.0.0.1:8790/v1 */
	url: string;
	/** The server root, for /__control and /__stats. */
	origin: string;
	port: number;
	state: FakeModelState;
	close(): Promise<void>;
}

function sendJson( res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {} ): void {
	if ( res.headersSent || res.destroyed ) return;
	res.writeHead( status, { 'Content-Type': 'application/json', ...headers } );
	res.end( JSON.stringify( body ) );
}

function apiError( res: ServerResponse, status: number, message: string, type: string, code: string | null = null ): void {
	sendJson( res, status, { error: { message, type, param: null, code } } );
}

async function readBody( req: IncomingMessage ): Promise<string> {
	const parts: Buffer[] = [];
	for await ( const part of req ) parts.push( part as Buffer );
	return Buffer.concat( parts ).toString( 'utf8' );
}

const sleep = ( ms: number ): Promise<void> => new Promise( ( resolve ) => setTimeout( resolve, ms ) );

/** Applies latency and the chosen fault; returns the fault still to apply to a 200 answer. */
async function applyLatencyAndFault( req: IncomingMessage, res: ServerResponse, state: FakeModelState, raw: string ): Promise<'done' | 'malformed' | null> {
	const headerLatency = Number( req.headers[ 'x-fake-latency-ms' ] );
	const latency = Number.isFinite( headerLatency ) && headerLatency >= 0 ? headerLatency : state.settings.latencyMs;
	let fault: FaultKind | null;
	let holdMs: number;
	try {
		( { fault, holdMs } = state.pick( raw, req.headers[ 'x-fake-fault' ] as string | undefined ) );
	} catch ( error ) {
		apiError( res, 400, ( error as Error ).message, 'invalid_request_error' );
		return 'done';
	}
	state.count( fault );
	if ( latency > 0 ) await sleep( latency );
	switch ( fault ) {
		case '429':
			sendJson( res, 429, { error: { message: 'Rate limit reached (injected by the fake model test double).', type: 'requests', param: null, code: 'rate_limit_exceeded' } }, { 'retry-after-ms': '50' } );
			return 'done';
		case 'quota':
			sendJson( res, 429, { error: { message: 'You exceeded your current quota, please check your plan and billing details. (injected by the fake model test double)', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } } );
			return 'done';
		case '500':
			apiError( res, 500, 'The server had an error while processing your request (injected by the fake model test double).', 'server_error' );
			return 'done';
		case 'timeout': {
			// Hold the request open so the client's own timeout fires, then drop it.
			await new Promise<void>( ( resolve ) => {
				const timer = setTimeout( resolve, holdMs );
				res.once( 'close', () => {
					clearTimeout( timer );
					resolve();
				} );
			} );
			res.destroy();
			return 'done';
		}
		case 'malformed':
			return 'malformed';
		default:
			return null;
	}
}

let completionCounter = 0;

async function chatCompletions( req: IncomingMessage, res: ServerResponse, state: FakeModelState, fixturesDir: string ): Promise<void> {
	const raw = await readBody( req );
	let request: ChatRequest;
	try {
		request = JSON.parse( raw ) as ChatRequest;
	} catch {
		return apiError( res, 400, 'We could not parse the JSON body of your request.', 'invalid_request_error' );
	}
	if ( ! Array.isArray( request.messages ) || request.messages.length === 0 ) {
		return apiError( res, 400, "Missing required parameter: 'messages'.", 'invalid_request_error', 'missing_required_parameter' );
	}
	state.stats.requests.chat_completions += 1;
	const fn = functionOf( request ) ?? 'none';
	state.stats.by_function[ fn ] = ( state.stats.by_function[ fn ] ?? 0 ) + 1;
	const asked = `${ fn }:${ request.model ?? '' }`;
	state.stats.by_function_model[ asked ] = ( state.stats.by_function_model[ asked ] ?? 0 ) + 1;
	const outcome = await applyLatencyAndFault( req, res, state, raw );
	if ( outcome === 'done' ) return;

	const model = request.model ?? 'igny8-fake-model';
	const fixtureId = fixtureIdOf( request );
	let answer: Answer;
	try {
		answer = fixtureId ? fixtureAnswer( fixturesDir, fixtureId ) : answerOf( replyFor( request ) );
	} catch ( error ) {
		return apiError( res, 400, ( error as Error ).message, 'invalid_request_error', 'unknown_fixture' );
	}
	if ( outcome === 'malformed' && answer.content !== null ) answer = { ...answer, content: malformed( answer.content ) };
	const usage = usageFor( request, answer.content ?? answer.refusal ?? '' );
	// A reply cut off by its budget used the whole budget.
	const budget = request.max_completion_tokens ?? request.max_tokens;
	if ( answer.finishReason === 'length' && budget ) Object.assign( usage, { completion_tokens: budget, total_tokens: usage.prompt_tokens + budget } );
	completionCounter += 1;
	const id = `chatcmpl-fake-${ completionCounter.toString( 36 ) }`;

	if ( request.stream ) {
		state.stats.requests.streams += 1;
		res.writeHead( 200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' } );
		for ( const event of streamEvents( id, model, answer, usage, request.stream_options?.include_usage === true ) ) {
			if ( res.destroyed ) return;
			res.write( event );
			await sleep( 1 );
		}
		res.end();
		return;
	}
	sendJson( res, 200, completionBody( id, model, answer, usage ) );
}

async function imageGenerations( req: IncomingMessage, res: ServerResponse, state: FakeModelState ): Promise<void> {
	const raw = await readBody( req );
	let body: { prompt?: string; n?: number; size?: string; model?: string };
	try {
		body = JSON.parse( raw ) as typeof body;
	} catch {
		return apiError( res, 400, 'We could not parse the JSON body of your request.', 'invalid_request_error' );
	}
	if ( typeof body.prompt !== 'string' || body.prompt.trim() === '' ) {
		return apiError( res, 400, "Missing required parameter: 'prompt'.", 'invalid_request_error', 'missing_required_parameter' );
	}
	// Checked before any fault, as the real API validates the request first.
	const model = body.model ?? DEFAULT_IMAGE_MODEL;
	const size = body.size ?? ( sizesFor( model )?.includes( 'auto' ) ? 'auto' : '1024x1024' );
	const invalid = invalidSizeError( model, size );
	if ( invalid ) return sendJson( res, 400, invalid );
	state.stats.requests.images += 1;
	const outcome = await applyLatencyAndFault( req, res, state, raw );
	if ( outcome === 'done' ) return;
	if ( outcome === 'malformed' ) {
		res.writeHead( 200, { 'Content-Type': 'application/json' } );
		res.end( '{"created": 0, "data": [' );
		return;
	}
	const [ w, h ] = drawnSize( size );
	const count = Math.min( 4, Math.max( 1, body.n ?? 1 ) );
	const data = Array.from( { length: count }, ( _, i ) => ( {
		b64_json: promptPng( `${ body.prompt }#${ i }`, w, h ).toString( 'base64' ),
		revised_prompt: body.prompt,
	} ) );
	sendJson( res, 200, { created: Math.floor( Date.now() / 1000 ), data, usage: { input_tokens: Math.ceil( body.prompt.length / 4 ), output_tokens: 0, total_tokens: Math.ceil( body.prompt.length / 4 ) } } );
}

/** Counts the request's bearer key; false (after answering 401 like OpenAI) when a required key is missing or wrong. */
function authorized( req: IncomingMessage, res: ServerResponse, state: FakeModelState, requireKey: string | undefined ): boolean {
	const bearer = /^Bearer\s+(.+)$/i.exec( req.headers.authorization ?? '' )?.[ 1 ]?.trim() ?? '';
	state.stats.bearer_keys[ bearer ] = ( state.stats.bearer_keys[ bearer ] ?? 0 ) + 1;
	if ( requireKey === undefined || bearer === requireKey ) return true;
	state.stats.unauthorized += 1;
	const shown = bearer.length > 8 ? `${ bearer.slice( 0, 3 ) }*****${ bearer.slice( -4 ) }` : '<none>';
	sendJson( res, 401, { error: { message: `Incorrect API key provided: ${ shown }. (fake model test double)`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } } );
	return false;
}

async function route( req: IncomingMessage, res: ServerResponse, state: FakeModelState, fixturesDir: string, requireKey?: string ): Promise<void> {
	res.setHeader( TEST_DOUBLE_HEADER, TEST_DOUBLE_VALUE );
	const path = ( req.url ?? '/' ).split( '?' )[ 0 ]!.replace( /\/+$/, '' ) || '/';
	const method = req.method ?? 'GET';
	if ( path.startsWith( '/v1' ) ) {
		state.stats.requests.total += 1;
		if ( ! authorized( req, res, state, requireKey ) ) return;
	}

	if ( method === 'POST' && path === '/v1/chat/completions' ) return chatCompletions( req, res, state, fixturesDir );
	if ( method === 'POST' && path === '/v1/images/generations' ) return imageGenerations( req, res, state );
	if ( method === 'GET' && path === '/v1/models' ) {
		state.stats.requests.models += 1;
		return sendJson( res, 200, { object: 'list', data: MODELS.map( ( id ) => ( { id, object: 'model', created: 1700000000, owned_by: 'igny8-test-double' } ) ) } );
	}
	if ( method === 'GET' && path.startsWith( '/v1/models/' ) ) {
		state.stats.requests.models += 1;
		return sendJson( res, 200, { id: decodeURIComponent( path.slice( '/v1/models/'.length ) ), object: 'model', created: 1700000000, owned_by: 'igny8-test-double' } );
	}
	if ( method === 'POST' && path === '/__control' ) {
		try {
			const raw = await readBody( req );
			state.update( raw.trim() === '' ? {} : ( JSON.parse( raw ) as Record<string, unknown> ) );
			return sendJson( res, 200, state.snapshot() );
		} catch ( error ) {
			return sendJson( res, 400, { error: ( error as Error ).message } );
		}
	}
	if ( method === 'GET' && path === '/__stats' ) return sendJson( res, 200, state.snapshot() );
	if ( method === 'GET' && path === '/' ) {
		res.writeHead( 200, { 'Content-Type': 'text/plain; charset=utf-8' } );
		res.end( 'fake OpenAI-compatible model (test double) — see scripts/fake-openai/server.ts\n' );
		return;
	}
	apiError( res, 404, `Unknown route ${ method } ${ path } on the fake model (test double).`, 'invalid_request_error', 'unknown_url' );
}

/** Starts the fake model (a test double) in this process; resolves once it listens. */
export async function startFakeModel( options: FakeModelOptions = {} ): Promise<FakeModelHandle> {
	const host = options.host ?? '127.0.0.1';
	const state = new FakeModelState( {
		latencyMs: options.latencyMs ?? 0,
		faultRate: options.faultRate ?? 0,
		faults: typeof options.faults === 'string' ? parseFaults( options.faults ) : ( options.faults ?? [] ),
		seed: options.seed ?? 1,
		timeoutHoldMs: options.timeoutHoldMs ?? 120_000,
	} );
	const fixturesDir = options.fixturesDir ?? DEFAULT_FIXTURES_DIR;
	const server = http.createServer( ( req, res ) => {
		route( req, res, state, fixturesDir, options.requireKey ).catch( ( error: unknown ) => {
			apiError( res, 500, `fake model (test double) crashed: ${ ( error as Error ).message }`, 'server_error' );
		} );
	} );
	await new Promise<void>( ( resolve, reject ) => {
		server.once( 'error', reject );
		server.listen( options.port ?? 0, host, () => resolve() );
	} );
	const { port } = server.address() as AddressInfo;
	const origin = `http://${ host }:${ port }`;
	if ( ! options.quiet ) {
		console.log( `fake OpenAI-compatible model (test double) listening on ${ origin }/v1 — not a real model` );
	}
	return {
		url: `${ origin }/v1`,
		origin,
		port,
		state,
		close: () =>
			new Promise<void>( ( resolve ) => {
				server.closeAllConnections();
				server.close( () => resolve() );
			} ),
	};
}

function flag( args: string[], name: string ): string | undefined {
	const index = args.indexOf( `--${ name }` );
	if ( index >= 0 ) return args[ index + 1 ];
	return args.find( ( arg ) => arg.startsWith( `--${ name }=` ) )?.split( '=' )[ 1 ];
}

function optionalNumber( value: string | undefined ): number | undefined {
	return value === undefined || value === '' ? undefined : Number( value );
}

/** CLI: flags win over FAKE_MODEL_* env vars. */
async function main(): Promise<void> {
	const args = process.argv.slice( 2 );
	const env = process.env;
	const handle = await startFakeModel( {
		port: optionalNumber( flag( args, 'port' ) ?? env.IGNY8_FAKE_MODEL_PORT ) ?? 8790,
		host: flag( args, 'host' ) ?? '127.0.0.1',
		latencyMs: optionalNumber( flag( args, 'latency' ) ?? env.FAKE_MODEL_LATENCY_MS ),
		faultRate: optionalNumber( flag( args, 'fault-rate' ) ?? env.FAKE_MODEL_FAULT_RATE ),
		faults: flag( args, 'faults' ) ?? env.FAKE_MODEL_FAULTS ?? '429,500,timeout,malformed',
		seed: optionalNumber( flag( args, 'seed' ) ?? env.FAKE_MODEL_SEED ),
		fixturesDir: flag( args, 'fixtures' ) ?? env.FAKE_MODEL_FIXTURES_DIR,
		requireKey: flag( args, 'require-key' ) ?? ( env.FAKE_MODEL_REQUIRE_KEY || undefined ),
	} );
	const stop = (): void => {
		void handle.close().then( () => process.exit( 0 ) );
	};
	process.on( 'SIGINT', stop );
	process.on( 'SIGTERM', stop );
}

const entry = process.argv[ 1 ];
if ( entry && realpathSync( entry ) === realpathSync( fileURLToPath( import.meta.url ) ) ) {
	main().catch( ( error: unknown ) => {
		console.error( 'fake model (test double) failed to start:', error );
		process.exit( 1 );
	} );
}
