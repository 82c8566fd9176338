/**
 * optimize_content — improves an existing article for its target keywords (the seed's
 * optimizer): better title and meta, clearer structure, keywords where they read naturally,
 * plus a list of the changes made so the editor can review them.
 *
 * Price rule (credits): reserve 4 + 2 per 4,000 characters of HTML (at most 40); charge
 * ceil(output tokens / 200) + ceil(input tokens / 2000), at least 1, never more than reserved.
 */
import * as z from 'zod';
import { htmlToBlocks } from '../blocks';
import { imageSources } from '../html';
import { plainText } from '../plain-text';
import { authorProfileSchema, instructionLines, languageLine, languageSchema, languageTag, promptTemplateSchema, sameLanguage, systemPrompt, voiceLines } from '../prompts';
import { defineAiFunction, type TokenUsage } from '../types';

export const optimizeContentInput = z.object( {
	post_id: z.number().int().positive().optional(),
	title: z.string().trim().min( 1 ).max( 300 ),
	content_html: z.string().min( 1 ).max( 300_000 ),
	keywords: z.array( z.string().trim().min( 1 ).max( 200 ) ).min( 1 ).max( 50 ),
	language: languageSchema.optional(),
	template: promptTemplateSchema.optional(),
	author_profile: authorProfileSchema.optional(),
} );

export const optimizeContentOutput = z.strictObject( {
	title: z.string().min( 1 ),
	meta_title: z.string().min( 1 ),
	meta_description: z.string().min( 1 ),
	content_html: z.string().min( 1 ),
	changes: z.array( z.string() ),
	language: z.string().min( 2 ),
} );

type Input = z.infer<typeof optimizeContentInput>;
type Output = z.infer<typeof optimizeContentOutput>;

const DEFAULT_SYSTEM = `You are IGNY8's SEO editor. Improve the article for its target keywords without changing its facts
or its voice: a precise title, an SEO title (at most 60 characters) and meta description (at most 155),
clear H2/H3 structure, keywords where they read naturally, short paragraphs, an FAQ if it is missing.
Reply with one JSON object and nothing else:
{"title":"…","meta_title":"…","meta_description":"…","content_html":"…","changes":["one line per change"],"language":"BCP 47 tag"}.
content_html uses only <h2>, <h3>, <p>, <ul>, <ol>, <li>, <blockquote>, <table>, <figure>, <img>, <strong>, <em>, <a>.`;

export const optimizeContent = defineAiFunction<Input, Output>( {
	name: 'optimize_content',
	defaultModel: 'gpt-4o-mini',
	inputSchema: optimizeContentInput,
	outputSchema: optimizeContentOutput,
	maxOutputTokens: 12_000,
	temperature: 0.4,
	estimateCredits: ( input ) => Math.min( 40, 4 + 2 * Math.ceil( input.content_html.length / 4_000 ) ),
	chargeCredits: ( usage: TokenUsage ) => Math.max( 1, Math.ceil( usage.tokensOut / 200 ) + Math.ceil( usage.tokensIn / 2000 ) ),
	// The article goes last, after a marker line, because it spans many lines.
	buildMessages: ( input ) => [
		{ role: 'system', content: systemPrompt( 'optimize_content', DEFAULT_SYSTEM, input.template ) },
		{
			role: 'user',
			content: [
				'Optimise the article below.',
				`Title: ${ input.title }`,
				languageLine( input.language ),
				`Keywords: ${ input.keywords.join( ', ' ) }`,
				...voiceLines( input.author_profile ),
				...instructionLines( input.template ),
				'Article HTML:',
				input.content_html,
			].join( '\n' ),
		},
	],
	checkOutput: ( output, input ) =>
		sameLanguage( output.language, input.language ) ? null : `"language" is "${ output.language }" but the article is in ${ languageTag( input.language ) }`,
	toResult: ( output, input ) => {
		const banned = input.author_profile?.banned_words ?? [];
		// The article's own images (from the media library) may stay; the model cannot add any.
		const content = htmlToBlocks( output.content_html, { banned, images: imageSources( input.content_html ) } );
		return {
			title: plainText( output.title, 'title', banned ),
			meta_title: plainText( output.meta_title, 'meta_title', banned ),
			meta_description: plainText( output.meta_description, 'meta_description', banned ),
			content_html: content.html,
			content_blocks: content.blocks,
			word_count: content.wordCount,
			changes: output.changes.map( ( change ) => plainText( change, 'note' ) ).filter( Boolean ),
			language: languageTag( input.language ),
		};
	},
} );
