/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { escapeHtml, htmlText } from '../lib/html';
import { linkAnchor } from '../lib/links';

describe( 'linkAnchor', () => {
	it( 'links the first occurrence outside existing links, keeping the text’s case', () => {
		expect(
			linkAnchor(
				'Buy <a href="/x">trail shoes</a> or Trail shoes here.',
				'trail shoes',
				'/shoes/'
			)
		).toBe(
			'Buy <a href="/x">trail shoes</a> or <a href="/shoes/">Trail shoes</a> here.'
		);
		expect(
			linkAnchor(
				'Use <strong>trail shoes</strong> daily.',
				'trail shoes',
				'/s/'
			)
		).toBe( 'Use <strong><a href="/s/">trail shoes</a></strong> daily.' );
	} );

	it( 'prefers an exact match and never touches attributes', () => {
		expect(
			linkAnchor(
				'<img alt="Trail shoes"> Trail shoes and trail shoes',
				'trail shoes',
				'/s/'
			)
		).toBe(
			'<img alt="Trail shoes"> Trail shoes and <a href="/s/">trail shoes</a>'
		);
	} );

	it( 'returns null when the anchor is only inside a link or absent, and escapes the URL', () => {
		expect(
			linkAnchor( '<a href="/a">hill plan</a>', 'hill plan', '/b/' )
		).toBeNull();
		expect( linkAnchor( 'nothing here', 'hill plan', '/b/' ) ).toBeNull();
		expect(
			linkAnchor( 'Tom & Jerry', 'Tom & Jerry', '/t?a=1&b="2"' )
		).toBeNull();
		expect(
			linkAnchor( 'Tom &amp; Jerry', 'Tom & Jerry', '/t?a=1&b="2"' )
		).toBe( '<a href="/t?a=1&amp;b=&quot;2&quot;">Tom &amp; Jerry</a>' );
	} );

	it( 'round-trips text through the html helpers', () => {
		expect( htmlText( escapeHtml( 'a < b & c' ) ) ).toBe( 'a < b & c' );
		expect( htmlText( 'One<br>Two &nbsp;<em>three</em>' ) ).toBe(
			'One\nTwo  three'
		);
	} );
} );
