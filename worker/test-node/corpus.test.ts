// @vitest-environment jsdom
/**
 * Every reply of the corpus (corpus/replies, built by corpus/generate.ts) through the real
 * path a generate_content job takes after the model: the core's reply parsing and schema
 * check, then the function's toResult (Markdown, parse5, the allowlist, block markup, plain
 * text fields). The article must pass @wordpress/blocks validation, keep its text, and hold
 * nothing outside the allowlist; refused replies must be refused with the reason named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_ELEMENTS, INLINE_ELEMENTS } from '../src/ai/allowlist.ts';
import { validateReply } from '../src/ai/core.ts';
import { replyProblem } from '../src/ai/reply-checks.ts';
import { generateContent, generateContentOutput } from '../src/ai/functions/generate_content.ts';
import { invalidBlocks, loadBlockParser, type ParsedBlock } from './wp-blocks.ts';

interface Fixture {
	id: string;
	category: string;
	function: string;
	reply: { content: string | null; refusal: string | null; finish_reason: 'stop' | 'length' };
	expect: { outcome: 'ok' | 'fail'; text: string[]; hosts: string[]; error?: string };
}

// A path, not a URL: under jsdom the global URL is jsdom's, which node:fs does not take.
const folder = join( dirname( fileURLToPath( import.meta.url ) ), 'corpus', 'replies' );
const fixtures: Fixture[] = readdirSync( folder )
	.filter( ( file ) => file.endsWith( '.json' ) )
	.map( ( file ) => JSON.parse( readFileSync( join( folder, file ), 'utf8' ) ) as Fixture )
	.filter( ( fixture ) => fixture.function === 'generate_content' );
const ok = fixtures.filter( ( fixture ) => fixture.expect.outcome === 'ok' );
const fail = fixtures.filter( ( fixture ) => fixture.expect.outcome === 'fail' );

/** Attributes the block markup itself writes (classes of core blocks) besides the allowlist's own. */
const ATTRIBUTES: Record<string, string[]> = { a: [ 'href', 'target', 'rel', 'title' ], abbr: [ 'title' ] };
const BLOCK_CLASSES = new Set( [ 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'figure', 'table', 'figcaption', 'pre', 'hr', 'details' ] );
const SCHEMES = new Set( [ 'http:', 'https:', 'mailto:', 'tel:' ] );
const squash = ( text: string ) => text.replace( /\s+/g, ' ' ).trim();

let parse: ( markup: string ) => ParsedBlock[];
beforeAll( () => {
	parse = loadBlockParser();
}, 180_000 );

/** The job result for a reply, as the consumer builds it (schema check, then toResult). */
function convert( fixture: Fixture ) {
	const checked = validateReply( generateContentOutput, fixture.reply.content ?? '' );
	if ( ! checked.ok ) throw new Error( checked.problem );
	return generateContent.toResult( checked.value, { title: 'Corpus' } ) as Record<string, string>;
}

/** Elements and attributes outside the allowlist, and URLs outside its schemes or the fixture's hosts. */
function offences( container: HTMLElement, hosts: string[] ): string[] {
	const found: string[] = [];
	for ( const element of container.querySelectorAll( '*' ) ) {
		const tag = element.tagName.toLowerCase();
		if ( element.namespaceURI !== 'http://www.w3.org/1999/xhtml' || ! ( BLOCK_ELEMENTS.has( tag ) || INLINE_ELEMENTS.has( tag ) ) ) found.push( `element <${ tag }>` );
		for ( const { name, value } of element.attributes ) {
			if ( name === 'class' && BLOCK_CLASSES.has( tag ) ) continue;
			if ( ! ATTRIBUTES[ tag ]?.includes( name ) ) found.push( `attribute ${ name } on <${ tag }>` );
			if ( name !== 'href' ) continue;
			// The DOM gives the decoded value; the URL parser then strips what a browser strips.
			const url = new URL( value, 'https://site.invalid/post/' );
			if ( ! SCHEMES.has( url.protocol ) ) found.push( `URL ${ value }` );
			else if ( url.protocol.startsWith( 'http' ) && url.hostname !== 'site.invalid' && ! hosts.includes( url.hostname ) ) found.push( `host ${ url.hostname }` );
		}
	}
	return found;
}

describe( 'the reply corpus', () => {
	it( 'has at least 200 fixtures in every category', () => {
		expect( fixtures.length ).toBeGreaterThanOrEqual( 200 );
		const categories = new Set( fixtures.map( ( fixture ) => fixture.category ) );
		for ( const category of [ 'markdown', 'html', 'lists-tables', 'code', 'unicode', 'xss', 'mxss', 'wrapped-json', 'truncated', 'refusal' ] ) expect( categories ).toContain( category );
	} );

	it.each( ok.map( ( fixture ) => [ fixture.id, fixture ] as const ) )( '%s becomes valid blocks with its text and nothing else', ( _id, fixture ) => {
		const result = convert( fixture );
		expect( invalidBlocks( parse( result.content_blocks! ) ) ).toEqual( [] );

		const container = document.createElement( 'div' );
		container.innerHTML = result.content_blocks!;
		const visible = squash( container.textContent ?? '' );
		for ( const text of fixture.expect.text ) expect( visible ).toContain( squash( text ) );
		expect( offences( container, fixture.expect.hosts ) ).toEqual( [] );
		expect( container.querySelector( 'img' ) ).toBeNull();
		if ( fixture.category === 'markdown' ) expect( visible ).not.toMatch( /\*\*|(?<!~)~~(?!~)|\]\(|(?:^| )#{2,6} \S/ );

		for ( const field of [ 'title', 'meta_title', 'meta_description', 'excerpt' ] ) {
			expect( result[ field ] ).not.toMatch( /<[a-z!/?]|&(?:[a-z]+|#\d+|#x[\da-f]+);/i );
			expect( result[ field ] ).toBe( squash( result[ field ]! ) );
		}
	} );

	it.each( fail.map( ( fixture ) => [ fixture.id, fixture ] as const ) )( '%s is refused, naming why, as the core checks it', ( _id, fixture ) => {
		// The core first reads the reply's own fields (a refusal, a cut-off), then parses what is left.
		const reply = { content: fixture.reply.content ?? '', refusal: fixture.reply.refusal ?? null, finishReason: fixture.reply.finish_reason ?? null, tokensOut: 0 };
		const declined = replyProblem( reply, 8_000, true );
		if ( fixture.category === 'truncated' || ( fixture.category === 'refusal' && fixture.reply.refusal ) ) {
			expect( declined ).toContain( fixture.expect.error );
			return;
		}
		expect( declined ).toBeNull();
		const checked = validateReply( generateContentOutput, reply.content );
		expect( checked.ok ).toBe( false );
		expect( checked.ok ? '' : checked.problem ).toContain( fixture.expect.error );
	} );
} );
