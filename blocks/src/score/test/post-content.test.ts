/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { blocksFromPostContent } from '../index.ts';

describe( 'blocksFromPostContent', () => {
	it( 'reads top-level blocks with their inner HTML', () => {
		const content = [
			'<!-- wp:paragraph -->\n<p>Intro</p>\n<!-- /wp:paragraph -->',
			'<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">Sub</h3>\n<!-- /wp:heading -->',
			'<!-- wp:group {"layout":{"type":"constrained"}} --><div class="wp-block-group"><!-- wp:paragraph --><p>Inner</p><!-- /wp:paragraph --></div><!-- /wp:group -->',
			'<!-- wp:igny8/related-articles {"count":3} /-->',
		].join( '\n\n' );
		expect( blocksFromPostContent( content ) ).toEqual( [
			{ id: '0', name: 'core/paragraph', html: '<p>Intro</p>' },
			{
				id: '1',
				name: 'core/heading',
				html: '<h3 class="wp-block-heading">Sub</h3>',
			},
			{
				id: '2',
				name: 'core/group',
				html: '<div class="wp-block-group"><!-- wp:paragraph --><p>Inner</p><!-- /wp:paragraph --></div>',
			},
			{ id: '3', name: 'igny8/related-articles', html: '' },
		] );
	} );

	it( 'keeps classic HTML and text between blocks as freeform blocks', () => {
		expect( blocksFromPostContent( '<p>Classic</p><h2>Old</h2>' ) ).toEqual(
			[
				{
					id: '0',
					name: 'core/freeform',
					html: '<p>Classic</p><h2>Old</h2>',
				},
			]
		);
		const mixed = blocksFromPostContent(
			'<p>Before</p>\n<!-- wp:paragraph --><p>Block</p><!-- /wp:paragraph -->\n<p>After</p>'
		);
		expect( mixed.map( ( block ) => block.name ) ).toEqual( [
			'core/freeform',
			'core/paragraph',
			'core/freeform',
		] );
	} );

	it( 'tolerates broken delimiters', () => {
		expect(
			blocksFromPostContent(
				'<!-- /wp:paragraph --><!-- wp:paragraph --><p>Open'
			)
		).toEqual( [ { id: '0', name: 'core/paragraph', html: '<p>Open' } ] );
		expect( blocksFromPostContent( '' ) ).toEqual( [] );
	} );

	it( 'ignores braces inside JSON attributes', () => {
		const blocks = blocksFromPostContent(
			'<!-- wp:igny8/faq {"items":[{"q":"a -- b?","a":"{x}"}]} --><div>FAQ</div><!-- /wp:igny8/faq -->'
		);
		expect( blocks ).toEqual( [
			{ id: '0', name: 'igny8/faq', html: '<div>FAQ</div>' },
		] );
	} );
} );
