/**
 * generate_content — a full article for a writer task (title, brief, keywords).
 *
 * Price rule (credits):
 * - reserve 10 credits when the job is created: the most one article can cost;
 * - charge ceil(output tokens / 200) + ceil(input tokens / 2000), at least 1, never more
 *   than the reservation (≈ 1 credit per 150 words written); the rest is refunded at settle.
 * - a failed job costs nothing (the whole reservation is refunded).
 */
import { z } from 'zod';
import { htmlToBlocks } from '../blocks';
import { defineAiFunction, type TokenUsage } from '../types';

export const GENERATE_CONTENT_RESERVE = 10;

export const generateContentInput = z.object( {
	task_id: z.number().int().positive().optional(),
	title: z.string().trim().min( 1, 'A title is required.' ).max( 300 ),
	brief: z.string().trim().max( 10_000 ).optional(),
	keywords: z.array( z.string().trim().min( 1 ).max( 200 ) ).max( 50 ).optional(),
	content_type: z.enum( [ 'post', 'page' ] ).optional(),
	language: z.string().trim().min( 2 ).max( 35 ).optional(),
} );

export const generateContentOutput = z.strictObject( {
	title: z.string().min( 1 ),
	meta_title: z.string().min( 1 ),
	meta_description: z.string().min( 1 ),
	excerpt: z.string().min( 1 ),
	content_html: z.string().min( 1 ),
} );

type Input = z.infer<typeof generateContentInput>;
type Output = z.infer<typeof generateContentOutput>;

const SYSTEM_PROMPT = `igny8:function=generate_content
You are IGNY8's senior SEO content writer. Write an original, accurate, well-structured article.
Reply with one JSON object and nothing else, with these keys:
- "title": the article title
- "meta_title": an SEO title of at most 60 characters
- "meta_description": an SEO meta description of at most 155 characters
- "excerpt": a one or two sentence summary
- "content_html": the article body as HTML using only <h2>, <h3>, <p>, <ul>, <ol>, <li>, <blockquote>, <table>, <strong>, <em> and <a>; no <h1>, no inline styles, no scripts.
Structure: an introduction, several <h2> sections (with <h3> subsections where useful), at least one list, and a "Frequently asked questions" <h2> section with <h3> questions and <p> answers.`;

/** Cuts at a word boundary so meta fields stay within what search engines show. */
function clip( text: string, max: number ): string {
	const clean = text.replace( /\s+/g, ' ' ).trim();
	if ( clean.length <= max ) return clean;
	const cut = clean.slice( 0, max );
	const space = cut.lastIndexOf( ' ' );
	return ( space > max * 0.6 ? cut.slice( 0, space ) : cut ).replace( /[\s,;:.-]+$/, '' );
}

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
		{ role: 'system', content: SYSTEM_PROMPT },
		{
			role: 'user',
			content: [
				'Write the article described below.',
				`Title: ${ input.title }`,
				`Content type: ${ input.content_type ?? 'post' }`,
				`Language: ${ input.language ?? 'en' }`,
				`Keywords: ${ input.keywords?.length ? input.keywords.join( ', ' ) : 'none' }`,
				`Brief: ${ input.brief ?? '' }`,
			].join( '\n' ),
		},
	],

	toResult: ( output ) => {
		const content = htmlToBlocks( output.content_html );
		return {
			title: output.title.trim(),
			meta_title: clip( output.meta_title, 60 ),
			meta_description: clip( output.meta_description, 160 ),
			excerpt: output.excerpt.trim(),
			content_html: content.html,
			content_blocks: content.blocks,
			word_count: content.wordCount,
		};
	},
} );
