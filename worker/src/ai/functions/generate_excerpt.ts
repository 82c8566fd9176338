/**
 * generate_excerpt — the post excerpt (the summary themes show in archives and feeds) for one
 * post, run as a queued job so it can be asked for in bulk from the Writer or `wp igny8`.
 *
 * Price rule (credits): reserve 1; charge 1.
 */
import * as z from 'zod';
import { parseHtml, type HtmlNode } from '../html';
import { plainText } from '../plain-text';
import { authorProfileSchema, instructionLines, languageLine, languageSchema, languageTag, promptTemplateSchema, sameLanguage, systemPrompt, voiceLines } from '../prompts';
import { defineAiFunction } from '../types';

/** WordPress's own excerpt is 55 words; a little room either side of it. */
export const EXCERPT_MAX_CHARS = 320;

export const generateExcerptInput = z.object( {
	post_id: z.number().int().positive(),
	title: z.string().trim().min( 1, 'The post needs a title first.' ).max( 300 ),
	/** The post's HTML; only its text is read, the first few thousand characters. */
	content_html: z.string().max( 500_000 ).default( '' ),
	keywords: z.array( z.string().trim().min( 1 ).max( 200 ) ).max( 50 ).default( [] ),
	language: languageSchema.optional(),
	template: promptTemplateSchema.optional(),
	author_profile: authorProfileSchema.optional(),
} );

export const generateExcerptOutput = z.strictObject( {
	excerpt: z.string().min( 1 ).max( EXCERPT_MAX_CHARS ),
	language: z.string().min( 2 ),
} );

type Input = z.infer<typeof generateExcerptInput>;
type Output = z.infer<typeof generateExcerptOutput>;

const DEFAULT_SYSTEM = `You are IGNY8's editor. Write the excerpt of an article: one or two plain sentences,
at most 55 words, that say what the reader learns, using the main keyword naturally. No quotes, no
markdown, no HTML.
Reply with one JSON object and nothing else: {"excerpt":"…","language":"BCP 47 tag"}.`;

/** The article's text (parsed, not pattern-stripped), enough of it to summarise. */
function textOf( html: string ): string {
	const parts: string[] = [];
	const walk = ( nodes: HtmlNode[] ): void => {
		for ( const node of nodes ) {
			if ( node.type === 'text' ) parts.push( node.text );
			else walk( node.children );
		}
	};
	walk( parseHtml( html ) );
	return parts.join( ' ' ).replace( /\s+/g, ' ' ).trim().slice( 0, 6_000 );
}

export const generateExcerpt = defineAiFunction<Input, Output>( {
	name: 'generate_excerpt',
	defaultModel: 'gpt-4o-mini',
	inputSchema: generateExcerptInput,
	outputSchema: generateExcerptOutput,
	maxOutputTokens: 300,
	temperature: 0.5,
	estimateCredits: () => 1,
	chargeCredits: () => 1,
	buildMessages: ( input ) => [
		{ role: 'system', content: systemPrompt( 'generate_excerpt', DEFAULT_SYSTEM, input.template ) },
		{
			role: 'user',
			content: [
				`Title: ${ input.title }`,
				`Keyword: ${ input.keywords[ 0 ] ?? '' }`,
				languageLine( input.language ),
				...voiceLines( input.author_profile ),
				...instructionLines( input.template ),
				'Article text:',
				textOf( input.content_html ),
			].join( '\n' ),
		},
	],
	checkOutput: ( output, input ) =>
		sameLanguage( output.language, input.language ) ? null : `"language" is "${ output.language }" but the article is in ${ languageTag( input.language ) }`,
	toResult: ( output, input ) => ( { post_id: input.post_id, excerpt: plainText( output.excerpt, 'excerpt' ) } ),
} );
