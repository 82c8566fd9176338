/**
 * generate_takeaways — the few points a reader should remember, for the Key takeaways block of
 * one post, asked for from the block editor (interactive: the editor-token endpoint runs it; the
 * sidebar inserts or fills the block).
 *
 * Price rule (credits): reserve 1; charge 1 (a short answer from a small model).
 */
import * as z from 'zod';
import { plainText } from '../plain-text';
import { authorProfileSchema, languageLine, languageSchema, languageTag, sameLanguage, systemPrompt, voiceLines } from '../prompts';
import { defineAiFunction } from '../types';

export const generateTakeawaysInput = z.object( {
	title: z.string().trim().min( 1, 'The post needs a title first.' ).max( 300 ),
	keyword: z.string().trim().max( 200 ).default( '' ),
	text: z.string().max( 200_000 ).default( '' ),
	count: z.number().int().min( 3 ).max( 7 ).default( 4 ),
	language: languageSchema.optional(),
	author_profile: authorProfileSchema.optional(),
} );

export const generateTakeawaysOutput = z.strictObject( {
	items: z.array( z.string().trim().min( 3 ).max( 300 ) ).min( 1 ).max( 7 ),
	language: z.string().min( 2 ),
} );

type Input = z.infer<typeof generateTakeawaysInput>;
type Output = z.infer<typeof generateTakeawaysOutput>;

const DEFAULT_SYSTEM = `You are IGNY8's SEO editor. Summarise the article as the few key takeaways a reader should
remember: each one plain sentence that stands on its own, taken from the article (never new claims), no numbering.
Reply with one JSON object and nothing else: {"items":["…"],"language":"BCP 47 tag"}.`;

export const generateTakeaways = defineAiFunction<Input, Output>( {
	name: 'generate_takeaways',
	defaultModel: 'gpt-4o-mini',
	inputSchema: generateTakeawaysInput,
	outputSchema: generateTakeawaysOutput,
	maxOutputTokens: 800,
	temperature: 0.3,
	estimateCredits: () => 1,
	chargeCredits: () => 1,
	buildMessages: ( input ) => [
		{ role: 'system', content: systemPrompt( 'generate_takeaways', DEFAULT_SYSTEM ) },
		{
			role: 'user',
			content: [ `Title: ${ input.title }`, `Keyword: ${ input.keyword }`, `Takeaways: ${ input.count }`, languageLine( input.language ), ...voiceLines( input.author_profile ), 'Article text:', input.text.slice( 0, 12_000 ) ].join( '\n' ),
		},
	],
	checkOutput: ( output, input ) => {
		if ( output.items.length > input.count ) return `"items" has ${ output.items.length } takeaways but ${ input.count } were asked for`;
		return sameLanguage( output.language, input.language ) ? null : `"language" is "${ output.language }" but the article is in ${ languageTag( input.language ) }`;
	},
	toResult: ( output, input ) => ( { items: output.items.map( ( item ) => plainText( item, 'takeaway', input.author_profile?.banned_words ) ).filter( Boolean ) } ),
} );
