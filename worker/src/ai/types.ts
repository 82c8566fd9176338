/** The shape every AI function declares (after the seed's BaseAIFunction and WordPress/ai's abilities). */
import type { z } from 'zod';

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
}

export interface TokenUsage {
	tokensIn: number;
	tokensOut: number;
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
	/** Turns the validated reply into the job result WordPress receives. */
	toResult( output: O, input: I ): Record<string, unknown>;
	maxOutputTokens?: number;
	temperature?: number;
}

/** Identity helper that keeps I and O inferred for a function definition. */
export const defineAiFunction = <I, O>( fn: AiFunction<I, O> ): AiFunction<I, O> => fn;
