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

/** Image models by name (gpt-image-*, dall-e-*, or any id naming "image"): a site's own list is split with it. */
const looksLikeImageModel = ( model: string ): boolean => /image|dall-e/i.test( model );

/**
 * On a site's own provider key the site's declared models are the allowlist: per function those of its
 * kind (image models for generate_images, the others for text), or all of them when none is of that kind;
 * the first is the default.
 */
export function ownKeyModels( declared: readonly string[], functionName: string ): { default: string; allowed: string[] } {
	const image = modelKind( functionName ) === 'image';
	const ofKind = declared.filter( ( model ) => looksLikeImageModel( model ) === image );
	const allowed = ofKind.length > 0 ? ofKind : [ ...declared ];
	return { default: allowed[ 0 ] ?? '', allowed };
}

/** Every function's models for a site: its own provider's when it has one, else the platform's. */
export function siteModelCatalog( env: Env, declared: readonly string[] | null ): Record<string, { default: string; allowed: string[] }> {
	if ( ! declared ) return modelCatalog( env );
	return Object.fromEntries( AI_FUNCTION_NAMES.map( ( name ) => [ name, ownKeyModels( declared, name ) ] ) );
}

/** Null when the site may use the model for the function, else why not (with what it may use). */
export function modelRefusal( env: Env, functionName: string, model: string, declared: readonly string[] | null = null ): string | null {
	const { allowed } = declared ? ownKeyModels( declared, functionName ) : allowedModels( env, functionName );
	return allowed.includes( model ) ? null : `"${ model }" is not offered for ${ functionName }. Use one of: ${ allowed.join( ', ' ) }.`;
}
