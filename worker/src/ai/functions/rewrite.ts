/**
 * rewrite — the interactive edit of a selected passage (clearer, shorter, longer, more
 * persuasive), streamed to the editor as it is written. Not a queued job: the editor-token
 * HTTP endpoint (a later issue) calls `streamRewrite` and pipes the text to the browser.
 *
 * Price rule (credits): reserve 1 + 1 per 2,000 characters of text; charge
 * ceil((input + output tokens) / 1000), at least 1, never more than reserved.
 */
import * as z from 'zod';
import type { Env } from '../../env';
import { aiSettings } from '../core';
import { authorProfileSchema, bannedPattern, languageLine, languageSchema, systemPrompt, voiceLines } from '../prompts';
import { streamChat, type TextStream } from '../stream';
import type { ChatMessage, TokenUsage } from '../types';

export const rewriteInput = z.object( {
	text: z.string().trim().min( 1, 'Select some text to rewrite.' ).max( 20_000 ),
	mode: z.enum( [ 'clearer', 'shorter', 'longer', 'persuasive' ] ),
	language: languageSchema.optional(),
	author_profile: authorProfileSchema.optional(),
} );

type Input = z.infer<typeof rewriteInput>;

const MODE_INSTRUCTIONS: Record<Input[ 'mode' ], string> = {
	clearer: 'Make it clearer: plain words, short sentences, the same meaning and length.',
	shorter: 'Make it about half as long, keeping every important point.',
	longer: 'Make it about half again as long, adding a useful detail or example, no filler.',
	persuasive: 'Make it more persuasive: concrete benefits, active voice, a confident close.',
};

const DEFAULT_SYSTEM = 'You are IGNY8\'s line editor. Rewrite the passage as asked. Reply with the rewritten passage only: no preface, no quotes, no markdown.';

/** The rewrite function's declaration: schema, prompt, price and model, like the job functions. */
export const rewrite = {
	name: 'rewrite',
	defaultModel: 'gpt-4o-mini',
	inputSchema: rewriteInput,
	estimateCredits: ( input: Input ): number => 1 + Math.ceil( input.text.length / 2_000 ),
	chargeCredits: ( usage: TokenUsage, input: Input ): number => Math.min( 1 + Math.ceil( input.text.length / 2_000 ), Math.max( 1, Math.ceil( ( usage.tokensIn + usage.tokensOut ) / 1000 ) ) ),
	buildMessages: ( input: Input ): ChatMessage[] => [
		{ role: 'system', content: systemPrompt( 'rewrite', DEFAULT_SYSTEM ) },
		{ role: 'user', content: [ `Mode: ${ input.mode }`, MODE_INSTRUCTIONS[ input.mode ], languageLine( input.language ), ...voiceLines( input.author_profile ), 'Text:', input.text ].join( '\n' ) },
	],
};

/** Streams the rewritten text. Banned words are dropped chunk by chunk (a word split across chunks may slip; the editor reviews). */
export async function streamRewrite( env: Env, rawInput: unknown ): Promise<TextStream> {
	const input = rewriteInput.parse( rawInput );
	const settings = aiSettings( env, rewrite );
	const { stream, usage } = await streamChat( settings, rewrite.buildMessages( input ), { name: rewrite.name, temperature: 0.6, maxOutputTokens: 4_000 } );
	const pattern = bannedPattern( input.author_profile?.banned_words ?? [] );
	if ( ! pattern ) return { stream, usage };
	return { stream: stream.pipeThrough( new TransformStream<string, string>( { transform: ( chunk, controller ) => controller.enqueue( chunk.replace( pattern, '' ) ) } ) ), usage };
}
