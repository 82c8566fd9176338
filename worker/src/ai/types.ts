/** The shape every AI function declares (after the seed's BaseAIFunction and WordPress/ai's abilities). */
import type OpenAI from 'openai';
import type * as z from 'zod';

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
}

export interface TokenUsage {
	tokensIn: number;
	tokensOut: number;
	/** Images generated (priced per image, not per token). */
	images?: number;
}

export type ProgressHook = ( progress: number, step: string ) => Promise<void> | void;

/**
 * What a function with its own execution (several model calls: chunks, images)
 * gets from the core: a ready client, a one-call helper with retries + repair,
 * the R2 bucket and where results are reachable.
 */
export interface AiRunContext {
	client: OpenAI;
	model: string;
	jobId: string;
	siteId: string;
	media: R2Bucket;
	/** Public origin of the Worker, for media URLs WordPress sideloads. */
	publicOrigin: string;
	progress: ProgressHook;
	/** One validated structured call (retries, repair) whose usage is added to the job's. */
	structured<T>( schema: z.ZodType<T>, messages: ChatMessage[], check?: ( value: T ) => string | null ): Promise<T>;
	/** One image generation call with retries; returns the PNG bytes. */
	image( prompt: string, size: string ): Promise<Uint8Array>;
	usage: TokenUsage;
}

export interface AiFunction<I, O> {
	/** Registry name, e.g. "generate_content"; also the prompt marker "igny8:function=<name>". */
	name: string;
	/** Used when neither AI_MODEL_<NAME> nor AI_MODEL_DEFAULT is set. */
	defaultModel: string;
	inputSchema: z.ZodType<I>;
	/** The model's JSON reply is validated against this (one repair retry when it fails). */
	outputSchema: z.ZodType<O>;
	/** Credits reserved when the job is created: the most the job can cost. */
	estimateCredits( input: I ): number;
	/** Credits charged after the run, from real usage; capped at the reservation by the ledger. */
	chargeCredits( usage: TokenUsage, output: O ): number;
	buildMessages( input: I ): ChatMessage[];
	/** Semantic checks the schema cannot express (e.g. the reply's language); a problem triggers the repair retry. */
	checkOutput?( output: O, input: I ): string | null;
	/** Turns the validated reply into the job result WordPress receives. */
	toResult( output: O, input: I ): Record<string, unknown>;
	/** Functions that need several model calls run themselves with the core's helpers. */
	execute?( context: AiRunContext, input: I ): Promise<O>;
	maxOutputTokens?: number;
	temperature?: number;
}

/** Identity helper that keeps I and O inferred for a function definition. */
export const defineAiFunction = <I, O>( fn: AiFunction<I, O> ): AiFunction<I, O> => fn;
