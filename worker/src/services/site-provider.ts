/**
 * A site's own model provider (bring your own key): checked against the provider on save, the key sealed
 * with AES-GCM under PROVIDER_KEYS_ENCRYPTION_KEY and bound to the site id, and opened only by the queue
 * consumer for that site's jobs. Nothing here returns or logs the key: reads give its last four characters.
 */
import { eq } from 'drizzle-orm';
import { OWN_KEY_PLATFORM_FEE_CREDITS } from '../ai/pricing';
import type { Database } from '../db/client';
import { siteProviders, type Site, type SiteProvider } from '../db/schema';
import { ApiError, badRequest } from '../lib/errors';
import { encryptionKeyBytes, seal, unseal } from '../lib/secret-box';

/** How long the check on save waits for the provider's models list. */
const CHECK_TIMEOUT_MS = 10_000;

export interface ProviderInput {
	base_url: string;
	api_key: string;
	models: string[];
}

/** What the site (and the portal) may see of its provider. */
export type ProviderView = { platform_fee: number } & (
	| { mode: 'credits' }
	| { mode: 'own_key'; base_url: string; models: string[]; key_last4: string; updated_at: string }
);

/** The sealing key, or a 503 naming the missing setting (own keys are off until the operator sets it). */
export function providerSecret( secret: string | undefined ): string {
	if ( ! encryptionKeyBytes( secret ) ) {
		throw new ApiError( 503, 'Own provider keys are not available on this service yet: its operator must set PROVIDER_KEYS_ENCRYPTION_KEY.' );
	}
	return secret!;
}

const contextOf = ( siteId: string ) => `site-provider:${ siteId }`;
const baseOf = ( url: string ) => url.replace( /\/+$/, '' );

/** Replaces the key wherever a provider's message repeats it, so it never reaches a job's error or a log. */
export const redactKey = ( text: string, key: string ): string => ( key.length >= 8 ? text.split( key ).join( `••••${ key.slice( -4 ) }` ) : text );

/** The provider's own words from an OpenAI-style error body, else the HTTP status text. */
async function providerMessage( response: Response ): Promise<string> {
	const text = await response.text().catch( () => '' );
	try {
		const body = JSON.parse( text ) as { error?: { message?: unknown } | string; message?: unknown };
		const message = typeof body.error === 'string' ? body.error : ( body.error?.message ?? body.message );
		if ( typeof message === 'string' && message.trim() ) return message.trim().slice( 0, 300 );
	} catch {
		// Not JSON: fall through to the status line.
	}
	return response.statusText || 'no message';
}

/**
 * The cheap check on save: GET {base_url}/models with the key. Refuses (400, per field) a key the provider
 * rejects, an endpoint that does not answer like an OpenAI-compatible one, and declared models it does not list.
 */
export async function checkProvider( input: ProviderInput ): Promise<void> {
	let response: Response;
	try {
		// No redirects: a checked URL must not hand the key on to another host.
		response = await fetch( `${ baseOf( input.base_url ) }/models`, {
			headers: { Authorization: `Bearer ${ input.api_key }`, Accept: 'application/json' },
			redirect: 'manual',
			signal: AbortSignal.timeout( CHECK_TIMEOUT_MS ),
		} );
	} catch ( error ) {
		const why = error instanceof Error && error.name === 'TimeoutError' ? 'it did not answer within 10 seconds' : 'the connection failed';
		throw badRequest( `Could not reach the provider at ${ input.base_url }: ${ why }.`, { base_url: [ `Could not reach ${ input.base_url }/models.` ] } );
	}
	if ( response.status === 401 || response.status === 403 ) {
		const message = redactKey( await providerMessage( response ), input.api_key );
		throw badRequest( `The provider refused the key (${ response.status }): ${ message }`, { api_key: [ `The provider answered ${ response.status }: ${ message }` ] } );
	}
	if ( ! response.ok ) {
		const message = redactKey( await providerMessage( response ), input.api_key );
		throw badRequest( `The provider’s models list answered ${ response.status }: ${ message }`, { base_url: [ `GET /models answered ${ response.status }: ${ message }` ] } );
	}
	let listed: string[];
	try {
		const body = ( await response.json() ) as { data?: Array<{ id?: unknown }> };
		listed = ( body.data ?? [] ).map( ( model ) => model.id ).filter( ( id ): id is string => typeof id === 'string' );
	} catch {
		throw badRequest( 'The provider’s models list is not OpenAI-compatible JSON.', { base_url: [ 'GET /models did not answer with a models list.' ] } );
	}
	const missing = input.models.filter( ( model ) => ! listed.includes( model ) );
	if ( missing.length > 0 ) {
		const message = `The provider does not offer ${ missing.join( ', ' ) }. It lists: ${ listed.slice( 0, 20 ).join( ', ' ) || 'no models' }.`;
		throw badRequest( message, { models: [ message ] } );
	}
}

export const findProvider = ( { db }: { db: Database }, siteId: string ): Promise<SiteProvider | undefined> =>
	db.query.siteProviders.findFirst( { where: eq( siteProviders.siteId, siteId ) } );

/** The provider as GET answers it: never the key, only its last four characters. */
export function viewOf( provider: SiteProvider | undefined ): ProviderView {
	// The fee an own key would cost per job, so the settings can say it before the switch (ai/pricing.ts).
	const platform_fee = OWN_KEY_PLATFORM_FEE_CREDITS;
	if ( ! provider ) return { mode: 'credits', platform_fee };
	return { mode: 'own_key', base_url: provider.baseUrl, models: provider.models, key_last4: provider.keyLast4, updated_at: provider.updatedAt.toISOString(), platform_fee };
}

/** Seals the (already checked) key and stores the provider, replacing any earlier one. */
export async function saveProvider( { db, secret }: { db: Database; secret: string }, site: Site, input: ProviderInput ): Promise<SiteProvider> {
	const now = new Date();
	const row = {
		siteId: site.id,
		baseUrl: baseOf( input.base_url ),
		keyCiphertext: await seal( secret, input.api_key, contextOf( site.id ) ),
		keyLast4: input.api_key.slice( -4 ),
		models: input.models,
		createdAt: now,
		updatedAt: now,
	};
	const { createdAt: _created, siteId: _site, ...changes } = row;
	const [ saved ] = await db.insert( siteProviders ).values( row ).onConflictDoUpdate( { target: siteProviders.siteId, set: changes } ).returning();
	return saved!;
}

/** Back to IGNY8 credits: the provider and its sealed key are deleted. True when there was one. */
export async function deleteProvider( { db }: { db: Database }, siteId: string ): Promise<boolean> {
	const deleted = await db.delete( siteProviders ).where( eq( siteProviders.siteId, siteId ) ).returning( { siteId: siteProviders.siteId } );
	return deleted.length > 0;
}

/** The base URL and clear key a job of the site runs with (the queue consumer only). */
export async function openProvider( provider: SiteProvider, secret: string ): Promise<{ baseURL: string; apiKey: string }> {
	return { baseURL: provider.baseUrl, apiKey: await unseal( secret, provider.keyCiphertext, contextOf( provider.siteId ) ) };
}
