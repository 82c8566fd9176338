import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { scriptFaults, unique } from '../../../test/helpers';
import { AiError } from '../core';
import { rewrite, streamRewrite } from './rewrite';

async function readAll( stream: ReadableStream<string> ): Promise<{ text: string; chunks: number }> {
	let text = '';
	let chunks = 0;
	const reader = stream.getReader();
	for ( let next = await reader.read(); ! next.done; next = await reader.read() ) {
		text += next.value;
		chunks += 1;
	}
	return { text, chunks };
}

describe( 'rewrite (streamed) against the fake model (a test double)', () => {
	it( 'streams the rewritten text in several chunks and counts tokens', async () => {
		const text = `${ unique( 'Grind' ) } your beans just before brewing. Fresh grounds taste better. Store beans in the dark. Use filtered water.`;
		const { stream, usage } = await streamRewrite( env, { text, mode: 'shorter', language: 'en' } );
		const { text: reply, chunks } = await readAll( stream );
		expect( chunks ).toBeGreaterThan( 1 );
		expect( reply.startsWith( text.split( '.' )[ 0 ]! ) ).toBe( true );
		expect( reply.length ).toBeLessThan( text.length );
		const used = await usage;
		expect( used.tokensIn ).toBeGreaterThan( 0 );
		expect( used.tokensOut ).toBeGreaterThan( 0 );
		expect( rewrite.chargeCredits( used, { text, mode: 'shorter' } ) ).toBe( 1 );
	} );

	it( 'retries a failure before the first token, then streams', async () => {
		const text = `${ unique( 'Retry' ) } this sentence please.`;
		await scriptFaults( [ '429', '500' ], text );
		const { stream } = await streamRewrite( env, { text, mode: 'persuasive' } );
		expect( ( await readAll( stream ) ).text ).toContain( 'Start today' );
	} );

	it( 'drops banned words and gives up with an AiError when the model keeps failing', async () => {
		const text = `${ unique( 'Banned' ) } a synergy of ideas.`;
		const { stream } = await streamRewrite( env, { text, mode: 'clearer', author_profile: { banned_words: [ 'synergy' ] } } );
		expect( ( await readAll( stream ) ).text ).not.toMatch( /synergy/i );
		const failing = `${ unique( 'Failing' ) } text.`;
		await scriptFaults( [ '500', '500', '500', '500' ], failing );
		await expect( streamRewrite( env, { text: failing, mode: 'clearer' } ) ).rejects.toBeInstanceOf( AiError );
	} );

	it( 'states the language in the prompt', () => {
		const [ , user ] = rewrite.buildMessages( { text: 'Hallo Welt.', mode: 'clearer', language: 'de_DE' } );
		expect( user!.content ).toContain( 'Language: de-DE (German)' );
	} );
} );
