/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { scorePost, WEIGHTS } from '../index.ts';
import type { CheckId, ScoreInput } from '../types.ts';
import { goodPost, heading, paragraph } from './fixtures.ts';

function statusOf( input: ScoreInput, id: CheckId ) {
	const found = scorePost( input ).checks.find( ( item ) => item.id === id );
	if ( ! found ) {
		throw new Error( `no check ${ id }` );
	}
	return found;
}

describe( 'scorePost', () => {
	it( 'weights add up to 100 and every check is reported once', () => {
		expect( Object.values( WEIGHTS ).reduce( ( a, b ) => a + b, 0 ) ).toBe(
			100
		);
		const result = scorePost( goodPost() );
		expect( result.checks.map( ( item ) => item.id ).sort() ).toEqual(
			( Object.keys( WEIGHTS ) as CheckId[] ).sort()
		);
		expect( result.score ).toBe(
			Math.round(
				result.checks.reduce( ( sum, item ) => sum + item.points, 0 )
			)
		);
	} );

	it( 'gives a well-built post a high score with every check good', () => {
		const result = scorePost( goodPost() );
		const notGood = result.checks.filter(
			( item ) => item.status !== 'good'
		);
		expect( notGood ).toEqual( [] );
		expect( result.score ).toBe( 100 );
		expect( result.stats.internalLinks ).toBe( 2 );
		expect( result.stats.externalLinks ).toBe( 1 );
		expect( result.stats.images ).toBe( 1 );
		expect( result.stats.fleschReadingEase ).toBeGreaterThan( 60 );
	} );

	it( 'asks for a keyword when none is set', () => {
		const result = scorePost( { ...goodPost(), keyword: '' } );
		const keywordChecks = result.checks.filter( ( item ) =>
			item.id.startsWith( 'keyword_' )
		);
		expect( keywordChecks ).toHaveLength( 5 );
		expect(
			keywordChecks.every( ( item ) => item.status === 'problem' )
		).toBe( true );
		expect( keywordChecks[ 0 ]?.message ).toMatch( /target keyword/ );
		expect( result.score ).toBe( 60 );
	} );

	it( 'matches the keyword as whole words, case and accents ignored', () => {
		const post = goodPost();
		expect(
			statusOf(
				{ ...post, title: 'HOME COMPOSTING made easy' },
				'keyword_in_title'
			).status
		).toBe( 'good' );
		expect(
			statusOf(
				{ ...post, title: 'Composting at home' },
				'keyword_in_title'
			).status
		).toBe( 'improve' );
		expect(
			statusOf( { ...post, title: 'Homecomposting' }, 'keyword_in_title' )
				.status
		).toBe( 'problem' );
		expect(
			statusOf(
				{ ...post, keyword: 'Café', title: 'The best cafe' },
				'keyword_in_title'
			).status
		).toBe( 'good' );
	} );

	it( 'points the first-paragraph check at the introduction block', () => {
		const post = goodPost();
		post.blocks[ 0 ] = paragraph( 'intro', 'Gardens love organic matter.' );
		const found = statusOf( post, 'keyword_in_first_paragraph' );
		expect( found.status ).toBe( 'problem' );
		expect( found.blockId ).toBe( 'intro' );
	} );

	it( 'checks the slug with hyphens as word breaks', () => {
		expect(
			statusOf(
				{ ...goodPost(), slug: 'guide-to-home-composting' },
				'keyword_in_slug'
			).status
		).toBe( 'good' );
		expect(
			statusOf(
				{ ...goodPost(), slug: 'composting-home' },
				'keyword_in_slug'
			).status
		).toBe( 'improve' );
		expect(
			statusOf(
				{ ...goodPost(), slug: 'garden-tips' },
				'keyword_in_slug'
			).status
		).toBe( 'problem' );
	} );

	it( 'flags keyword stuffing and points at the heaviest block', () => {
		const post = goodPost( 300 );
		post.blocks.push(
			paragraph(
				'stuffed',
				'Home composting, home composting, home composting. '.repeat(
					10
				)
			)
		);
		const found = statusOf( post, 'keyword_density' );
		expect( found.status ).toBe( 'problem' );
		expect( found.blockId ).toBe( 'stuffed' );
		expect( scorePost( post ).stats.keywordDensity ).toBeGreaterThan( 3.5 );
	} );

	it( 'measures length against the task target', () => {
		const post = goodPost( 800 );
		expect(
			statusOf( { ...post, targetWords: 800 }, 'length' ).status
		).toBe( 'good' );
		expect(
			statusOf( { ...post, targetWords: 1200 }, 'length' ).status
		).toBe( 'improve' );
		expect(
			statusOf( { ...post, targetWords: 3000 }, 'length' ).status
		).toBe( 'problem' );
		expect(
			statusOf( { ...post, targetWords: 300 }, 'length' ).status
		).toBe( 'improve' );
		expect(
			statusOf( { ...post, targetWords: null }, 'length' ).status
		).toBe( 'good' );
	} );

	it( 'finds skipped heading levels and an H1 in the body', () => {
		const post = goodPost();
		post.blocks.splice( 3, 0, heading( 'deep', 4, 'Too deep' ) );
		const skipped = statusOf( post, 'heading_structure' );
		expect( skipped.status ).toBe( 'problem' );
		expect( skipped.blockId ).toBe( 'deep' );
		const withH1 = goodPost();
		withH1.blocks.splice( 2, 0, heading( 'h1', 1, 'Another title' ) );
		expect( statusOf( withH1, 'heading_structure' ).blockId ).toBe( 'h1' );
	} );

	it( 'lowers readability for long sentences of long words', () => {
		const hard = goodPost();
		hard.blocks = hard.blocks.map( ( block ) =>
			block.name === 'core/paragraph'
				? paragraph(
						block.id,
						'Notwithstanding considerable organisational complexities, municipal composting infrastructure fundamentally necessitates comprehensive interdepartmental coordination and sophisticated administrative accountability mechanisms throughout implementation'
					)
				: block
		);
		const found = statusOf( hard, 'readability' );
		expect( found.status ).toBe( 'problem' );
		expect( found.blockId ).toBeDefined();
		expect( scorePost( hard ).stats.fleschReadingEase ).toBeLessThan( 30 );
	} );

	it( 'counts internal links by host and relative URL, ignoring fragments and mailto', () => {
		const post = goodPost( 300 );
		post.blocks = [
			paragraph(
				'a',
				'Home composting <a href="#top">top</a> <a href="mailto:a@b.c">mail</a> <a href="https://other.org/x">other</a>'
			),
		];
		const result = scorePost( post );
		expect( result.stats.internalLinks ).toBe( 0 );
		expect( result.stats.externalLinks ).toBe( 1 );
		expect( statusOf( post, 'internal_links' ).status ).toBe( 'problem' );
	} );

	it( 'reports images without alt text and selects their block', () => {
		const post = goodPost();
		post.blocks.push( {
			id: 'noalt',
			name: 'core/image',
			html: '<figure class="wp-block-image"><img src="b.jpg" alt=""/></figure>',
		} );
		const found = statusOf( post, 'image_alt' );
		expect( found.status ).toBe( 'problem' );
		expect( found.blockId ).toBe( 'noalt' );
		expect( found.message ).toContain( '1 of 2' );
	} );

	it( 'counts the featured image as one of the post’s images', () => {
		const bare = goodPost();
		bare.blocks = bare.blocks.filter( ( block ) => block.id !== 'img' );
		expect( statusOf( bare, 'image_alt' ).status ).toBe( 'problem' );

		const withAlt = { ...bare, featuredImage: { alt: 'A compost bin' } };
		expect( statusOf( withAlt, 'image_alt' ).status ).toBe( 'good' );
		expect( scorePost( withAlt ).stats.images ).toBe( 1 );
		expect( scorePost( withAlt ).score ).toBeGreaterThan(
			scorePost( bare ).score
		);

		const noAlt = { ...bare, featuredImage: { alt: '  ' } };
		const found = statusOf( noAlt, 'image_alt' );
		expect( found.status ).toBe( 'problem' );
		expect( found.message ).toContain( '1 of 1' );
		expect( found.blockId ).toBeUndefined();
		expect( scorePost( { ...bare, featuredImage: null } ) ).toEqual(
			scorePost( bare )
		);
	} );

	it( 'grades meta lengths', () => {
		const post = goodPost();
		expect(
			statusOf( { ...post, metaTitle: '' }, 'meta_title_length' ).status
		).toBe( 'problem' );
		expect(
			statusOf(
				{ ...post, metaTitle: 'x'.repeat( 65 ) },
				'meta_title_length'
			).status
		).toBe( 'improve' );
		expect(
			statusOf(
				{ ...post, metaTitle: 'x'.repeat( 90 ) },
				'meta_title_length'
			).status
		).toBe( 'problem' );
		expect(
			statusOf(
				{ ...post, metaDescription: 'x'.repeat( 100 ) },
				'meta_description_length'
			).status
		).toBe( 'improve' );
		expect(
			statusOf(
				{ ...post, metaDescription: 'x'.repeat( 140 ) },
				'meta_description_length'
			).status
		).toBe( 'good' );
	} );

	it( 'changes the score when the text changes', () => {
		const post = goodPost();
		const before = scorePost( post ).score;
		post.blocks[ 0 ] = paragraph( 'intro', 'Gardens love organic matter.' );
		expect( scorePost( post ).score ).toBeLessThan( before );
	} );

	it( 'scores an empty post without throwing', () => {
		const result = scorePost( {
			title: '',
			slug: '',
			blocks: [],
			keyword: '',
			metaTitle: '',
			metaDescription: '',
			targetWords: null,
			siteHost: '',
		} );
		expect( result.score ).toBeGreaterThanOrEqual( 0 );
		expect( result.stats.words ).toBe( 0 );
	} );
	it( 'counts a product’s attribute terms as keywords, once where they overlap the target keyword', () => {
		const product: ScoreInput = {
			...goodPost(),
			keyword: '',
			title: 'Sage linen apron',
			slug: 'sage-linen-apron',
			blocks: [
				paragraph( 'intro', 'A linen apron in Sage for the kitchen.' ),
				heading( 'h', 2, 'Sand or Sage' ),
				paragraph( 'body', 'Washed linen, two pockets, Sand ties.' ),
			],
		};
		const without = scorePost( product );
		const withTerms = scorePost( {
			...product,
			keywords: [ 'Sage', 'Sand' ],
		} );

		expect( statusOf( product, 'keyword_in_title' ).status ).toBe(
			'problem'
		);
		for ( const id of [
			'keyword_in_title',
			'keyword_in_first_paragraph',
			'keyword_in_headings',
			'keyword_in_slug',
		] as CheckId[] ) {
			expect(
				statusOf( { ...product, keywords: [ 'Sage', 'Sand' ] }, id )
					.status
			).toBe( 'good' );
		}
		// Sage, Sand, Sage, Sand: four hits; "linen apron" holds "linen" but is counted once.
		expect( withTerms.score ).toBeGreaterThan( without.score );
		expect(
			scorePost( {
				...product,
				keywords: [ 'Sage', 'Sand' ],
			} ).checks.find( ( c ) => c.id === 'keyword_density' )?.message
		).toMatch( /occurs 4 times/ );
		expect(
			scorePost( {
				...product,
				keyword: 'linen apron',
				keywords: [ 'linen' ],
			} ).checks.find( ( c ) => c.id === 'keyword_density' )?.message
		).toMatch( /occurs 2 times/ );
		expect( scorePost( { ...product, keywords: [] } ) ).toEqual( without );
	} );
} );
