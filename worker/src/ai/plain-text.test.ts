import { describe, expect, it } from 'vitest';
import { generateContent } from './functions/generate_content';
import { generateFaq } from './functions/generate_faq';
import { generateImagePrompts } from './functions/generate_image_prompts';
import { generateTakeaways } from './functions/generate_takeaways';
import { clipWords, plainText } from './plain-text';

describe( 'plainText: the plain-text fields of AI results', () => {
	it( 'strips tags, drops script content and decodes entities', () => {
		expect( plainText( 'Grind <b>guide</b> <script>window.__xss=1</script><img src=x onerror=alert(1)>', 'title' ) ).toBe( 'Grind guide' );
		expect( plainText( 'Caf&eacute; &amp; cr&egrave;me&nbsp;&#x2615;', 'title' ) ).toBe( 'Café & crème ☕' );
	} );

	it( 'strips markup that only appears after decoding', () => {
		expect( plainText( '&lt;script&gt;window.__xss=1&lt;/script&gt; Title', 'title' ) ).toBe( 'Title' );
		expect( plainText( '&amp;lt;img src=x onerror=alert(1)&amp;gt;Alt', 'alt' ) ).toBe( 'Alt' );
		expect( plainText( '5 < 6 and 7 > 3', 'title' ) ).toBe( '5 < 6 and 7 > 3' );
	} );

	it( 'collapses whitespace and removes invisible and bidi control characters', () => {
		expect( plainText( '  One\n\n two\u00a0three\u202Eevil\u200B four\u0007 ', 'excerpt' ) ).toBe( 'One two threeevil four' );
		expect( plainText( 'Family 👨‍👩‍👧', 'caption' ) ).toBe( 'Family 👨‍👩‍👧' );
	} );

	it( 'clips at a word boundary, by characters not UTF-16 units', () => {
		expect( plainText( 'Brewing coffee at home: the complete guide for beginners and experts', 'meta_title' ) ).toBe( 'Brewing coffee at home: the complete guide for beginners' );
		expect( clipWords( '😀'.repeat( 10 ), 4 ) ).toBe( '😀😀😀😀' );
	} );

	it( 'removes banned words', () => {
		expect( plainText( 'We <em>delve</em> into coffee', 'title', [ 'delve' ] ) ).toBe( 'We into coffee' );
	} );

	it( 'is what every function returns for its text fields', () => {
		const article = generateContent.toResult(
			{ title: '<h1>Title</h1>', meta_title: 'Meta &amp; more', meta_description: 'Desc<br>here', excerpt: '<p>Ex</p><p>cerpt</p>', content_html: '<p>x</p>', language: 'en' },
			{ title: 'T' }
		);
		expect( [ article.title, article.meta_title, article.meta_description, article.excerpt ] ).toEqual( [ 'Title', 'Meta & more', 'Desc here', 'Ex cerpt' ] );
		expect( generateFaq.toResult( { items: [ { question: '<b>Why?</b>', answer: 'Because &lt;3' } ], language: 'en' }, { title: 'T', keyword: '', text: '', count: 4 } ) ).toEqual( { items: [ { question: 'Why?', answer: 'Because <3' } ] } );
		expect( generateTakeaways.toResult( { items: [ '<i>One</i>', 'Two' ], language: 'en' }, { title: 'T', keyword: '', text: '', count: 4 } ) ).toEqual( { items: [ 'One', 'Two' ] } );
		const images = generateImagePrompts.toResult(
			{ featured: { prompt: 'p', alt: 'A <img src=x onerror=1>cup', caption: '<em>Hot</em>' }, in_article: [], language: 'en' },
			{ title: 'T', content_html: '<h2>H</h2>', max_in_article: 1 }
		) as { featured: { alt: string; caption: string } };
		expect( images.featured ).toMatchObject( { alt: 'A cup', caption: 'Hot' } );
	} );
} );
