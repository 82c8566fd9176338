/**
 * generate_content — a full article for a writer task (title, brief, keywords, structure, outline).
 *
 * Price rule (credits):
 * - reserve 10 credits when the job is created: the most one article can cost;
 * - charge ceil(output tokens / 200) + ceil(input tokens / 2000), at least 1, never more
 *   than the reservation (≈ 1 credit per 150 words written); the rest is refunded at settle.
 * - a failed job costs nothing (the whole reservation is refunded).
 */
import * as z from 'zod';
import { hasKeyword } from '@igny8/blocks/score';
import { htmlToBlocks } from '../blocks';
import { plainText } from '../plain-text';
import { authorProfileSchema, instructionLines, languageLine, languageSchema, languageTag, promptTemplateSchema, sameLanguage, systemPrompt, voiceLines } from '../prompts';
import { ARTICLE_WORDS, CONTENT_STRUCTURES } from '../../contracts/jobs';
import { INTERNAL_LINK_POLICIES, outlineLines, outlineProblem, strategyLines, structureLines } from '../structure';
import { defineAiFunction, type TokenUsage } from '../types';

export const GENERATE_CONTENT_RESERVE = 10;

export const generateContentInput = z.object( {
	task_id: z.number().int().positive().optional(),
	title: z.string().trim().min( 1, 'A title is required.' ).max( 300 ),
	brief: z.string().trim().max( 10_000 ).optional(),
	keywords: z.array( z.string().trim().min( 1 ).max( 200 ) ).max( 50 ).optional(),
	content_type: z.enum( [ 'post', 'page' ] ).optional(),
	content_structure: z.enum( CONTENT_STRUCTURES ).optional(),
	target_words: z.number().int().min( ARTICLE_WORDS.min ).max( ARTICLE_WORDS.max ).optional(),
	language: languageSchema.optional(),
	template: promptTemplateSchema.optional(),
	author_profile: authorProfileSchema.optional(),
	outline: z.array( z.object( { heading: z.string().trim().min( 1 ).max( 300 ), level: z.union( [ z.literal( 2 ), z.literal( 3 ) ] ) } ) ).max( 40 ).optional(),
	/** The site's writing strategy: an FAQ section (the default), key takeaways first, and whether the article may link. */
	faq: z.boolean().optional(),
	takeaways: z.boolean().optional(),
	internal_links: z.enum( INTERNAL_LINK_POLICIES ).optional(),
} );

export const generateContentOutput = z.strictObject( {
	title: z.string().min( 1 ),
	meta_title: z.string().min( 1 ),
	meta_description: z.string().min( 1 ),
	excerpt: z.string().min( 1 ),
	content_html: z.string().min( 1 ),
	/** The language the model wrote in (BCP 47); checked against the requested one. */
	language: z.string().min( 2 ),
} );

type Input = z.infer<typeof generateContentInput>;
type Output = z.infer<typeof generateContentOutput>;

const DEFAULT_SYSTEM = `You are IGNY8's senior SEO content writer. Write an original, accurate, well-structured article.
Reply with one JSON object and nothing else, with these keys:
- "title": the article title; it contains the target keyword exactly as given
- "meta_title": an SEO title of at most 60 characters
- "meta_description": an SEO meta description of at most 155 characters
- "excerpt": a one or two sentence summary
- "language": the language you wrote in, as a BCP 47 tag (e.g. "de-DE")
- "content_html": the article body as HTML using only <h2>, <h3>, <p>, <ul>, <ol>, <li>, <blockquote>, <table>, <strong>, <em> and <a>; no <h1>, no inline styles, no scripts.
Structure: an introduction, several <h2> sections (with <h3> subsections where useful) and at least one list; follow the request's FAQ, key takeaways and internal links lines where it has them.
Follow the author profile (tone, audience, point of view) and never use a banned word.`;

export const generateContent = defineAiFunction<Input, Output>( {
	name: 'generate_content',
	defaultModel: 'gpt-4o-mini',
	inputSchema: generateContentInput,
	outputSchema: generateContentOutput,
	maxOutputTokens: 8_000,
	temperature: 0.7,

	estimateCredits: () => GENERATE_CONTENT_RESERVE,

	chargeCredits: ( usage: TokenUsage ) => Math.min( GENERATE_CONTENT_RESERVE, Math.max( 1, Math.ceil( usage.tokensOut / 200 ) + Math.ceil( usage.tokensIn / 2000 ) ) ),

	// The user prompt is "Label: value" lines with the brief last (it may span lines).
	buildMessages: ( input ) => [
		{ role: 'system', content: systemPrompt( 'generate_content', DEFAULT_SYSTEM, input.template ) },
		{
			role: 'user',
			content: [
				'Write the article described below.',
				`Title: ${ input.title }`,
				`Content type: ${ input.content_type ?? 'post' }`,
				languageLine( input.language ),
				`Keywords: ${ input.keywords?.length ? input.keywords.join( ', ' ) : 'none' }`,
				...( input.keywords?.[ 0 ] ? [ `Target keyword: ${ input.keywords[ 0 ] } (use it as written in the title and the first paragraph)` ] : [] ),
				...voiceLines( input.author_profile ),
				...structureLines( input.content_structure ),
				...( input.target_words ? [ `Length: about ${ input.target_words } words.` ] : [] ),
				...outlineLines( input.outline ),
				...strategyLines( input ),
				...instructionLines( input.template ),
				`Brief: ${ input.brief ?? '' }`,
			].join( '\n' ),
		},
	],

	checkOutput: ( output, input ) =>
		( sameLanguage( output.language, input.language ) ? null : `"language" is "${ output.language }" but the article must be written in ${ languageTag( input.language ) }` ) ??
		outlineProblem( output.content_html, input.outline ),

	toResult: ( output, input ) => {
		// The profile's banned words are removed even if the model used them anyway.
		const banned = input.author_profile?.banned_words ?? [];
		const content = htmlToBlocks( output.content_html, { banned } );
		return {
			title: withKeyword( plainText( output.title, 'title', banned ), input.keywords?.[ 0 ] ?? '' ),
			meta_title: plainText( output.meta_title, 'meta_title', banned ),
			meta_description: plainText( output.meta_description, 'meta_description', banned ),
			excerpt: plainText( output.excerpt, 'excerpt', banned ),
			content_html: content.html,
			content_blocks: content.blocks,
			word_count: content.wordCount,
			language: languageTag( input.language ),
		};
	},
} );

/**
 * The title with the target keyword in it: the model is asked for that, and when it does not
 * comply the keyword leads the title, so the article passes the score's title check (and the
 * slug WordPress derives from the title passes the slug check).
 */
export function withKeyword( title: string, keyword: string ): string {
	const phrase = keyword.trim();
	if ( phrase === '' || hasKeyword( title, phrase ) ) {
		return title;
	}
	const lead = phrase.charAt( 0 ).toLocaleUpperCase() + phrase.slice( 1 );
	return title === '' ? lead : `${ lead }: ${ title }`;
}
