import { describe, expect, it } from 'vitest';
import { countWords, htmlToBlocks } from './blocks';

const blocks = ( html: string ) => htmlToBlocks( html ).blocks;

describe( 'htmlToBlocks: core blocks as WordPress 6.8 saves them', () => {
	it( 'writes paragraphs and headings (level attribute only when not 2)', () => {
		expect( blocks( '<h2>Why it matters</h2><p>Plain <strong>bold</strong> and <em>em</em>.</p><h3>Details</h3><h1>Top</h1>' ) ).toBe(
			[
				'<!-- wp:heading -->\n<h2 class="wp-block-heading">Why it matters</h2>\n<!-- /wp:heading -->',
				'<!-- wp:paragraph -->\n<p>Plain <strong>bold</strong> and <em>em</em>.</p>\n<!-- /wp:paragraph -->',
				'<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">Details</h3>\n<!-- /wp:heading -->',
				'<!-- wp:heading {"level":1} -->\n<h1 class="wp-block-heading">Top</h1>\n<!-- /wp:heading -->',
			].join( '\n\n' )
		);
	} );

	it( 'writes lists with list-item inner blocks, ordered and nested', () => {
		expect( blocks( '<ul><li>One</li><li>Two<ul><li>Two a</li></ul></li></ul><ol><li>First</li></ol>' ) ).toBe(
			'<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>One</li>\n<!-- /wp:list-item -->\n\n' +
				'<!-- wp:list-item -->\n<li>Two<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>Two a</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list --></li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->' +
				'\n\n<!-- wp:list {"ordered":true} -->\n<ol class="wp-block-list"><!-- wp:list-item -->\n<li>First</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->'
		);
	} );

	it( 'writes quotes with paragraph inner blocks and a cite', () => {
		expect( blocks( '<blockquote><p>Less is more.</p><p>Really.</p><cite>Mies</cite></blockquote>' ) ).toBe(
			'<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Less is more.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Really.</p>\n<!-- /wp:paragraph --><cite>Mies</cite></blockquote>\n<!-- /wp:quote -->'
		);
		expect( blocks( '<blockquote>Bare words</blockquote>' ) ).toBe(
			'<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Bare words</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->'
		);
	} );

	it( 'writes tables in a figure with a fixed layout, header and caption', () => {
		expect( blocks( '<table><caption>Prices</caption><thead><tr><th>Plan</th><th>Cost</th></tr></thead><tbody><tr><td>Free</td><td>0</td></tr></tbody></table>' ) ).toBe(
			'<!-- wp:table -->\n<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Plan</th><th>Cost</th></tr></thead><tbody><tr><td>Free</td><td>0</td></tr></tbody></table><figcaption class="wp-element-caption">Prices</figcaption></figure>\n<!-- /wp:table -->'
		);
		expect( blocks( '<table><tr><td>a</td></tr></table>' ) ).toContain( '<table class="has-fixed-layout"><tbody><tr><td>a</td></tr></tbody></table>' );
	} );

	it( 'writes code and separators', () => {
		expect( blocks( '<pre><code>if (a < b) { go(); }</code></pre><hr>' ) ).toBe(
			'<!-- wp:code -->\n<pre class="wp-block-code"><code>if (a &lt; b) { go(); }</code></pre>\n<!-- /wp:code -->\n\n<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->'
		);
	} );
} );

describe( 'htmlToBlocks: sanitising model output', () => {
	it( 'drops scripts, styles, iframes, forms and event handlers', () => {
		const out = blocks(
			'<p onclick="steal()" style="color:red" class="x">Hi<script>alert(1)</script></p><style>p{}</style><iframe src="https://evil"></iframe><form><input name="a"></form><p><img src=x onerror=alert(1)>ok</p>'
		);
		expect( out ).toBe( '<!-- wp:paragraph -->\n<p>Hi</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>ok</p>\n<!-- /wp:paragraph -->' );
	} );

	it( 'keeps safe links and drops javascript: URLs', () => {
		expect( blocks( '<p><a href="https://wordpress.org" target="_blank" rel="noopener evil" onmouseover="x()">WP</a> <a href="JaVa\tScript:alert(1)">bad</a> <a href="/about">rel</a></p>' ) ).toBe(
			'<!-- wp:paragraph -->\n<p><a href="https://wordpress.org" target="_blank" rel="noopener">WP</a> bad <a href="/about">rel</a></p>\n<!-- /wp:paragraph -->'
		);
	} );

	it( 'repairs sloppy HTML: loose text, unclosed paragraphs and items, wrappers, stray tags', () => {
		const out = blocks( '<div><section>Intro text<p>One<p>Two</section></div><ul><li>a<li>b</ul></span><h2>End' );
		expect( out ).toBe(
			[
				'<!-- wp:paragraph -->\n<p>Intro text</p>\n<!-- /wp:paragraph -->',
				'<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->',
				'<!-- wp:paragraph -->\n<p>Two</p>\n<!-- /wp:paragraph -->',
				'<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>a</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>b</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->',
				'<!-- wp:heading -->\n<h2 class="wp-block-heading">End</h2>\n<!-- /wp:heading -->',
			].join( '\n\n' )
		);
	} );

	it( 'escapes stray markup characters; entities are decoded to the characters they stand for', () => {
		expect( blocks( '<p>Fish &amp; chips & peas, 3 > 2, caf&eacute;&nbsp;&lt;3</p>' ) ).toBe( '<!-- wp:paragraph -->\n<p>Fish &amp; chips &amp; peas, 3 &gt; 2, café&nbsp;&lt;3</p>\n<!-- /wp:paragraph -->' );
	} );

	it( 'returns matching plain HTML and a word count', () => {
		const converted = htmlToBlocks( '<h2>Title here</h2><p>Three small words.</p><ul><li>and one</li></ul>' );
		expect( converted.html ).not.toContain( '<!--' );
		expect( converted.html ).toContain( '<h2 class="wp-block-heading">Title here</h2>' );
		expect( converted.wordCount ).toBe( 7 );
		expect( countWords( '<p>Fish &amp; chips</p>' ) ).toBe( 2 );
		expect( htmlToBlocks( '' ).blocks ).toBe( '' );
	} );
} );

describe( 'htmlToBlocks: what the hand-written parser let through', () => {
	it( 'refuses entity-encoded javascript: schemes (encoded tab, &colon;, numeric entities)', () => {
		const out = blocks( '<p><a href="jav&#x09;ascript:alert(1)">tab</a> <a href="javascript&colon;alert(1)">colon</a> <a href="&#x6A;avascript&#x3A;alert(1)">hex</a> <a href="java&Tab;script:alert(1)">named</a></p>' );
		expect( out ).toBe( '<!-- wp:paragraph -->\n<p>tab colon hex named</p>\n<!-- /wp:paragraph -->' );
	} );

	it( 'drops images the model invents, keeps their captions, and keeps the article\'s own images', () => {
		const html = '<figure><img src="https://attacker.example/a.png" alt="x"><figcaption>Caption words</figcaption></figure><p><img src="https://attacker.example/b.png">Text</p>';
		expect( blocks( html ) ).toBe( '<!-- wp:paragraph -->\n<p>Caption words</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Text</p>\n<!-- /wp:paragraph -->' );
		const own = htmlToBlocks( '<figure><img src="https://site.example/wp-content/uploads/a.png" alt="A"></figure>', { images: new Set( [ 'https://site.example/wp-content/uploads/a.png' ] ) } ).blocks;
		expect( own ).toBe( '<!-- wp:image -->\n<figure class="wp-block-image"><img src="https://site.example/wp-content/uploads/a.png" alt="A"/></figure>\n<!-- /wp:image -->' );
	} );

	it( 'turns a Markdown reply into headings, lists, tables, quotes and links', () => {
		const out = blocks( '## Why grind\n\nIt is **fresh**.\n\n- one\n- two\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n> Quoted\n\nSee [the guide](https://example.com/g).' );
		expect( out ).toContain( '<h2 class="wp-block-heading">Why grind</h2>' );
		expect( out ).toContain( '<p>It is <strong>fresh</strong>.</p>' );
		expect( out ).toContain( '<ul class="wp-block-list"><!-- wp:list-item -->\n<li>one</li>' );
		expect( out ).toContain( '<thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody>' );
		expect( out ).toContain( '<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Quoted</p>' );
		expect( out ).toContain( '<a href="https://example.com/g">the guide</a>' );
		expect( out ).not.toMatch( /##|\*\*|\]\(/ );
	} );

	it( 'converts Markdown inside HTML paragraphs', () => {
		expect( blocks( '<p>## Heading in a p</p><p>- a\n- b</p>' ) ).toBe(
			'<!-- wp:heading -->\n<h2 class="wp-block-heading">Heading in a p</h2>\n<!-- /wp:heading -->\n\n' +
				'<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>a</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>b</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->'
		);
	} );

	it( 'serialises the tree a browser builds for mutation-XSS vectors', () => {
		const out = blocks(
			'<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">' +
				'<noscript><p title="</noscript><img src=x onerror=alert(2)>"></noscript><svg><style><img src=x onerror=alert(3)></style></svg><scr<script>ipt>alert(4)</scr</script>ipt>'
		);
		expect( out ).not.toMatch( /<img|onerror=|<svg|<math|<style|<script|<noscript/i );
	} );
} );
