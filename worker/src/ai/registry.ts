/**
 * The AI function registry (the seed's ai/registry.py). Jobs name a function;
 * the route validates its input and prices it, the consumer runs it. Each function
 * is one file in ./functions. `rewrite` is interactive (streamed, not a job), so it
 * is exported from ./functions/rewrite and not listed here.
 */
import { autoCluster } from './functions/auto_cluster';
import { generateContent } from './functions/generate_content';
import { generateExcerpt } from './functions/generate_excerpt';
import { generateFaq } from './functions/generate_faq';
import { generateIdeas } from './functions/generate_ideas';
import { generateImagePrompts } from './functions/generate_image_prompts';
import { generateImages } from './functions/generate_images';
import { generateMeta } from './functions/generate_meta';
import { generateProductDescription } from './functions/generate_product_description';
import { generateTakeaways } from './functions/generate_takeaways';
import { optimizeContent } from './functions/optimize_content';
import type { AiFunction } from './types';

// The registry is heterogeneous by nature; each entry is typed where it is defined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RegisteredAiFunction = AiFunction<any, any>;

const registry: Record<string, RegisteredAiFunction> = Object.fromEntries(
	[ autoCluster, generateIdeas, generateContent, generateImagePrompts, generateImages, optimizeContent, generateExcerpt, generateProductDescription, generateMeta, generateFaq, generateTakeaways ].map( ( fn ) => [ fn.name, fn as RegisteredAiFunction ] )
);

export const AI_FUNCTION_NAMES = Object.keys( registry ) as [ string, ...string[] ];

export function getAiFunction( name: string ): RegisteredAiFunction | null {
	return Object.hasOwn( registry, name ) ? registry[ name ]! : null;
}
