import { describe, expect, it } from 'vitest';
import { validateReply } from './core';
import { generateContent, generateContentOutput } from './functions/generate_content';
import { htmlToBlocks } from './blocks';
import { authorProfileSchema, languageLine, languageTag, removeBannedWords, sameLanguage, systemPrompt, voiceLines } from './prompts';

describe( 'prompt templates, author profiles and language', () => {
	it( 'states the language in every prompt, defaulting to English explicitly', () => {
		expect( languageTag( 'de_DE' ) ).toBe( 'de-DE' );
		expect( languageTag( undefined ) ).toBe( 'en' );
		expect( languageLine( 'pt_BR' ) ).toMatch( /^Language: pt-BR \(Portuguese\)\./ );
		expect( sameLanguage( 'de', 'de_AT' ) ).toBe( true );
		expect( sameLanguage( 'en', 'de_DE' ) ).toBe( false );
	} );

	it( 'lets a site template replace the system text but keeps the function marker', () => {
		expect( systemPrompt( 'generate_content', 'Default.', { system: 'House style.' } ) ).toBe( 'igny8:function=generate_content\nHouse style.' );
		expect( systemPrompt( 'generate_content', 'Default.' ) ).toBe( 'igny8:function=generate_content\nDefault.' );
		const [ system, user ] = generateContent.buildMessages( { title: 'T', template: { system: 'House style.', instructions: 'Use British spelling.' }, author_profile: { tone: 'dry', point_of_view: 'we' } } );
		expect( system!.content ).toContain( 'House style.' );
		expect( user!.content ).toContain( 'Instructions: Use British spelling.' );
		expect( user!.content ).toContain( 'Tone: dry' );
		expect( user!.content ).toContain( 'Point of view: we' );
	} );

	it( 'merges the author profile over the defaults and lists banned words', () => {
		const lines = voiceLines( { audience: 'chefs', banned_words: [ 'delve' ] } );
		expect( lines ).toContain( 'Audience: chefs' );
		expect( lines.some( ( line ) => line.startsWith( 'Tone: ' ) ) ).toBe( true );
		expect( lines ).toContain( 'Banned words: delve' );
	} );

	it( 'carries the site guidelines (a site without a profile of its own) into the voice, within a length the schema caps', () => {
		const lines = voiceLines( { guidelines: 'Short sentences.\n\nNever promise results.' } );
		expect( lines ).toContain( 'Site guidelines: Short sentences. Never promise results.' );
		expect( lines ).toContain( 'Tone: clear, friendly and expert' );
		expect( voiceLines( {} ).some( ( line ) => line.startsWith( 'Site guidelines' ) ) ).toBe( false );
		expect( authorProfileSchema.safeParse( { guidelines: 'x'.repeat( 2001 ) } ).success ).toBe( false );
		const [ , user ] = generateContent.buildMessages( { title: 'T', author_profile: { guidelines: 'Use British spelling.' } } );
		expect( user!.content ).toContain( 'Site guidelines: Use British spelling.' );
	} );

	it( 'removes banned words from text and from HTML text only', () => {
		expect( removeBannedWords( 'Let us Delve into it, delving aside.', [ 'delve' ] ) ).toBe( 'Let us into it, delving aside.' );
		expect( htmlToBlocks( '<p><a href="/delve">We delve</a> now</p><p>Über-delve</p>', { banned: [ 'delve' ] } ).html ).toBe( '<p><a href="/delve">We </a> now</p>\n\n<p>Über-</p>' );
	} );

	it( 'treats a reply in the wrong language as invalid, so the core repairs it', () => {
		const reply = JSON.stringify( { title: 'T', meta_title: 'T', meta_description: 'D', excerpt: 'E', content_html: '<p>x</p>', language: 'en' } );
		const check = ( value: { language: string } ) => generateContent.checkOutput!( value as never, { title: 'T', language: 'fr_FR' } );
		const checked = validateReply( generateContentOutput, reply, check );
		expect( checked ).toMatchObject( { ok: false } );
		expect( ( checked as { problem: string } ).problem ).toMatch( /must be written in fr-FR/ );
	} );
} );
