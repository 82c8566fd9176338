/**
 * The AI function registry (the seed's ai/registry.py). Jobs name a function;
 * the route validates its input and prices it, the consumer runs it.
 * Planned: auto_cluster, generate_ideas, generate_image_prompts, generate_images,
 * optimize_content, rewrite — each one file in ./functions.
 */
import { generateContent } from './functions/generate_content';
import type { AiFunction } from './types';

// The registry is heterogeneous by nature; each entry is typed where it is defined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RegisteredAiFunction = AiFunction<any, any>;

const registry: Record<string, RegisteredAiFunction> = {
	[ generateContent.name ]: generateContent,
};

export const AI_FUNCTION_NAMES = Object.keys( registry ) as [ string, ...string[] ];

export function getAiFunction( name: string ): RegisteredAiFunction | null {
	return Object.hasOwn( registry, name ) ? registry[ name ]! : null;
}
