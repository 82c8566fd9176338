/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { htmlToText, findImages, findLinks } from '../html.ts';
import {
	countSentences,
	countSequence,
	fleschReadingEase,
	syllables,
	tokenize,
} from '../text.ts';

describe( 'score text helpers', () => {
	it( 'counts syllables with the silent-e rules', () => {
		expect( syllables( 'cat' ) ).toBe( 1 );
		expect( syllables( 'make' ) ).toBe( 1 );
		expect( syllables( 'garden' ) ).toBe( 2 );
		expect( syllables( 'composting' ) ).toBe( 3 );
		expect( syllables( 'readability' ) ).toBe( 5 );
		expect( syllables( 'table' ) ).toBe( 2 );
	} );

	it( 'computes Flesch reading ease and clamps it', () => {
		expect( fleschReadingEase( 100, 10, 130 ) ).toBeCloseTo(
			206.835 - 10.15 - 109.98,
			1
		);
		expect( fleschReadingEase( 10, 1, 50 ) ).toBe( 0 );
		expect( fleschReadingEase( 0, 0, 0 ) ).toBe( 100 );
	} );

	it( 'splits sentences on punctuation and line breaks but not decimals', () => {
		expect( countSentences( 'One. Two! Three? Pi is 3.14 here' ) ).toBe(
			4
		);
		expect( countSentences( 'Item one\nItem two' ) ).toBe( 2 );
	} );

	it( 'tokenizes and matches phrases as whole words', () => {
		expect( tokenize( 'It’s a Café—really!' ) ).toEqual( [
			'it’s',
			'a',
			'cafe',
			'really',
		] );
		expect(
			countSequence( tokenize( 'seo seoul seo tips SEO tips' ), [
				'seo',
				'tips',
			] )
		).toBe( 2 );
	} );

	it( 'reads text, links and images out of messy HTML', () => {
		expect(
			htmlToText(
				'<p>A&amp;B&nbsp;<strong>c</strong></p><script>x()</script><p>&#8217;d</p>'
			)
		).toBe( '\nA&B c\n\n’d\n' );
		expect(
			findLinks(
				'<a class=x href=\'/a\'>a</a><A HREF="https://b.c">b</A><a name="x">'
			)
		).toEqual( [ { href: '/a' }, { href: 'https://b.c' } ] );
		expect(
			findImages( '<img src=a alt="x"><img src=b alt><img src=c>' )
		).toEqual( [ { hasAlt: true }, { hasAlt: false }, { hasAlt: false } ] );
	} );
} );
