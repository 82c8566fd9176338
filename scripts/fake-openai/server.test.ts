/**
 * Tests of the fake OpenAI-compatible model (a test double) — through the real
 * `openai` SDK where it matters, since that is the client the Worker uses.
 */
import { FakeModelState } from './state.ts';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModelHandle } from './server.ts';
import { startReceiver } from './receiver.ts';

const ARTICLE_PROMPT = [
	{ role: 'system' as const, content: 'You write articles. igny8:function=generate_content' },
	{ role: 'user' as const, content: 'Title: Composting at home\nKeywords: compost bin, kitchen scraps\nLanguage: en\nBrief: Cover bins, what to add and common mistakes.' },
];

let fake: FakeModelHandle;
let client: OpenAI;

beforeAll( async () => {
	fake = await startFakeModel( { quiet: true, timeoutHoldMs: 5_000 } );
	client = new OpenAI( { baseURL: fake.url, apiKey: 'test-double', maxRetries: 0, timeout: 2_000 } );
} );
afterAll( async () => fake.close() );
beforeEach( async () => {
	await fetch( `${ fake.origin }/__control`, { method: 'POST', body: JSON.stringify( { reset: true, latency_ms: 0, fault_rate: 0 } ) } );
} );

async function control( body: Record<string, unknown> ): Promise<Response> {
	return fetch( `${ fake.origin }/__control`, { method: 'POST', body: JSON.stringify( body ) } );
}

describe( 'fake model (test double)', () => {
	it( 'labels every response as a test double', async () => {
		const response = await fetch( `${ fake.url }/models` );
		expect( response.headers.get( 'x-test-double' ) ).toMatch( /test double/ );
		const models = await client.models.list();
		expect( models.data.map( ( model ) => model.id ) ).toContain( 'gpt-4o-mini' );
	} );

	it( 'returns a deterministic, schema-shaped article for generate_content', async () => {
		const ask = () => client.chat.completions.create( { model: 'gpt-4o-mini', messages: ARTICLE_PROMPT, response_format: { type: 'json_object' } } );
		const first = await ask();
		const second = await ask();
		const content = first.choices[ 0 ]!.message.content!;
		expect( second.choices[ 0 ]!.message.content ).toBe( content );
		const article = JSON.parse( content ) as Record<string, string>;
		expect( article.title ).toBe( 'Composting at home' );
		expect( article.meta_title!.length ).toBeLessThanOrEqual( 60 );
		expect( article.meta_description!.length ).toBeLessThanOrEqual( 160 );
		expect( article.excerpt ).toBeTruthy();
		expect( article.content_html ).toMatch( /<h2>[^<]+<\/h2>/ );
		expect( article.content_html ).toMatch( /<h3>[^<]+<\/h3>/ );
		expect( article.content_html ).toMatch( /<ul><li>/ );
		expect( article.content_html ).toContain( 'Frequently asked questions' );
		expect( article.content_html ).toContain( 'compost bin' );
		expect( first.usage!.prompt_tokens ).toBeGreaterThan( 20 );
		expect( first.usage!.completion_tokens ).toBeGreaterThan( 500 );
		expect( first.usage!.total_tokens ).toBe( first.usage!.prompt_tokens + first.usage!.completion_tokens );
	} );

	it( 'answers json_schema requests with an instance of the schema', async () => {
		const completion = await client.chat.completions.create( {
			model: 'gpt-4o-mini',
			// A function the fake has no dedicated reply for: it falls back to the schema.
			messages: [ { role: 'system', content: 'igny8:function=some_future_function' }, { role: 'user', content: 'cluster these' } ],
			response_format: {
				type: 'json_schema',
				json_schema: {
					name: 'clusters',
					schema: { type: 'object', properties: { clusters: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, size: { type: 'integer', minimum: 2 } }, required: [ 'name', 'size' ] } } }, required: [ 'clusters' ] },
				},
			},
		} );
		const value = JSON.parse( completion.choices[ 0 ]!.message.content! ) as { clusters: Array<{ name: string; size: number }> };
		expect( value.clusters[ 0 ]!.size ).toBe( 2 );
		expect( typeof value.clusters[ 0 ]!.name ).toBe( 'string' );
	} );

	it( 'streams SSE chunks that the SDK reassembles, ending with usage and [DONE]', async () => {
		const stream = await client.chat.completions.create( { model: 'gpt-4o-mini', messages: ARTICLE_PROMPT, stream: true, stream_options: { include_usage: true } } );
		let text = '';
		let usage: OpenAI.CompletionUsage | undefined;
		for await ( const chunk of stream ) {
			text += chunk.choices[ 0 ]?.delta.content ?? '';
			usage = chunk.usage ?? usage;
		}
		expect( JSON.parse( text ).title ).toBe( 'Composting at home' );
		expect( usage?.completion_tokens ).toBeGreaterThan( 0 );
		const raw = await fetch( `${ fake.url }/chat/completions`, { method: 'POST', body: JSON.stringify( { messages: ARTICLE_PROMPT, stream: true } ) } );
		expect( raw.headers.get( 'content-type' ) ).toBe( 'text/event-stream' );
		expect( ( await raw.text() ).trimEnd().endsWith( 'data: [DONE]' ) ).toBe( true );
	} );

	it( 'generates a valid PNG deterministically', async () => {
		const one = await client.images.generate( { model: 'dall-e-2', prompt: 'a red bicycle', size: '256x256', response_format: 'b64_json' } );
		const two = await client.images.generate( { model: 'dall-e-2', prompt: 'a red bicycle', size: '256x256', response_format: 'b64_json' } );
		const bytes = Buffer.from( one.data![ 0 ]!.b64_json!, 'base64' );
		expect( bytes.subarray( 0, 8 ).toString( 'hex' ) ).toBe( '89504e470d0a1a0a' );
		expect( bytes.readUInt32BE( 16 ) ).toBe( 256 ); // IHDR width
		expect( two.data![ 0 ]!.b64_json ).toBe( one.data![ 0 ]!.b64_json );
	} );

	it( 'rejects a size the model does not accept with the real API’s 400 and error envelope', async () => {
		const raw = await fetch( `${ fake.url }/images/generations`, { method: 'POST', body: JSON.stringify( { model: 'gpt-image-1', prompt: 'a bicycle', size: '1792x1024' } ) } );
		expect( raw.status ).toBe( 400 );
		expect( await raw.json() ).toEqual( {
			error: {
				message: "Invalid value: '1792x1024'. Supported values are: '1024x1024', '1536x1024', '1024x1536', and 'auto'.",
				type: 'invalid_request_error',
				param: 'size',
				code: 'invalid_value',
			},
		} );
		await expect( client.images.generate( { model: 'dall-e-3', prompt: 'a bicycle', size: '1536x1024' } ) ).rejects.toMatchObject( { status: 400, param: 'size', code: 'invalid_value', type: 'invalid_request_error' } );
		// Without a model the real API uses dall-e-2, which draws squares only.
		await expect( client.images.generate( { prompt: 'a bicycle', size: '1024x1536' } ) ).rejects.toMatchObject( { status: 400, param: 'size' } );
	} );

	it( 'draws each size a model accepts in its aspect', async () => {
		const wide = await client.images.generate( { model: 'gpt-image-1', prompt: 'a bicycle', size: '1536x1024' } );
		const tall = await client.images.generate( { model: 'dall-e-3', prompt: 'a bicycle', size: '1024x1792', response_format: 'b64_json' } );
		const dimensions = ( b64: string ) => {
			const bytes = Buffer.from( b64, 'base64' );
			return [ bytes.readUInt32BE( 16 ), bytes.readUInt32BE( 20 ) ];
		};
		expect( dimensions( wide.data![ 0 ]!.b64_json! ) ).toEqual( [ 256, 171 ] );
		expect( dimensions( tall.data![ 0 ]!.b64_json! ) ).toEqual( [ 146, 256 ] );
	} );

	it( 'injects scripted faults only into matching requests', async () => {
		await control( { script: [ { fault: '429', match: 'Composting' }, { fault: '500', match: 'Composting' } ] } );
		const other = await client.chat.completions.create( { model: 'm', messages: [ { role: 'user', content: 'unrelated' } ] } );
		expect( other.choices[ 0 ]!.message.content ).toMatch( /test double/ );
		await expect( client.chat.completions.create( { model: 'm', messages: ARTICLE_PROMPT } ) ).rejects.toMatchObject( { status: 429 } );
		await expect( client.chat.completions.create( { model: 'm', messages: ARTICLE_PROMPT } ) ).rejects.toMatchObject( { status: 500 } );
		await expect( client.chat.completions.create( { model: 'm', messages: ARTICLE_PROMPT } ) ).resolves.toBeTruthy();
		const stats = ( await ( await fetch( `${ fake.origin }/__stats` ) ).json() ) as { faults: Record<string, number> };
		expect( stats.faults ).toMatchObject( { 429: 1, 500: 1 } );
	} );

	it( 'returns malformed JSON and holds timeouts when told to', async () => {
		const broken = await client.chat.completions.create( { model: 'm', messages: ARTICLE_PROMPT }, { headers: { 'x-fake-fault': 'malformed' } } );
		expect( () => JSON.parse( broken.choices[ 0 ]!.message.content! ) ).toThrow();
		await expect( client.chat.completions.create( { model: 'm', messages: ARTICLE_PROMPT }, { headers: { 'x-fake-fault': 'timeout' }, timeout: 300 } ) ).rejects.toThrow( /timed out/i );
	} );

	it( 'holds a scripted timeout for its own hold_ms, leaving the shared setting alone', async () => {
		const before = ( await ( await control( { timeout_hold_ms: 120_000 } ) ).json() ) as { settings: { timeout_hold_ms: number } };
		await control( { script: [ { fault: 'timeout', match: 'own hold', hold_ms: 30 } ] } );
		// Dropped after 30 ms: the request fails long before the 120 s shared hold or its own 10 s timeout.
		const dropped = fetch( `${ fake.url }/chat/completions`, { method: 'POST', body: JSON.stringify( { messages: [ { role: 'user', content: 'own hold' } ] } ), signal: AbortSignal.timeout( 10_000 ) } );
		await expect( dropped ).rejects.toThrow( /fetch failed|socket|terminated/i );
		const after = ( await ( await control( {} ) ).json() ) as { settings: { timeout_hold_ms: number } };
		expect( after.settings.timeout_hold_ms ).toBe( before.settings.timeout_hold_ms );
		expect( () => new FakeModelState( { latencyMs: 0, faultRate: 0, faults: [], seed: 1, timeoutHoldMs: 1 } ).update( { script: [ { fault: 'timeout', hold_ms: -1 } ] } ) ).toThrow();
	} );

	it( 'injects the same faults for the same seed', async () => {
		const run = async (): Promise<string[]> => {
			await control( { reset: true, seed: 42, fault_rate: 0.5, faults: '429,500' } );
			const outcomes: string[] = [];
			for ( let i = 0; i < 12; i++ ) {
				const response = await fetch( `${ fake.url }/chat/completions`, { method: 'POST', body: JSON.stringify( { messages: ARTICLE_PROMPT } ) } );
				outcomes.push( String( response.status ) );
			}
			return outcomes;
		};
		const first = await run();
		expect( await run() ).toEqual( first );
		expect( new Set( first ).size ).toBeGreaterThan( 1 );
	} );

	it( 'applies latency from settings and per request', async () => {
		await control( { latency_ms: 120 } );
		let started = Date.now();
		await client.models.list(); // models are never delayed
		await client.chat.completions.create( { model: 'm', messages: ARTICLE_PROMPT } );
		expect( Date.now() - started ).toBeGreaterThanOrEqual( 110 );
		started = Date.now();
		await client.chat.completions.create( { model: 'm', messages: ARTICLE_PROMPT }, { headers: { 'x-fake-latency-ms': '0' } } );
		expect( Date.now() - started ).toBeLessThan( 100 );
	} );

	it( 'rejects bad control input and bad requests', async () => {
		expect( ( await control( { fault_rate: 2 } ) ).status ).toBe( 400 );
		expect( ( await control( { faults: 'explode' } ) ).status ).toBe( 400 );
		await expect( client.chat.completions.create( { model: 'm', messages: [] } ) ).rejects.toMatchObject( { status: 400 } );
	} );
} );

describe( 'delivery receiver (test double)', () => {
	it( 'records requests and fails the next N when told to', async () => {
		const receiver = await startReceiver();
		try {
			await fetch( `${ receiver.url }/__control`, { method: 'POST', body: JSON.stringify( { fail_next: 1, status: 503, match: '/hooks/a' } ) } );
			const first = await fetch( `${ receiver.url }/hooks/a`, { method: 'POST', headers: { 'x-igny8-job-id': 'j1' }, body: '{"x":1}' } );
			const second = await fetch( `${ receiver.url }/hooks/a`, { method: 'POST', body: '{"x":2}' } );
			expect( [ first.status, second.status ] ).toEqual( [ 503, 200 ] );
			const recorded = ( await ( await fetch( `${ receiver.url }/__requests?path=/hooks/a` ) ).json() ) as Array<{ body: string; headers: Record<string, string> }>;
			expect( recorded.map( ( request ) => request.body ) ).toEqual( [ '{"x":1}', '{"x":2}' ] );
			expect( recorded[ 0 ]!.headers[ 'x-igny8-job-id' ] ).toBe( 'j1' );
		} finally {
			await receiver.close();
		}
	} );
} );

describe( 'fake model (test double) that requires a key', () => {
	it( 'answers OpenAI’s 401 envelope to any other key and counts the keys it was sent', async () => {
		const own = await startFakeModel( { quiet: true, requireKey: 'sk-customer-key-1234' } );
		try {
			const wrong = await fetch( `${ own.url }/models`, { headers: { Authorization: 'Bearer sk-igny8-platform-0000' } } );
			expect( wrong.status ).toBe( 401 );
			const body = ( await wrong.json() ) as { error: { code: string; type: string; message: string } };
			expect( body.error ).toMatchObject( { code: 'invalid_api_key', type: 'invalid_request_error' } );
			expect( body.error.message ).not.toContain( 'sk-igny8-platform-0000' );
			const right = new OpenAI( { baseURL: own.url, apiKey: 'sk-customer-key-1234', maxRetries: 0 } );
			expect( ( await right.models.list() ).data.length ).toBeGreaterThan( 0 );
			const stats = ( await ( await fetch( `${ own.origin }/__stats` ) ).json() ) as { bearer_keys: Record<string, number>; unauthorized: number };
			expect( stats.bearer_keys ).toEqual( { 'sk-igny8-platform-0000': 1, 'sk-customer-key-1234': 1 } );
			expect( stats.unauthorized ).toBe( 1 );
		} finally {
			await own.close();
		}
	} );
} );
