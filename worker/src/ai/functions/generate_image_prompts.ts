/**
 * generate_image_prompts — image briefs for an article (the seed's GenerateImagePromptsFunction):
 * one featured image and a few in-article images, each with a prompt for the image model,
 * alt text and a caption in the article's language, and the H2 it should follow.
 *
 * Price rule (credits): reserve 2; charge ceil(output tokens / 400) + ceil(input tokens / 4000),
 * at least 1, never more than the reservation.
 */
import * as z from 'zod';
import { parseHtml, textContent, type HtmlNode } from '../html';
import { plainText } from '../plain-text';
import { instructionLines, languageLine, languageSchema, languageTag, promptTemplateSchema, sameLanguage, systemPrompt } from '../prompts';
import { defineAiFunction, type TokenUsage } from '../types';

export const GENERATE_IMAGE_PROMPTS_RESERVE = 2;

export const generateImagePromptsInput = z.object( {
	task_id: z.number().int().positive().optional(),
	title: z.string().trim().min( 1 ).max( 300 ),
	content_html: z.string().min( 1 ).max( 300_000 ),
	max_in_article: z.number().int().min( 0 ).max( 6 ).default( 3 ),
	style: z.string().trim().max( 300 ).optional(),
	language: languageSchema.optional(),
	template: promptTemplateSchema.optional(),
} );

const brief = z.strictObject( { prompt: z.string().min( 1 ), alt: z.string().min( 1 ), caption: z.string() } );

export const generateImagePromptsOutput = z.strictObject( {
	featured: brief,
	in_article: z.array( z.strictObject( { prompt: z.string().min( 1 ), alt: z.string().min( 1 ), caption: z.string(), after_heading: z.string().nullable() } ) ),
	language: z.string().min( 2 ),
} );

type Input = z.infer<typeof generateImagePromptsInput>;
type Output = z.infer<typeof generateImagePromptsOutput>;

const DEFAULT_SYSTEM = `You are IGNY8's art director. Write prompts for an image model: concrete scenes, no text in
the image, no logos, no real people's likenesses. Reply with one JSON object and nothing else:
{"featured":{"prompt":"…","alt":"…","caption":"…"},"in_article":[{"prompt":"…","alt":"…","caption":"…","after_heading":"exact H2 text or null"}],"language":"BCP 47 tag"}.
Prompts are in English (image models work best with it); alt text and captions are in the article's language.`;

/** The article's H2 headings: where in-article images can go. */
export function headingsOf( html: string ): string[] {
	const headings: string[] = [];
	const walk = ( nodes: HtmlNode[] ) => {
		for ( const node of nodes ) {
			if ( node.type === 'element' && node.tag === 'h2' ) headings.push( textContent( node.children ).replace( /\s+/g, ' ' ).trim() );
			else if ( node.type === 'element' ) walk( node.children );
		}
	};
	walk( parseHtml( html ) );
	return headings.filter( Boolean );
}

export const generateImagePrompts = defineAiFunction<Input, Output>( {
	name: 'generate_image_prompts',
	defaultModel: 'gpt-4o-mini',
	inputSchema: generateImagePromptsInput,
	outputSchema: generateImagePromptsOutput,
	maxOutputTokens: 2_000,
	temperature: 0.8,
	estimateCredits: () => GENERATE_IMAGE_PROMPTS_RESERVE,
	chargeCredits: ( usage: TokenUsage ) => Math.min( GENERATE_IMAGE_PROMPTS_RESERVE, Math.max( 1, Math.ceil( usage.tokensOut / 400 ) + Math.ceil( usage.tokensIn / 4000 ) ) ),
	buildMessages: ( input ) => {
		// The model needs the gist, not 300 KB of HTML: headings plus the opening text.
		const text = textContent( parseHtml( input.content_html ) ).replace( /\s+/g, ' ' ).trim().slice( 0, 4_000 );
		return [
			{ role: 'system', content: systemPrompt( 'generate_image_prompts', DEFAULT_SYSTEM, input.template ) },
			{
				role: 'user',
				content: [
					'Plan the images for this article.',
					`Title: ${ input.title }`,
					languageLine( input.language ),
					`In-article images: ${ input.max_in_article }`,
					`Style: ${ input.style ?? 'natural light photography' }`,
					...instructionLines( input.template ),
					`Headings: ${ headingsOf( input.content_html ).join( ' | ' ) || 'none' }`,
					`Article text: ${ text }`,
				].join( '\n' ),
			},
		];
	},
	checkOutput: ( output, input ) => {
		if ( ! sameLanguage( output.language, input.language ) ) return `"language" is "${ output.language }" but alt text and captions must be in ${ languageTag( input.language ) }`;
		return null;
	},
	toResult: ( output, input ) => {
		const headings = new Set( headingsOf( input.content_html ) );
		return {
			featured: { prompt: output.featured.prompt.trim(), alt: plainText( output.featured.alt, 'alt' ), caption: plainText( output.featured.caption, 'caption' ) },
			in_article: output.in_article.slice( 0, input.max_in_article ).map( ( item ) => ( {
				prompt: item.prompt.trim(),
				alt: plainText( item.alt, 'alt' ),
				caption: plainText( item.caption, 'caption' ),
				// A heading the article does not have cannot anchor an image: the plugin places it at the end.
				after_heading: item.after_heading && headings.has( item.after_heading.trim() ) ? item.after_heading.trim() : null,
			} ) ),
		};
	},
} );
