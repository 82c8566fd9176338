/**
 * generate_faq — question and answer pairs for the FAQ block of one post, asked for from the
 * block editor (interactive: the editor-token endpoint runs it; the sidebar inserts the block).
 *
 * Price rule (credits): reserve 2; charge ceil((input + output tokens) / 1500), at least 1, at most 2.
 */
import * as z from 'zod';
import { plainText } from '../plain-text';
import { authorProfileSchema, languageLine, languageSchema, languageTag, sameLanguage, systemPrompt, voiceLines } from '../prompts';
import { defineAiFunction, type TokenUsage } from '../types';

export const generateFaqInput = z.object( {
	title: z.string().trim().min( 1, 'The post needs a title first.' ).max( 300 ),
	keyword: z.string().trim().max( 200 ).default( '' ),
	text: z.string().max( 200_000 ).default( '' ),
	count: z.number().int().min( 2 ).max( 8 ).default( 4 ),
	language: languageSchema.optional(),
	author_profile: authorProfileSchema.optional(),
} );

export const generateFaqOutput = z.strictObject( {
	items: z.array( z.strictObject( { question: z.string().min( 3 ).max( 300 ), answer: z.string().min( 3 ).max( 2_000 ) } ) ).min( 1 ).max( 8 ),
	language: z.string().min( 2 ),
} );

type Input = z.infer<typeof generateFaqInput>;
type Output = z.infer<typeof generateFaqOutput>;

const DEFAULT_SYSTEM = `You are IGNY8's SEO editor. Write the frequently asked questions a reader of the article
still has, each answered in two or three plain sentences that stand on their own (they appear in search results).
Do not repeat the article's headings as questions. Reply with one JSON object and nothing else:
{"items":[{"question":"…","answer":"…"}],"language":"BCP 47 tag"}.`;

export const generateFaq = defineAiFunction<Input, Output>( {
	name: 'generate_faq',
	defaultModel: 'gpt-4o-mini',
	inputSchema: generateFaqInput,
	outputSchema: generateFaqOutput,
	maxOutputTokens: 2_000,
	temperature: 0.5,
	estimateCredits: () => 2,
	chargeCredits: ( usage: TokenUsage ) => Math.min( 2, Math.max( 1, Math.ceil( ( usage.tokensIn + usage.tokensOut ) / 1500 ) ) ),
	buildMessages: ( input ) => [
		{ role: 'system', content: systemPrompt( 'generate_faq', DEFAULT_SYSTEM ) },
		{
			role: 'user',
			content: [ `Title: ${ input.title }`, `Keyword: ${ input.keyword }`, `Questions: ${ input.count }`, languageLine( input.language ), ...voiceLines( input.author_profile ), 'Article text:', input.text.slice( 0, 12_000 ) ].join( '\n' ),
		},
	],
	checkOutput: ( output, input ) =>
		sameLanguage( output.language, input.language ) ? null : `"language" is "${ output.language }" but the article is in ${ languageTag( input.language ) }`,
	toResult: ( output, input ) => ( {
		items: output.items
			.map( ( item ) => ( { question: plainText( item.question, 'question', input.author_profile?.banned_words ), answer: plainText( item.answer, 'answer', input.author_profile?.banned_words ) } ) )
			.filter( ( item ) => item.question && item.answer ),
	} ),
} );
