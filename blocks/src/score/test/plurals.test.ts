/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { scorePost } from '../index.ts';
import type { CheckId, ScoreInput } from '../types.ts';
import { paragraph } from './fixtures.ts';

/** Each check's message, against a string (exactly) or a pattern. */
function expectMessages(
	input: ScoreInput,
	expected: Partial< Record< CheckId, string | RegExp > >
): void {
	const { checks } = scorePost( input );
	for ( const [ id, message ] of Object.entries( expected ) ) {
		const found = checks.find( ( item ) => item.id === id )?.message;
		if ( typeof message === 'string' ) {
			expect( found ).toBe( message );
		} else {
			expect( found ).toMatch( message as RegExp );
		}
	}
}

/** A short post with one of each thing a check counts. */
const single: ScoreInput = {
	title: 'Home composting',
	slug: 'home-composting',
	keyword: 'home composting',
	metaTitle: 'M',
	metaDescription: '',
	targetWords: null,
	siteHost: 'example.com',
	blocks: [
		paragraph(
			'a',
			'Home composting starts small. Read <a href="https://example.com/bins/">bins</a> and <a href="https://www.epa.gov/recycle">the EPA</a>.'
		),
		{
			id: 'img',
			name: 'core/image',
			html: '<figure class="wp-block-image"><img src="https://example.com/a.jpg" alt="A bin"/></figure>',
		},
	],
};

describe( 'counted messages', () => {
	it( 'say one thing in the singular', () => {
		expectMessages( single, {
			internal_links: '1 internal link.',
			external_links: '1 link to another site.',
			image_alt: 'The 1 image has alt text.',
			keyword_density: /^The keyword occurs 1 time \(/,
			meta_title_length: /^The meta title has 1 character \(/,
		} );
		expectMessages(
			{ ...single, blocks: [ paragraph( 'a', 'Composting.' ) ] },
			{
				length: /^1 word against a target of /,
				internal_links:
					'0 internal links. Link to at least 1 related post (use “Suggest internal links”).',
			}
		);
		expectMessages(
			{
				...single,
				blocks: [
					{
						id: 'img',
						name: 'core/image',
						html: '<figure class="wp-block-image"><img src="https://example.com/a.jpg" alt=""/></figure>',
					},
				],
			},
			{ image_alt: '1 of 1 image has no alt text. Describe each image.' }
		);
	} );

	it( 'and more than one in the plural', () => {
		const blocks = [ ...single.blocks, ...single.blocks ].map(
			( block, i ) => ( { ...block, id: `${ block.id }${ i }` } )
		);
		expectMessages(
			{ ...single, blocks },
			{
				internal_links: '2 internal links.',
				external_links: '2 links to other sites.',
				image_alt: 'All 2 images have alt text.',
				keyword_density: /^The keyword occurs 2 times \(/,
			}
		);
	} );
} );
