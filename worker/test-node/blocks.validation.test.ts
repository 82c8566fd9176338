// @vitest-environment jsdom
/**
 * The Worker's block markup checked by WordPress's own code: every sample article is
 * converted by worker/src/ai/blocks.ts, parsed with @wordpress/blocks and validated
 * against the core blocks of @wordpress/block-library 9.21 (the @wordpress/blocks 14
 * line WordPress 6.8 ships). Runs in Node (jsdom) from the root vitest config, because
 * block-library needs a DOM that workerd does not have.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle, parseBrief } from '../../scripts/fake-openai/article.ts';
import { htmlToBlocks } from '../src/ai/blocks.ts';
import { flattenBlocks as flatten, invalidBlocks, loadBlockParser, type ParsedBlock } from './wp-blocks.ts';

let parse: ( markup: string ) => ParsedBlock[];

beforeAll( () => {
	parse = loadBlockParser();
}, 180_000 );

const fakeArticles = [
	'Title: How to brew coffee\nContent type: post\nLanguage: en\nKeywords: pour over, grinder\nBrief: Beans, grind & water <3.',
	'Title: Kaffee richtig mahlen\nLanguage: de-DE (German)\nKeywords: kaffeemühle\nBanned words: revolutionär\nBrief: Für Einsteiger.',
	'Title: "Quotes" & <angles> in titles\nKeywords: none\nBrief: Edge cases.',
].map( ( prompt ) => buildArticle( parseBrief( prompt ) ).content_html );

const handWritten = [
	// Images, a captioned table, details FAQ, nested lists, quotes with cite, code, separator.
	`<h1>Top title</h1><p>Intro with <a href="https://example.com" onclick="x()">a link</a> and <b>bold</b>.</p>
	<figure><img src="https://cdn.example.com/a.png" alt="A &quot;photo&quot;" onerror="alert(1)"><figcaption>The <em>caption</em></figcaption></figure>
	<img src="https://cdn.example.com/b.png">
	<img src="javascript:alert(1)" alt="bad">
	<h2>Frequently asked questions</h2>
	<details><summary>What is <strong>it</strong>?</summary><p>An answer.</p><ul><li>One</li></ul></details>
	<details><p>No summary.</p></details>
	<h3>Question as heading?</h3><p>Answer paragraph.</p>
	<ul><li>One<ul><li>Nested</li></ul></li><li><p>Para in li</p><p>second</p></li></ul>
	<ol><li>First<li>Second</ol>
	<blockquote><p>Quoted.</p><cite>Someone</cite></blockquote>
	<blockquote>Bare quote text</blockquote>
	<table><caption>Prices</caption><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>
	<figure><table><thead><tr><th>X</th></tr></thead><tbody><tr><td>Y</td></tr></tbody><tfoot><tr><td>Z</td></tr></tfoot></table><figcaption>Cap</figcaption></figure>
	<pre>const a = 1 < 2;\n</pre><hr><h4>Small heading</h4><p>Done &amp; dusted.</p>`,
	// Model slips: unclosed tags, stray text, scripts and styles, inline event handlers.
	`Loose text at the start<p>Unclosed paragraph<p>Another<div><p style="color:red" onmouseover="x()">In a div</p></div>
	<script>alert(1)</script><style>p{}</style><iframe src="https://evil.example"></iframe>
	<a href="java\tscript:alert(1)">tricky</a> <a href="&#106;avascript:alert(1)">entity</a>`,
];

/** The sample's images count as the article's own (media-library) images, as in optimize_content; others are dropped. */
const convert = ( html: string ) => htmlToBlocks( html, { images: new Set( [ 'https://cdn.example.com/a.png', 'https://cdn.example.com/b.png' ] ) } );

describe( 'generated block markup under @wordpress/blocks', () => {
	it.each( [ ...fakeArticles, ...handWritten ].map( ( html, index ) => [ index, html ] as const ) )( 'sample article %i has zero invalid blocks', ( _index, html ) => {
		const { blocks: markup } = convert( html );
		const parsed = parse( markup );
		expect( flatten( parsed ).length ).toBeGreaterThan( 0 );
		expect( invalidBlocks( parsed ) ).toEqual( [] );
		expect( markup ).not.toMatch( /<script|<style|<iframe|\son[a-z]+=|javascript:|style="/i );
	} );

	it( 'flags markup WordPress would call invalid (the check is real)', () => {
		const [ table ] = parse( '<!-- wp:table -->\n<table><tr><td>No figure</td></tr></table>\n<!-- /wp:table -->' );
		expect( table!.isValid ).toBe( false );
	} );

	it( 'covers every block kind the engine emits', () => {
		const names = new Set( [ ...fakeArticles, ...handWritten ].flatMap( ( html ) => flatten( parse( convert( html ).blocks ) ).map( ( block ) => block.name ) ) );
		for ( const name of [ 'core/paragraph', 'core/heading', 'core/list', 'core/list-item', 'core/image', 'core/quote', 'core/table', 'core/details', 'core/code', 'core/separator' ] ) {
			expect( names ).toContain( name );
		}
	} );
} );
