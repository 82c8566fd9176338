/**
 * The bench's own Worker (run in workerd by bench/content-safety.bench.ts): holds one reply and, per
 * request, either parses it with bare parse5 or takes it through the real path a
 * generate_content result takes (reply parsing and schema check, Markdown, parse5, the
 * allowlist, block markup, plain-text fields). Timing happens outside: workerd's clock does
 * not move while a request computes.
 */
import { parseFragment } from 'parse5';
import { validateReply } from '../src/ai/core';
import { generateContent, generateContentOutput } from '../src/ai/functions/generate_content';

let reply = '';
let body = '';

export default {
	async fetch( request: Request ): Promise<Response> {
		const url = new URL( request.url );
		const path = url.pathname;
		const repeat = Math.max( 1, Number( url.searchParams.get( 'n' ) ) || 1 );
		if ( path === '/reply' ) {
			reply = await request.text();
			body = ( JSON.parse( reply ) as { content_html: string } ).content_html;
			return new Response( 'stored' );
		}
		let out = '';
		for ( let run = 0; run < repeat; run++ ) {
			if ( path === '/parse' ) out = String( parseFragment( body ).childNodes.length );
			if ( path === '/convert' ) {
				const checked = validateReply( generateContentOutput, reply );
				if ( ! checked.ok ) return new Response( checked.problem, { status: 422 } );
				out = String( generateContent.toResult( checked.value, { title: 'Bench' } ).word_count );
			}
		}
		if ( out ) return new Response( out );
		return new Response( 'noop' );
	},
} satisfies ExportedHandler;
