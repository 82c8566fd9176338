/**
 * Which models a site may choose per AI function (Settings → AI models). The Worker publishes the
 * list (GET /api/v1/ai/models) and refuses a job that names a model outside it, so a site can pick
 * a cheaper or stronger model without being able to send the operator's key to anything else.
 * The operator can widen or narrow each kind with AI_ALLOWED_TEXT_MODELS / AI_ALLOWED_IMAGE_MODELS
 * (comma lists); the function's own configured model is always allowed.
 */
import type { Env } from '../env';
import { aiSettings } from './core';
import { AI_FUNCTION_NAMES, getAiFunction } from './registry';

/** Chat models that answer with structured JSON (the text functions need it). */
export const TEXT_MODELS = [ 'gpt-4o-mini', 'gpt-4o', 'gpt-4.1-nano', 'gpt-4.1-mini', 'gpt-4.1', 'gpt-5-mini', 'gpt-5' ] as const;
/** Image models of the Images API. */
export const IMAGE_MODELS = [ 'gpt-image-1', 'dall-e-3' ] as const;

export type ModelKind = 'text' | 'image';

export const modelKind = ( functionName: string ): ModelKind => ( functionName === 'generate_images' ? 'image' : 'text' );

const listFromEnv = ( value: string | undefined ): string[] =>
	( value ?? '' )
		.split( ',' )
		.map( ( model ) => model.trim() )
		.filter( ( model ) => /^[A-Za-z0-9._:-]{1,100}$/.test( model ) );

/** The models a site may choose for one function; the first is what it runs when none is chosen. */
export function allowedModels( env: Env, functionName: string ): { default: string; allowed: string[] } {
	const fn = getAiFunction( functionName );
	const fallback = fn ? aiSettings( env, fn ).model : '';
	const kind = modelKind( functionName );
	const configured = listFromEnv( kind === 'image' ? env.AI_ALLOWED_IMAGE_MODELS : env.AI_ALLOWED_TEXT_MODELS );
	const listed = configured.length > 0 ? configured : [ ...( kind === 'image' ? IMAGE_MODELS : TEXT_MODELS ) ];
	return { default: fallback, allowed: [ ...new Set( [ fallback, ...listed ].filter( Boolean ) ) ] };
}

/** Every function's default and allowed models, as GET /api/v1/ai/models answers. */
export function modelCatalog( env: Env ): Record<string, { default: string; allowed: string[] }> {
	return Object.fromEntries( AI_FUNCTION_NAMES.map( ( name ) => [ name, allowedModels( env, name ) ] ) );
}

/** Null when the site may use the model for the function, else why not (with what it may use). */
export function modelRefusal( env: Env, functionName: string, model: string ): string | null {
	const { allowed } = allowedModels( env, functionName );
	return allowed.includes( model ) ? null : `"${ model }" is not offered for ${ functionName }. Use one of: ${ allowed.join( ', ' ) }.`;
}
