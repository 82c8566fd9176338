import { describe, expect, it } from 'vitest';
import { optimizeContent } from './optimize_content';

const input = {
	title: 'Brewing',
	keywords: [ 'coffee' ],
	content_html: '<p>Intro.</p><figure class="wp-block-image"><img src="https://site.example/wp-content/uploads/cup.jpg" alt="Cup"></figure>',
};

describe( 'optimize_content toResult', () => {
	it( 'keeps the article\'s own images and drops the ones the model adds', () => {
		const result = optimizeContent.toResult(
			{
				title: 'Brewing <em>better</em>',
				meta_title: 'Brewing',
				meta_description: 'How to brew.',
				content_html: '<figure><img src="https://site.example/wp-content/uploads/cup.jpg" alt="Cup"></figure><p><img src="https://attacker.example/x.png">Better intro.</p>',
				changes: [ '<b>Added</b> an intro' ],
				language: 'en',
			},
			input
		);
		expect( result.content_blocks ).toContain( '<img src="https://site.example/wp-content/uploads/cup.jpg" alt="Cup"/>' );
		expect( result.content_blocks ).not.toContain( 'attacker.example' );
		expect( result.title ).toBe( 'Brewing better' );
		expect( result.changes ).toEqual( [ 'Added an intro' ] );
	} );
} );
