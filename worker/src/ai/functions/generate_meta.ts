/**
 * generate_meta — an SEO title and meta description for one post, asked for from the block
 * editor (interactive, not queued: the editor-token endpoint runs it and the sidebar stores
 * the answer in post meta).
 *
 * Price rule (credits): reserve 1; charge 1.
 */
import * as z from 'zod';
import { plainText } from '../plain-text';
import { authorProfileSchema, languageLine, languageSchema, languageTag, sameLanguage, systemPrompt, voiceLines } from '../prompts';
import { defineAiFunction } from '../types';

export const generateMetaInput = z.object( {
	title: z.string().trim().min( 1, 'The post needs a title first.' ).max( 300 ),
	keyword: z.string().trim().max( 200 ).default( '' ),
	/** The post's text (not HTML); the first few thousand characters are enough. */
	text: z.string().max( 200_000 ).default( '' ),
	language: languageSchema.optional(),
	author_profile: authorProfileSchema.optional(),
} );

export const generateMetaOutput = z.strictObject( {
	meta_title: z.string().min( 1 ).max( 70 ),
	meta_description: z.string().min( 1 ).max( 200 ),
	language: z.string().min( 2 ),
} );

type Input = z.infer<typeof generateMetaInput>;
type Output = z.infer<typeof generateMetaOutput>;

const DEFAULT_SYSTEM = `You are IGNY8's SEO editor. Write the search result snippet of an article:
an SEO title of 30–60 characters and a meta description of 120–160 characters, both using the
target keyword naturally, the description ending with a reason to click.
Reply with one JSON object and nothing else: {"meta_title":"…","meta_description":"…","language":"BCP 47 tag"}.`;

export const generateMeta = defineAiFunction<Input, Output>( {
	name: 'generate_meta',
	defaultModel: 'gpt-4o-mini',
	inputSchema: generateMetaInput,
	outputSchema: generateMetaOutput,
	maxOutputTokens: 400,
	temperature: 0.5,
	estimateCredits: () => 1,
	chargeCredits: () => 1,
	buildMessages: ( input ) => [
		{ role: 'system', content: systemPrompt( 'generate_meta', DEFAULT_SYSTEM ) },
		{
			role: 'user',
			content: [ `Title: ${ input.title }`, `Keyword: ${ input.keyword }`, languageLine( input.language ), ...voiceLines( input.author_profile ), 'Article text:', input.text.slice( 0, 6_000 ) ].join( '\n' ),
		},
	],
	checkOutput: ( output, input ) =>
		sameLanguage( output.language, input.language ) ? null : `"language" is "${ output.language }" but the article is in ${ languageTag( input.language ) }`,
	toResult: ( output, input ) => {
		const banned = input.author_profile?.banned_words ?? [];
		return { meta_title: plainText( output.meta_title, 'meta_title', banned ), meta_description: plainText( output.meta_description, 'meta_description', banned ) };
	},
} );
