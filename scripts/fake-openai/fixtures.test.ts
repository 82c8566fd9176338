/**
 * The fake model's (a test double) fixture mode, through the real `openai` SDK: a marker
 * in any message selects a recorded reply, for plain and streamed requests alike.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureIdOf } from './fixtures.ts';
import { startFakeModel, type FakeModelHandle } from './server.ts';

const ARTICLE = JSON.stringify( { title: 'Tea', content_html: '<p>Steep it.</p>' } );
const FIXTURES: Record<string, unknown> = {
	'tea-ok': { content: ARTICLE, refusal: null, finish_reason: 'stop' },
	'tea-refused': { content: null, refusal: 'I cannot help with that.', finish_reason: 'stop' },
	'tea-cut': { content: ARTICLE.slice( 0, 20 ), refusal: null, finish_reason: 'length' },
};

let dir: string;
let fake: FakeModelHandle;
let client: OpenAI;

beforeAll( async () => {
	dir = mkdtempSync( join( tmpdir(), 'igny8-fixtures-' ) );
	for ( const [ id, reply ] of Object.entries( FIXTURES ) ) writeFileSync( join( dir, `${ id }.json` ), JSON.stringify( { id, reply } ) );
	writeFileSync( join( dir, 'broken.json' ), JSON.stringify( { id: 'broken', reply: { content: 42 } } ) );
	fake = await startFakeModel( { quiet: true, fixturesDir: dir } );
	client = new OpenAI( { baseURL: fake.url, apiKey: 'test-double', maxRetries: 0, timeout: 2_000 } );
} );
afterAll( async () => {
	await fake.close();
	rmSync( dir, { recursive: true, force: true } );
} );

const messages = ( fixture: string ) => [
	{ role: 'system' as const, content: 'igny8:function=generate_content' },
	{ role: 'user' as const, content: `Title: Tea\nBrief: short. [[igny8-fixture:${ fixture }]]` },
];

/** A streamed request's content, refusal and finish reason, put back together. */
async function streamed( fixture: string, budget?: number ) {
	const stream = await client.chat.completions.create( { model: 'gpt-4o-mini', messages: messages( fixture ), stream: true, stream_options: { include_usage: true }, max_completion_tokens: budget } );
	let content = '';
	let refusal = '';
	let finish: string | null = null;
	let tokensOut = 0;
	for await ( const chunk of stream ) {
		content += chunk.choices[ 0 ]?.delta.content ?? '';
		refusal += chunk.choices[ 0 ]?.delta.refusal ?? '';
		finish = chunk.choices[ 0 ]?.finish_reason ?? finish;
		tokensOut = chunk.usage?.completion_tokens ?? tokensOut;
	}
	return { content, refusal, finish, tokensOut };
}

describe( 'fake model (test double) fixture mode', () => {
	it( 'finds the marker in any message, and only a well-formed one', () => {
		expect( fixtureIdOf( { messages: messages( 'tea-ok' ) } ) ).toBe( 'tea-ok' );
		expect( fixtureIdOf( { messages: [ { role: 'assistant', content: [ { type: 'text', text: '[[igny8-fixture:a-1]]' } ] } ] } ) ).toBe( 'a-1' );
		expect( fixtureIdOf( { messages: [ { role: 'user', content: '[[igny8-fixture:../etc/passwd]]' } ] } ) ).toBeNull();
	} );

	it( 'answers with the recorded content, refusal and finish reason', async () => {
		const ok = await client.chat.completions.create( { model: 'gpt-4o-mini', messages: messages( 'tea-ok' ) } );
		expect( ok.choices[ 0 ] ).toMatchObject( { message: { content: ARTICLE, refusal: null }, finish_reason: 'stop' } );

		const refused = await client.chat.completions.create( { model: 'gpt-4o-mini', messages: messages( 'tea-refused' ) } );
		expect( refused.choices[ 0 ] ).toMatchObject( { message: { content: null, refusal: 'I cannot help with that.' }, finish_reason: 'stop' } );

		const cut = await client.chat.completions.create( { model: 'gpt-4o-mini', messages: messages( 'tea-cut' ), max_completion_tokens: 8000 } );
		expect( cut.choices[ 0 ] ).toMatchObject( { message: { content: ARTICLE.slice( 0, 20 ) }, finish_reason: 'length' } );
		// A reply cut off by its budget used all of it.
		expect( cut.usage?.completion_tokens ).toBe( 8000 );
	} );

	it( 'streams the same replies as content or refusal deltas', async () => {
		expect( await streamed( 'tea-ok' ) ).toMatchObject( { content: ARTICLE, refusal: '', finish: 'stop' } );
		expect( await streamed( 'tea-refused' ) ).toMatchObject( { content: '', refusal: 'I cannot help with that.', finish: 'stop' } );
		expect( await streamed( 'tea-cut', 500 ) ).toEqual( { content: ARTICLE.slice( 0, 20 ), refusal: '', finish: 'length', tokensOut: 500 } );
	} );

	it( 'rejects an unknown or broken fixture with a 400 that names it', async () => {
		const ask = ( fixture: string ) => client.chat.completions.create( { model: 'gpt-4o-mini', messages: messages( fixture ) } );
		await expect( ask( 'missing' ) ).rejects.toMatchObject( { status: 400, message: expect.stringContaining( 'fixture "missing" cannot be read' ) } );
		await expect( ask( 'broken' ) ).rejects.toMatchObject( { status: 400, message: expect.stringContaining( 'fixture "broken" has no valid reply' ) } );
	} );

	it( 'still answers requests without a marker as before', async () => {
		const plain = await client.chat.completions.create( { model: 'gpt-4o-mini', messages: [ messages( 'x' )[ 0 ]!, { role: 'user', content: 'Title: Tea\nBrief: short.' } ] } );
		expect( JSON.parse( plain.choices[ 0 ]!.message.content! ) ).toMatchObject( { title: 'Tea' } );
	} );
} );
