/**
 * The AI core's streaming helper, for interactive edits (rewrite) where the editor
 * watches the text appear. Connection errors, 429 and 5xx are retried with the same
 * backoff as the JSON path, but only before the first token: once text has reached
 * the reader a retry would repeat it, so a later failure ends the stream with an error.
 * So does a refusal or a reply cut off by its budget: the text so far is not a whole answer.
 */
import OpenAI from 'openai';
import { AiError, backoffMs, isRetryable, openAiClient, type AiSettings } from './core';
import { replyProblem } from './reply-checks';
import type { ChatMessage, TokenUsage } from './types';

export interface TextStream {
	/** The reply's text, chunk by chunk. */
	stream: ReadableStream<string>;
	/** Tokens used; resolves when the stream has ended (rejects if it failed). */
	usage: Promise<TokenUsage>;
}

const sleep = ( ms: number ) => new Promise<void>( ( resolve ) => setTimeout( resolve, ms ) );

/** Opens a streamed chat completion (with retries) and exposes it as a ReadableStream of text. */
export async function streamChat( settings: AiSettings, messages: ChatMessage[], options: { name: string; temperature?: number; maxOutputTokens?: number; client?: OpenAI } ): Promise<TextStream> {
	const openai = options.client ?? openAiClient( settings );
	const usage: TokenUsage = { tokensIn: 0, tokensOut: 0 };
	let chunks: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk> | undefined;
	for ( let attempt = 0; ! chunks; attempt++ ) {
		try {
			chunks = await openai.chat.completions.create(
				{ model: settings.model, messages, stream: true, stream_options: { include_usage: true }, temperature: options.temperature, max_completion_tokens: options.maxOutputTokens },
				{ timeout: settings.timeoutMs, maxRetries: 0 }
			);
		} catch ( error ) {
			const reason = error instanceof Error ? error.message : String( error );
			if ( ! isRetryable( error ) ) throw new AiError( `The model request was rejected: ${ reason }`, usage, attempt + 1 );
			if ( attempt >= settings.maxRetries ) throw new AiError( `The model failed after ${ attempt + 1 } attempts: ${ reason }`, usage, attempt + 1 );
			console.warn( JSON.stringify( { event: 'ai_retry', function: options.name, attempt: attempt + 1, reason } ) );
			await sleep( backoffMs( attempt, settings.retryBaseMs, error ) );
		}
	}
	const iterator = chunks[ Symbol.asyncIterator ]();
	const ending = { refusal: '', finishReason: null as string | null };
	let settle: { resolve: ( value: TokenUsage ) => void; reject: ( error: unknown ) => void };
	const usagePromise = new Promise<TokenUsage>( ( resolve, reject ) => {
		settle = { resolve, reject };
	} );
	// A caller that never reads usage must not see an unhandled rejection.
	usagePromise.catch( () => undefined );
	const stream = new ReadableStream<string>( {
		async pull( controller ) {
			try {
				for ( ;; ) {
					const next = await iterator.next();
					if ( next.done ) {
						const reply = { content: '', refusal: ending.refusal || null, finishReason: ending.finishReason, tokensOut: usage.tokensOut };
						const problem = replyProblem( reply, options.maxOutputTokens, false, 'select less text' );
						if ( problem ) throw new AiError( problem, usage, 1 );
						controller.close();
						settle.resolve( usage );
						return;
					}
					if ( next.value.usage ) {
						usage.tokensIn += next.value.usage.prompt_tokens ?? 0;
						usage.tokensOut += next.value.usage.completion_tokens ?? 0;
					}
					const choice = next.value.choices[ 0 ];
					ending.refusal += choice?.delta?.refusal ?? '';
					ending.finishReason = choice?.finish_reason ?? ending.finishReason;
					const text = choice?.delta?.content;
					if ( text ) {
						controller.enqueue( text );
						return;
					}
				}
			} catch ( error ) {
				settle.reject( error );
				controller.error( error );
			}
		},
		async cancel() {
			await iterator.return?.();
			settle.resolve( usage );
		},
	} );
	return { stream, usage: usagePromise };
}
