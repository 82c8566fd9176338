import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { aiSettings } from './core';
import { rewrite } from './functions/rewrite';
import { streamChat } from './stream';

/** Reads a stream to its end; returns the text and the error it ended with, if any. */
async function drain( stream: ReadableStream<string> ): Promise<{ text: string; error: Error | null }> {
	let text = '';
	const reader = stream.getReader();
	try {
		for ( let next = await reader.read(); ! next.done; next = await reader.read() ) text += next.value;
	} catch ( error ) {
		return { text, error: error as Error };
	}
	return { text, error: null };
}

/** A streamed call answered with a corpus fixture by the fake model (a test double). */
const streamFixture = ( fixture: string ) =>
	streamChat( aiSettings( env, rewrite ), [ { role: 'user', content: `Rewrite this. [[igny8-fixture:${ fixture }]]` } ], { name: 'rewrite', maxOutputTokens: 4_000 } );

describe( 'streamed replies that are not whole answers', () => {
	it( 'ends a refused stream with the refusal instead of an empty success', async () => {
		const { stream, usage } = await streamFixture( 'e2e-refusal' );
		const { text, error } = await drain( stream );
		expect( text ).toBe( '' );
		expect( error?.message ).toMatch( /^The model refused: I'm sorry, but I can't help with that request\./ );
		await expect( usage ).rejects.toThrow( /refused/ );
	} );

	it( 'ends a stream cut off by its budget with an error after the text it did send', async () => {
		const { stream } = await streamFixture( 'e2e-truncated' );
		const { text, error } = await drain( stream );
		expect( text.length ).toBeGreaterThan( 20 );
		expect( error?.message ).toMatch( /cut off at 4000 tokens; select less text and try again/ );
	} );
} );
