import { describe, expect, it } from 'vitest';
import { optimizeContent, optimizeContentInput, optimizeContentOutput } from './optimize_content';

const input = optimizeContentInput.parse( {
	title: 'Brewing',
	keywords: [ 'coffee' ],
	segments: [
		{ id: 's1', kind: 'p', html: 'Intro with <a href="https://site.example/guide">a guide</a>.' },
		{ id: 's2', kind: 'faq_question', html: 'How hot?' },
		{ id: 's3', kind: 'faq_answer', html: 'Just off the boil.' },
	],
	language: 'en',
} );

const reply = ( changes: Record<string, unknown> = {} ) =>
	optimizeContentOutput.parse( {
		title: 'Brewing <em>better</em>',
		meta_title: 'Brewing',
		meta_description: 'How to brew.',
		segments: [ { id: 's1', html: 'A better intro with <a href="https://site.example/guide">a guide</a>.' } ],
		insert: [ { after: 's1', tag: 'h2', html: 'Coffee basics' } ],
		changes: [ '<b>Added</b> an intro' ],
		language: 'en',
		...changes,
	} );

describe( 'optimize_content output', () => {
	it( 'accepts rewrites of known segments with inline markup and additions after one', () => {
		expect( optimizeContent.checkOutput!( reply(), input ) ).toBeNull();
	} );

	it( 'refuses a segment id the article does not have, and an insertion after one', () => {
		const problem = optimizeContent.checkOutput!( reply( { segments: [ { id: 's9', html: 'Text.' } ], insert: [ { after: 's7', tag: 'p', html: 'More.' } ] } ), input );
		expect( problem ).toContain( 'segment "s9" is not in the article' );
		expect( problem ).toContain( 'insert after "s7": no such segment' );
	} );

	it( 'refuses HTML outside the inline allowlist: blocks, images, scripts, comments that could close a block', () => {
		for ( const [ html, element ] of [
			[ '<p>Two</p><p>paragraphs</p>', '<p>' ],
			[ 'Look <img src="https://site.example/x.png">', '<img>' ],
			[ 'Hi <script>alert(1)</script>', '<script>' ],
			[ 'A<!-- /wp:paragraph --><!-- wp:html -->', '<!-->' ],
			[ '<svg><a>go</a></svg>', '<svg>' ],
			[ '<ul><li>x</li></ul>', '<ul>' ],
		] as const ) {
			expect( optimizeContent.checkOutput!( reply( { segments: [ { id: 's3', html } ] } ), input ), html ).toContain( element );
		}
		expect( optimizeContent.checkOutput!( reply( { insert: [ { after: 's1', tag: 'p', html: '<h2>Heading</h2>' } ] } ), input ) ).toContain( '<h2>' );
	} );

	it( 'refuses an empty rewrite, which would drop an FAQ answer from its block', () => {
		expect( optimizeContent.checkOutput!( reply( { segments: [ { id: 's3', html: ' <strong> </strong>' } ] } ), input ) ).toContain( 'segment "s3" is empty' );
	} );

	it( 'refuses the same segment twice', () => {
		expect( optimizeContent.checkOutput!( reply( { segments: [ { id: 's2', html: 'A?' }, { id: 's2', html: 'B?' } ] } ), input ) ).toContain( 'rewritten twice' );
	} );

	it( 'refuses insertions of anything but paragraphs and section headings in the schema', () => {
		expect( optimizeContentOutput.safeParse( { ...reply(), insert: [ { after: 's1', tag: 'ul', html: 'x' } ] } ).success ).toBe( false );
		expect( optimizeContentOutput.safeParse( { ...reply(), segments: [ { id: 'x1', html: 'x' } ] } ).success ).toBe( false );
		expect( optimizeContentOutput.safeParse( { ...reply(), content_html: '<p>Whole article</p>' } ).success ).toBe( false );
	} );

	it( 'refuses input segments with unknown kinds or repeated ids', () => {
		expect( optimizeContentInput.safeParse( { ...input, segments: [ { id: 's1', kind: 'image', html: 'x' } ] } ).success ).toBe( false );
		expect( optimizeContentInput.safeParse( { ...input, segments: [ { id: 's1', kind: 'p', html: 'x' }, { id: 's1', kind: 'p', html: 'y' } ] } ).success ).toBe( false );
	} );
} );

describe( 'optimize_content toResult', () => {
	it( 'returns the changed segments cleaned through the allowlist and the additions, never whole blocks', () => {
		const result = optimizeContent.toResult(
			reply( {
				segments: [
					{ id: 's1', html: 'Better <b>intro</b> <a href="javascript:alert(1)">here</a>.' },
					{ id: 's2', html: 'How hot?' },
					{ id: 's3', html: 'Just <i>off</i> the boil.' },
				],
			} ),
			input
		);
		expect( result.segments ).toEqual( [
			{ id: 's1', html: 'Better <strong>intro</strong> here.' },
			{ id: 's3', html: 'Just <em>off</em> the boil.' },
		] );
		expect( result.inserted ).toEqual( [ { after: 's1', tag: 'h2', html: 'Coffee basics' } ] );
		expect( result ).not.toHaveProperty( 'content_blocks' );
		expect( result.title ).toBe( 'Brewing better' );
		expect( result.changes ).toEqual( [ 'Added an intro' ] );
	} );

	it( 'shows the model the segments and never block markup', () => {
		const user = optimizeContent.buildMessages( input )[ 1 ]!.content;
		expect( user ).toContain( '"id":"s3","kind":"faq_answer","html":"Just off the boil."' );
		expect( user ).not.toContain( 'wp:' );
	} );
} );
