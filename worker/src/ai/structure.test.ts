/**
 * A task's structure and outline reach the model, and a reply that drops or reorders the outline
 * is caught (the core then asks once more).
 */
import { describe, expect, it } from 'vitest';
import { generateContent } from './functions/generate_content';
import { outlineProblem } from './structure';
import { ARTICLE_WORDS } from '../contracts/jobs';

const outline = [
	{ heading: 'Pick a pot', level: 2 as const },
	{ heading: 'Drainage & soil', level: 3 as const },
	{ heading: 'Water less than you think', level: 2 as const },
];

describe( 'content structure and outline', () => {
	it( 'puts the structure and the outline, heading by heading, into the prompt', () => {
		const [ , user ] = generateContent.buildMessages( { title: 'Balcony herbs', content_structure: 'how_to', outline } );
		expect( user?.content ).toContain( 'Structure: a how-to: what is needed first, then numbered steps' );
		expect( user?.content ).toContain( '## Pick a pot\n### Drainage & soil\n## Water less than you think' );
		// The brief stays last (it may span lines).
		expect( String( user?.content ).split( '\n' ).at( -1 ) ).toBe( 'Brief: ' );
		const [ , plain ] = generateContent.buildMessages( { title: 'Balcony herbs', content_structure: 'article' } );
		expect( plain?.content ).not.toContain( 'Structure:' );
		expect( plain?.content ).not.toContain( 'Outline' );
	} );

	it( 'accepts a reply with every outline heading at its level and in order, whatever the spacing and case', () => {
		const html = '<p>Intro</p><h2>Pick a  POT</h2><p>x</p><h3>Drainage &amp; soil</h3><h2>Extra</h2><h2>Water less than you think</h2><h2>FAQ</h2>';
		expect( outlineProblem( html, outline ) ).toBeNull();
		expect( outlineProblem( '<p>No outline asked</p>', undefined ) ).toBeNull();
	} );

	it( 'names the first heading that is missing, at the wrong level or out of order', () => {
		expect( outlineProblem( '<h2>Pick a pot</h2><h3>Drainage &amp; soil</h3>', outline ) ).toContain( '"Water less than you think" is missing or out of order' );
		expect( outlineProblem( '<h2>Pick a pot</h2><h2>Drainage &amp; soil</h2><h2>Water less than you think</h2>', outline ) ).toContain( 'h3 "Drainage & soil"' );
		expect( outlineProblem( '<h2>Water less than you think</h2><h2>Pick a pot</h2><h3>Drainage &amp; soil</h3>', outline ) ).toContain( '"Water less than you think"' );
	} );

	it( 'is the check generate_content runs on every reply', () => {
		const reply = { title: 'T', meta_title: 'T', meta_description: 'D', excerpt: 'E', language: 'en', content_html: '<h2>Something else</h2>' };
		expect( generateContent.checkOutput!( reply, { title: 'T', language: 'en', outline } ) ).toContain( '"Pick a pot" is missing' );
		expect( generateContent.inputSchema.safeParse( { title: 'T', content_structure: 'essay' } ).success ).toBe( false );
	} );

	it( 'asks for the task\'s target length, within the range of the job contract', () => {
		const [ , user ] = generateContent.buildMessages( { title: 'Balcony herbs', target_words: 1800 } );
		expect( user!.content ).toContain( 'Length: about 1800 words.' );
		const [ , none ] = generateContent.buildMessages( { title: 'Balcony herbs' } );
		expect( none!.content ).not.toContain( 'Length:' );
		expect( generateContent.inputSchema.safeParse( { title: 'T', target_words: ARTICLE_WORDS.max + 1 } ).success ).toBe( false );
		expect( generateContent.inputSchema.safeParse( { title: 'T', target_words: ARTICLE_WORDS.min - 1 } ).success ).toBe( false );
		expect( generateContent.inputSchema.safeParse( { title: 'T', target_words: ARTICLE_WORDS.min } ).success ).toBe( true );
	} );
} );
