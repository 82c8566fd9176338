/**
 * The block editor's meta, FAQ and key takeaways take the site's author profile like the articles
 * do: its voice reaches the prompt, and its banned words never reach the post, whatever the model says.
 */
import { describe, expect, it } from 'vitest';
import { generateFaq } from './generate_faq';
import { generateMeta } from './generate_meta';
import { generateTakeaways } from './generate_takeaways';

const profile = { name: 'Shop voice', tone: 'playful', banned_words: [ 'cheap' ] };
const base = { title: 'Tea sets', keyword: 'tea set', text: 'A guide to tea sets.', language: 'en', author_profile: profile };

describe( 'the author profile in the editor’s actions', () => {
	it( 'puts the voice and the banned words into each prompt', () => {
		for ( const fn of [ generateMeta, generateFaq, generateTakeaways ] ) {
			const input = fn.inputSchema.parse( base );
			const prompt = String( fn.buildMessages( input as never )[ 1 ]?.content );
			expect( prompt, fn.name ).toContain( 'Tone: playful' );
			expect( prompt, fn.name ).toContain( 'Banned words: cheap' );
		}
	} );

	it( 'removes a banned word the model used anyway', () => {
		const meta = generateMeta.toResult( { meta_title: 'Cheap tea sets', meta_description: 'Find a cheap tea set that lasts for years of tea.', language: 'en' }, generateMeta.inputSchema.parse( base ) as never ) as { meta_title: string; meta_description: string };
		expect( `${ meta.meta_title } ${ meta.meta_description }` ).not.toMatch( /cheap/i );
		const faq = generateFaq.toResult( { items: [ { question: 'Is a cheap set fine?', answer: 'A cheap set can be fine.' } ], language: 'en' }, generateFaq.inputSchema.parse( base ) as never ) as { items: Array<{ question: string; answer: string }> };
		expect( JSON.stringify( faq.items ) ).not.toMatch( /cheap/i );
		const takeaways = generateTakeaways.toResult( { items: [ 'Cheap sets chip.' ], language: 'en' }, generateTakeaways.inputSchema.parse( base ) as never ) as { items: string[] };
		expect( takeaways.items.join( ' ' ) ).not.toMatch( /cheap/i );
	} );
} );

describe( 'a prompt override’s instructions', () => {
	it( 'reach the image prompts too, not only their system text', async () => {
		const { generateImagePrompts } = await import( './generate_image_prompts' );
		const input = generateImagePrompts.inputSchema.parse( { title: 'Tea sets', content_html: '<h2>Porcelain</h2><p>Fine.</p>', template: { system: 'House images.', instructions: 'Always show  hands pouring.' } } );
		const [ system, user ] = generateImagePrompts.buildMessages( input );
		expect( system?.content ).toContain( 'House images.' );
		expect( user?.content ).toContain( 'Instructions: Always show hands pouring.' );
	} );
} );
