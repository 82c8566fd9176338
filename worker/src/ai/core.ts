/**
 * The AI core: one wrapper around the `openai` SDK for every AI function.
 * - endpoint from OPENAI_BASE_URL / OPENAI_API_KEY (the local fake model, a test double, in dev)
 * - model per function: the site's choice (within ai/models.ts), else AI_MODEL_<FUNCTION>, else
 *   AI_MODEL_DEFAULT, else the function's default
 * - our own retries (the SDK's are off) with exponential backoff + jitter on 429, 5xx,
 *   timeouts and connection errors, so attempts and tokens are counted in one place
 * - JSON replies validated against the function's output schema, with one repair retry
 * - a refusal fails at once; a reply cut off by the output budget is asked for once more
 *   with a larger budget, so nothing half-written is ever used
 */
import OpenAI from 'openai';
import * as z from 'zod';
import type { Env } from '../env';
import { largerBudget, replyProblem, type ModelReply } from './reply-checks';
import type { AiFunction, AiRunContext, ChatMessage, ProgressHook, TokenUsage } from './types';

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
export function aiSettings( env: Env, fn: Pick<AiFunction<unknown, unknown>, 'name' | 'defaultModel'>, chosenModel?: string | null ): AiSettings {
	const perFunction = env[ `AI_MODEL_${ fn.name.toUpperCase() }` ];
	return {
		baseURL: env.OPENAI_BASE_URL || 'https://api.openai.com/v1',
		// The fake model ignores the key, but the SDK refuses to start without one.
		apiKey: env.OPENAI_API_KEY || 'no-key-set',
		// A site's choice was checked against ai/models.ts when its job was created.
		model: chosenModel || perFunction || env.AI_MODEL_DEFAULT || fn.defaultModel,
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

export type { ProgressHook };

const sleep = ( ms: number ) => new Promise<void>( ( resolve ) => setTimeout( resolve, ms ) );

/** 429 (not an exhausted quota), 408, 409, 5xx, timeouts, dropped connections and truncated bodies are worth another try; 400/401/403/404 are not. */
export function isRetryable( error: unknown ): boolean {
	if ( error instanceof OpenAI.APIConnectionError ) return true; // includes timeouts
	// A 200 whose body is cut off (e.g. the image endpoint's JSON) is a transport slip, not a refusal.
	if ( error instanceof SyntaxError ) return true;
	if ( error instanceof OpenAI.APIError && typeof error.status === 'number' ) {
		// An exhausted quota answers 429 too, but waiting does not refill it.
		if ( error.code === 'insufficient_quota' ) return false;
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

type Validated<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Parses and validates a reply; `check` adds rules the schema cannot express. */
export function validateReply<T>( schema: z.ZodType<T>, content: string, check?: ( value: T ) => string | null ): Validated<T> {
	let parsed: unknown;
	try {
		parsed = parseJsonReply( content );
	} catch ( error ) {
		return { ok: false, problem: `it is not valid JSON (${ ( error as Error ).message })` };
	}
	const result = schema.safeParse( parsed );
	if ( ! result.success ) return { ok: false, problem: result.error.issues.slice( 0, 8 ).map( ( issue ) => `${ issue.path.join( '.' ) || '(root)' }: ${ issue.message }` ).join( '; ' ) };
	const problem = check?.( result.data ) ?? null;
	return problem ? { ok: false, problem } : { ok: true, value: result.data };
}

/** The model client the core uses: the SDK's own retries off, ours counted. */
export const openAiClient = ( settings: AiSettings ): OpenAI => new OpenAI( { baseURL: settings.baseURL, apiKey: settings.apiKey, maxRetries: 0, timeout: settings.timeoutMs } );

export interface CallerOptions {
	settings: AiSettings;
	name: string;
	client?: OpenAI;
	temperature?: number;
	maxOutputTokens?: number;
	onProgress?: ProgressHook;
}

/** Calls shared by every function: retried chat and image calls, structured output with one repair, usage. */
export function createCaller( options: CallerOptions ) {
	const { settings, name } = options;
	const openai = options.client ?? openAiClient( settings );
	const usage: TokenUsage = { tokensIn: 0, tokensOut: 0, images: 0 };
	const counter = { calls: 0 };

	/** Runs `request` with backoff on retryable failures; gives up with an AiError. */
	const withRetries = async <T>( request: () => Promise<T> ): Promise<T> => {
		for ( let attempt = 0; ; attempt++ ) {
			counter.calls += 1;
			try {
				return await request();
			} catch ( error ) {
				const reason = error instanceof Error ? error.message : String( error );
				if ( ! isRetryable( error ) ) throw new AiError( `The model request was rejected: ${ reason }`, usage, counter.calls );
				if ( attempt >= settings.maxRetries ) throw new AiError( `The model failed after ${ attempt + 1 } attempts: ${ reason }`, usage, counter.calls );
				console.warn( JSON.stringify( { event: 'ai_retry', function: name, attempt: attempt + 1, reason } ) );
				await sleep( backoffMs( attempt, settings.retryBaseMs, error ) );
			}
		}
	};

	const request = ( messages: ChatMessage[], schema: z.ZodType, maxTokens: number | undefined ): Promise<ModelReply> => {
		const responseFormat =
			settings.jsonMode === 'json_schema'
				? { type: 'json_schema' as const, json_schema: { name, strict: true, schema: responseJsonSchema( schema ) } }
				: { type: 'json_object' as const };
		return withRetries( async () => {
			const completion = await openai.chat.completions.create(
				{ model: settings.model, messages, response_format: responseFormat, temperature: options.temperature, max_completion_tokens: maxTokens },
				{ timeout: settings.timeoutMs, maxRetries: 0 }
			);
			usage.tokensIn += completion.usage?.prompt_tokens ?? 0;
			usage.tokensOut += completion.usage?.completion_tokens ?? 0;
			const choice = completion.choices[ 0 ];
			return { content: choice?.message.content ?? '', refusal: choice?.message.refusal ?? null, finishReason: choice?.finish_reason ?? null, tokensOut: completion.usage?.completion_tokens ?? 0 };
		} );
	};

	/** One chat call whose reply is whole: refusals fail, a cut-off reply gets one larger budget. */
	const complete = async ( messages: ChatMessage[], schema: z.ZodType ): Promise<string> => {
		const first = await request( messages, schema, options.maxOutputTokens );
		const larger = first.finishReason === 'length' ? largerBudget( options.maxOutputTokens ) : null;
		if ( larger !== null ) console.warn( JSON.stringify( { event: 'ai_truncated', function: name, budget: options.maxOutputTokens, retry_budget: larger } ) );
		const reply = larger === null ? first : await request( messages, schema, larger );
		const problem = replyProblem( reply, larger ?? options.maxOutputTokens, larger !== null );
		if ( problem ) throw new AiError( problem, usage, counter.calls );
		return reply.content;
	};

	/** One structured call: validate, and on a bad reply one repair round showing the model what is wrong. */
	const structured = async <T>( schema: z.ZodType<T>, messages: ChatMessage[], check?: ( value: T ) => string | null ): Promise<T> => {
		const first = await complete( messages, schema );
		const checked = validateReply( schema, first, check );
		if ( checked.ok ) return checked.value;
		await options.onProgress?.( -1, 'repairing the reply' );
		const repair: ChatMessage[] = [
			...messages,
			{ role: 'assistant', content: first.slice( 0, 20_000 ) },
			{ role: 'user', content: `Your reply could not be used: ${ checked.problem }. Reply again with only the complete JSON object that matches the schema.` },
		];
		const second = validateReply( schema, await complete( repair, schema ), check );
		if ( ! second.ok ) throw new AiError( `The model returned invalid output twice: ${ second.problem }`, usage, counter.calls );
		return second.value;
	};

	/** One image; the model returns base64 PNG (b64_json). */
	const image = ( prompt: string, size: string ): Promise<Uint8Array> =>
		withRetries( async () => {
			// dall-e models need response_format; gpt-image models always answer with b64_json and reject it.
			const format = settings.model.startsWith( 'dall-e' ) ? { response_format: 'b64_json' as const } : {};
			const response = await openai.images.generate( { model: settings.model, prompt, n: 1, size: size as '1024x1024', ...format }, { timeout: settings.timeoutMs, maxRetries: 0 } );
			const b64 = response.data?.[ 0 ]?.b64_json;
			// A reply without an image is the server's fault: worth another try, like a 5xx.
			if ( ! b64 ) throw new OpenAI.APIError( 502, undefined, 'The image reply had no b64_json data.', new Headers() );
			usage.images = ( usage.images ?? 0 ) + 1;
			usage.tokensIn += response.usage?.input_tokens ?? 0;
			return Uint8Array.from( atob( b64 ), ( char ) => char.charCodeAt( 0 ) );
		} );

	return { openai, usage, counter, complete, structured, image };
}

export interface RunOptions {
	jobId?: string;
	siteId?: string;
	media?: R2Bucket;
	publicOrigin?: string;
	client?: OpenAI;
}

/** Runs one AI function to a validated output, or throws AiError. */
export async function runAiFunction<I, O>( settings: AiSettings, fn: AiFunction<I, O>, input: I, onProgress: ProgressHook = () => undefined, options: RunOptions = {} ): Promise<AiRun<O>> {
	let last = 30;
	// -1 means "same progress, new step" (the repair round keeps the bar where it is).
	const progress: ProgressHook = ( value, step ) => onProgress( value < 0 ? last : ( last = value ), step );
	const caller = createCaller( { settings, name: fn.name, client: options.client, temperature: fn.temperature, maxOutputTokens: fn.maxOutputTokens, onProgress: progress } );
	let output: O;
	if ( fn.execute ) {
		const context: AiRunContext = {
			client: caller.openai,
			model: settings.model,
			jobId: options.jobId ?? 'adhoc',
			siteId: options.siteId ?? 'adhoc',
			media: options.media as R2Bucket,
			publicOrigin: options.publicOrigin ?? '',
			progress,
			structured: caller.structured,
			image: caller.image,
			usage: caller.usage,
		};
		output = await fn.execute( context, input );
	} else {
		await progress( 30, 'generating' );
		output = await caller.structured( fn.outputSchema, fn.buildMessages( input ), fn.checkOutput ? ( value ) => fn.checkOutput!( value, input ) : undefined );
	}
	return { output, usage: caller.usage, model: settings.model, calls: caller.counter.calls };
}
