/**
 * The AI core: one wrapper around the `openai` SDK for every AI function.
 * - endpoint from OPENAI_BASE_URL / OPENAI_API_KEY (the local fake model, a test double, in dev)
 * - model per function: AI_MODEL_<FUNCTION>, else AI_MODEL_DEFAULT, else the function's default
 * - our own retries (the SDK's are off) with exponential backoff + jitter on 429, 5xx,
 *   timeouts and connection errors, so attempts and tokens are counted in one place
 * - JSON replies validated against the function's output schema, with one repair retry
 */
import OpenAI from 'openai';
import { z } from 'zod';
import type { Env } from '../env';
import type { AiFunction, ChatMessage, TokenUsage } from './types';

export interface AiSettings {
	baseURL: string;
	apiKey: string;
	model: string;
	timeoutMs: number;
	maxRetries: number;
	retryBaseMs: number;
	/** json_schema (structured outputs) or json_object for endpoints without schema support. */
	jsonMode: 'json_schema' | 'json_object';
}

const intOr = ( value: string | undefined, fallback: number ): number => {
	const parsed = Number.parseInt( value ?? '', 10 );
	return Number.isFinite( parsed ) && parsed >= 0 ? parsed : fallback;
};

/** Settings for one function from the Worker's env. */
export function aiSettings( env: Env, fn: Pick<AiFunction<unknown, unknown>, 'name' | 'defaultModel'> ): AiSettings {
	const perFunction = env[ `AI_MODEL_${ fn.name.toUpperCase() }` ];
	return {
		baseURL: env.OPENAI_BASE_URL || 'https://api.openai.com/v1',
		// The fake model ignores the key, but the SDK refuses to start without one.
		apiKey: env.OPENAI_API_KEY || 'no-key-set',
		model: perFunction || env.AI_MODEL_DEFAULT || fn.defaultModel,
		timeoutMs: intOr( env.AI_TIMEOUT_MS, 120_000 ),
		maxRetries: intOr( env.AI_MAX_RETRIES, 3 ),
		retryBaseMs: intOr( env.AI_RETRY_BASE_MS, 1_000 ),
		jsonMode: env.AI_JSON_MODE === 'json_object' ? 'json_object' : 'json_schema',
	};
}

/** A model failure after retries (or one not worth retrying). Carries the tokens already spent. */
export class AiError extends Error {
	readonly usage: TokenUsage;
	readonly calls: number;

	constructor( message: string, usage: TokenUsage, calls: number ) {
		super( message );
		this.name = 'AiError';
		this.usage = usage;
		this.calls = calls;
	}
}

export interface AiRun<O> {
	output: O;
	usage: TokenUsage;
	model: string;
	/** HTTP calls made, retries and the repair included. */
	calls: number;
}

export type ProgressHook = ( progress: number, step: string ) => Promise<void> | void;

const sleep = ( ms: number ) => new Promise<void>( ( resolve ) => setTimeout( resolve, ms ) );

/** 429, 408, 409, 5xx, timeouts and dropped connections are worth another try; 400/401/403/404 are not. */
export function isRetryable( error: unknown ): boolean {
	if ( error instanceof OpenAI.APIConnectionError ) return true; // includes timeouts
	if ( error instanceof OpenAI.APIError && typeof error.status === 'number' ) {
		return error.status === 429 || error.status === 408 || error.status === 409 || error.status >= 500;
	}
	return false;
}

/** Exponential backoff with "equal jitter", stretched to the server's retry-after when it asks. */
export function backoffMs( attempt: number, baseMs: number, error?: unknown ): number {
	const ceiling = Math.min( 30_000, baseMs * 2 ** attempt );
	let delay = ceiling / 2 + Math.random() * ( ceiling / 2 );
	const headers = error instanceof OpenAI.APIError ? error.headers : undefined;
	const retryAfterMs = Number( headers?.get( 'retry-after-ms' ) ) || Number( headers?.get( 'retry-after' ) ) * 1000 || 0;
	if ( retryAfterMs > 0 ) delay = Math.max( delay, Math.min( retryAfterMs, 30_000 ) );
	return Math.round( delay );
}

/** The function's output schema as OpenAI structured outputs accepts it (no length keywords). */
export function responseJsonSchema( schema: z.ZodType ): Record<string, unknown> {
	const strip = ( node: unknown ): unknown => {
		if ( Array.isArray( node ) ) return node.map( strip );
		if ( ! node || typeof node !== 'object' ) return node;
		return Object.fromEntries(
			Object.entries( node )
				.filter( ( [ key ] ) => ! [ '$schema', 'minLength', 'maxLength', 'pattern', 'format' ].includes( key ) )
				.map( ( [ key, value ] ) => [ key, strip( value ) ] )
		);
	};
	return strip( z.toJSONSchema( schema ) ) as Record<string, unknown>;
}

/** Parses a JSON reply, tolerating a ```json fence some models add. */
export function parseJsonReply( content: string ): unknown {
	const trimmed = content.trim().replace( /^```(?:json)?\s*/i, '' ).replace( /\s*```$/, '' );
	return JSON.parse( trimmed );
}

/** Runs one AI function to a validated output, or throws AiError. */
export async function runAiFunction<I, O>( settings: AiSettings, fn: AiFunction<I, O>, input: I, onProgress: ProgressHook = () => undefined, client?: OpenAI ): Promise<AiRun<O>> {
	const openai = client ?? new OpenAI( { baseURL: settings.baseURL, apiKey: settings.apiKey, maxRetries: 0, timeout: settings.timeoutMs } );
	const usage: TokenUsage = { tokensIn: 0, tokensOut: 0 };
	let calls = 0;
	const responseFormat =
		settings.jsonMode === 'json_schema'
			? { type: 'json_schema' as const, json_schema: { name: fn.name, strict: true, schema: responseJsonSchema( fn.outputSchema ) } }
			: { type: 'json_object' as const };

	/** One chat call with retries; returns the reply text. */
	const complete = async ( messages: ChatMessage[] ): Promise<string> => {
		for ( let attempt = 0; ; attempt++ ) {
			calls += 1;
			try {
				const completion = await openai.chat.completions.create(
					{ model: settings.model, messages, response_format: responseFormat, temperature: fn.temperature, max_completion_tokens: fn.maxOutputTokens },
					{ timeout: settings.timeoutMs, maxRetries: 0 }
				);
				usage.tokensIn += completion.usage?.prompt_tokens ?? 0;
				usage.tokensOut += completion.usage?.completion_tokens ?? 0;
				return completion.choices[ 0 ]?.message.content ?? '';
			} catch ( error ) {
				const reason = error instanceof Error ? error.message : String( error );
				if ( ! isRetryable( error ) ) throw new AiError( `The model request was rejected: ${ reason }`, usage, calls );
				if ( attempt >= settings.maxRetries ) throw new AiError( `The model failed after ${ attempt + 1 } attempts: ${ reason }`, usage, calls );
				console.warn( JSON.stringify( { event: 'ai_retry', function: fn.name, attempt: attempt + 1, reason } ) );
				await sleep( backoffMs( attempt, settings.retryBaseMs, error ) );
			}
		}
	};

	const validate = ( content: string ): { ok: true; value: O } | { ok: false; problem: string } => {
		let parsed: unknown;
		try {
			parsed = parseJsonReply( content );
		} catch ( error ) {
			return { ok: false, problem: `it is not valid JSON (${ ( error as Error ).message })` };
		}
		const result = fn.outputSchema.safeParse( parsed );
		if ( result.success ) return { ok: true, value: result.data };
		return { ok: false, problem: result.error.issues.map( ( issue ) => `${ issue.path.join( '.' ) || '(root)' }: ${ issue.message }` ).join( '; ' ) };
	};

	const messages = fn.buildMessages( input );
	await onProgress( 30, 'generating' );
	const first = await complete( messages );
	let checked = validate( first );
	if ( ! checked.ok ) {
		// One repair round: show the model its reply and what is wrong with it.
		await onProgress( 60, 'repairing the reply' );
		const repair: ChatMessage[] = [
			...messages,
			{ role: 'assistant', content: first.slice( 0, 20_000 ) },
			{ role: 'user', content: `Your reply could not be used: ${ checked.problem }. Reply again with only the complete JSON object that matches the schema.` },
		];
		checked = validate( await complete( repair ) );
		if ( ! checked.ok ) throw new AiError( `The model returned invalid output twice: ${ checked.problem }`, usage, calls );
	}
	return { output: checked.value, usage, model: settings.model, calls };
}
