/**
 * TEST DOUBLE — the answers of the fake model's /v1/chat/completions: which
 * IGNY8 function is asking (the "igny8:function=<name>" marker in the system
 * prompt), a deterministic reply for it, realistic token usage, and the SSE
 * chunks of a streamed reply.
 */
import { buildArticle, parseBrief } from './article.ts';
import { clusterReply, excerptReply, faqReply, ideasReply, imagePromptsReply, metaReply, optimizeReply, productDescriptionReply, rewriteReply, takeawaysReply } from './functions.ts';
import { instanceFromSchema } from './json-instance.ts';

export interface ChatMessage {
	role: string;
	content: unknown;
}

export interface ChatRequest {
	model?: string;
	max_completion_tokens?: number;
	max_tokens?: number;
	messages: ChatMessage[];
	stream?: boolean;
	stream_options?: { include_usage?: boolean };
	response_format?: { type?: string; json_schema?: { name?: string; schema?: unknown } };
}

export interface Usage {
	prompt_tokens: number;
	completion_tokens: number;
	total_tokens: number;
}

const FUNCTION_MARKER = /igny8:function=([a-z0-9_]+)/;

/** Message content as plain text (string content or an array of text parts). */
export function textOf( content: unknown ): string {
	if ( typeof content === 'string' ) return content;
	if ( Array.isArray( content ) ) {
		return content
			.map( ( part ) => ( typeof part === 'object' && part && 'text' in part ? String( ( part as { text: unknown } ).text ) : '' ) )
			.join( '' );
	}
	return '';
}

/** The IGNY8 function named in the system (or developer) prompt, if any. */
export function functionOf( request: ChatRequest ): string | null {
	for ( const message of request.messages ) {
		if ( message.role === 'system' || message.role === 'developer' ) {
			const match = FUNCTION_MARKER.exec( textOf( message.content ) );
			if ( match?.[ 1 ] ) return match[ 1 ];
		}
	}
	return null;
}

/** Rough BPE estimate (≈4 characters a token) — close enough for accounting tests. */
export function estimateTokens( text: string ): number {
	return text.length === 0 ? 0 : Math.max( 1, Math.ceil( text.length / 4 ) );
}

/** The reply text for a request: the function's JSON, schema-shaped JSON, or prose. */
export function replyFor( request: ChatRequest ): string {
	const fn = functionOf( request );
	// The first user message carries the task; later ones may be repair requests.
	const firstUser = request.messages.find( ( message ) => message.role === 'user' );
	const prompt = textOf( firstUser?.content ?? '' );
	const format = request.response_format?.type ?? 'text';

	if ( fn === 'generate_content' ) {
		return JSON.stringify( buildArticle( parseBrief( prompt ) ) );
	}
	if ( fn === 'auto_cluster' ) return JSON.stringify( clusterReply( prompt ) );
	if ( fn === 'generate_ideas' ) return JSON.stringify( ideasReply( prompt ) );
	if ( fn === 'generate_image_prompts' ) return JSON.stringify( imagePromptsReply( prompt ) );
	if ( fn === 'optimize_content' ) return JSON.stringify( optimizeReply( prompt ) );
	if ( fn === 'rewrite' ) return rewriteReply( prompt );
	if ( fn === 'generate_meta' ) return JSON.stringify( metaReply( prompt ) );
	if ( fn === 'generate_excerpt' ) return JSON.stringify( excerptReply( prompt ) );
	if ( fn === 'generate_product_description' ) return JSON.stringify( productDescriptionReply( prompt ) );
	if ( fn === 'generate_faq' ) return JSON.stringify( faqReply( prompt ) );
	if ( fn === 'generate_takeaways' ) return JSON.stringify( takeawaysReply( prompt ) );
	if ( format === 'json_schema' && request.response_format?.json_schema?.schema ) {
		return JSON.stringify( instanceFromSchema( request.response_format.json_schema.schema, fn ?? 'value' ) );
	}
	if ( format === 'json_object' ) {
		return JSON.stringify( {
			function: fn,
			reply: `Deterministic JSON reply from the fake model (test double) to: ${ prompt.slice( 0, 120 ) }`,
			prompt_characters: prompt.length,
		} );
	}
	return `This is a deterministic reply from the fake OpenAI-compatible model (a test double, not a real model). You asked: ${ prompt.slice( 0, 200 ) }`;
}

/** Usage the way OpenAI counts it: prompt tokens plus a few per message, completion tokens. */
export function usageFor( request: ChatRequest, reply: string ): Usage {
	const promptText = request.messages.map( ( message ) => textOf( message.content ) ).join( '\n' );
	const prompt_tokens = estimateTokens( promptText ) + 3 * request.messages.length + 3;
	const completion_tokens = estimateTokens( reply );
	return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}

/** Cuts a JSON reply in half so it no longer parses (the "malformed" fault). */
export function malformed( reply: string ): string {
	return reply.slice( 0, Math.max( 1, Math.floor( reply.length / 2 ) ) );
}

/** What the fake model answers: text (or null), a refusal, and why the model stopped. */
export interface Answer {
	content: string | null;
	refusal: string | null;
	finishReason: 'stop' | 'length' | 'content_filter';
}

/** A plain answer: the whole reply, no refusal. */
export const answerOf = ( reply: string ): Answer => ( { content: reply, refusal: null, finishReason: 'stop' } );

/** A complete (non-streamed) chat.completion object. */
export function completionBody( id: string, model: string, answer: Answer, usage: Usage ): Record<string, unknown> {
	return {
		id,
		object: 'chat.completion',
		created: Math.floor( Date.now() / 1000 ),
		model,
		system_fingerprint: 'fp_igny8_test_double',
		choices: [ { index: 0, message: { role: 'assistant', content: answer.content, refusal: answer.refusal }, logprobs: null, finish_reason: answer.finishReason } ],
		usage,
	};
}

/** The SSE events of a streamed reply (content or refusal deltas), ending with the [DONE] sentinel. */
export function streamEvents( id: string, model: string, answer: Answer, usage: Usage, includeUsage: boolean ): string[] {
	const created = Math.floor( Date.now() / 1000 );
	const base = { id, object: 'chat.completion.chunk', created, model, system_fingerprint: 'fp_igny8_test_double' };
	const delta = ( part: Record<string, unknown> ) => ( { ...base, choices: [ { index: 0, delta: part, logprobs: null, finish_reason: null } ] } );
	const first = answer.refusal === null ? { role: 'assistant', content: '' } : { role: 'assistant', refusal: '' };
	const events: Record<string, unknown>[] = [ delta( first ) ];
	const [ key, text ] = answer.refusal === null ? [ 'content', answer.content ?? '' ] : [ 'refusal', answer.refusal ];
	for ( let offset = 0; offset < text.length; offset += 48 ) events.push( delta( { [ key ]: text.slice( offset, offset + 48 ) } ) );
	events.push( { ...base, choices: [ { index: 0, delta: {}, logprobs: null, finish_reason: answer.finishReason } ] } );
	if ( includeUsage ) events.push( { ...base, choices: [], usage } );
	return [ ...events.map( ( event ) => `data: ${ JSON.stringify( event ) }\n\n` ), 'data: [DONE]\n\n' ];
}
