/**
 * Who is calling: a WordPress site (API key in X-IGNY8-API-Key or Authorization: Bearer)
 * or a portal user (JWT access token in Authorization: Bearer, live session only).
 * Roles: owner (everything), admin (sites and jobs; not caps, users or settings),
 * viewer (read only). Site-key requests are rate limited per site (per live key) here.
 */
import type { Context } from 'hono';
import { createFactory } from 'hono/factory';
import type { Site, UserRole } from '../db/schema';
import type { AppEnv } from '../env';
import { forbidden, unauthorized } from '../lib/errors';
import { enforceLimit } from '../lib/rate-limit';
import { sessionUser, verifyAccessToken } from '../services/auth';
import { findSiteByKeyHash, isSiteKey, lookupHash } from '../services/keys';

export type AuthContext =
	| { kind: 'site'; site: Site; accountId: string }
	| { kind: 'user'; userId: string; accountId: string; role: UserRole; sid: string };

/** What a caller may see: a site its own objects, a user the whole account's. */
export interface Scope {
	accountId: string;
	siteId?: string;
}

const factory = createFactory<AppEnv>();

/** The credentials a request carries, without checking them. */
export function credentialsOf( headers: { header( name: string ): string | undefined } ): { siteKey?: string; bearer?: string } {
	const apiKey = headers.header( 'X-IGNY8-API-Key' )?.trim();
	if ( apiKey ) return { siteKey: apiKey };
	const authorization = headers.header( 'Authorization' ) ?? '';
	const match = /^Bearer\s+(.+)$/i.exec( authorization.trim() );
	if ( ! match?.[ 1 ] ) return {};
	return isSiteKey( match[ 1 ] ) ? { siteKey: match[ 1 ] } : { bearer: match[ 1 ] };
}

/**
 * The active site of the request's key, looked up once per request (the address limit and the
 * authentication both ask), counted against the site's limit. Null when the key is unknown.
 */
export function siteOfKey( c: Context<AppEnv>, siteKey: string ): Promise<Site | null> {
	let lookup = c.var.siteKeyLookup;
	if ( ! lookup ) {
		lookup = ( async () => {
			const hash = await lookupHash( siteKey );
			if ( ! hash ) return null;
			// The per-site limit is keyed by the key's hash (one live key per site), so it runs
			// alongside the lookup instead of after it: one round trip less on every site request.
			const [ site ] = await Promise.all( [ findSiteByKeyHash( { db: c.var.db }, hash ), enforceLimit( c.env, 'RATE_LIMIT_SITE', `site:${ hash }` ) ] );
			return site;
		} )();
		c.set( 'siteKeyLookup', lookup );
	}
	return lookup;
}

/** Resolves the caller for the accepted kinds, or throws 401/403 (429 over the site's limit). */
function authenticate( accept: Array<AuthContext[ 'kind' ]> ) {
	return factory.createMiddleware( async ( c, next ) => {
		const { siteKey, bearer } = credentialsOf( c.req );
		if ( siteKey ) {
			if ( ! accept.includes( 'site' ) ) throw forbidden( 'This endpoint needs a user access token, not a site API key.' );
			// A wrong key was already counted against the address (middleware/rate-limit.ts).
			const site = await siteOfKey( c, siteKey );
			if ( ! site ) throw unauthorized( 'Invalid API key.' );
			c.set( 'auth', { kind: 'site', site, accountId: site.accountId } );
		} else if ( bearer ) {
			const claims = await verifyAccessToken( c.env, bearer );
			// A valid user token on a site-only route is the wrong credential (403), not a bad one (401).
			if ( ! accept.includes( 'user' ) ) throw claims ? forbidden( 'This endpoint needs a site API key, not a user access token.' ) : unauthorized( 'Invalid API key.' );
			// The role comes from the database, not the token, so a changed role applies at once.
			const user = claims ? await sessionUser( { db: c.var.db }, claims ) : null;
			if ( ! claims || ! user ) throw unauthorized( 'Invalid or expired access token.' );
			c.set( 'auth', { kind: 'user', userId: user.id, accountId: user.accountId, role: user.role, sid: claims.sid } );
		} else {
			throw unauthorized( 'Authentication credentials were not provided.' );
		}
		await next();
	} );
}

export const requireSite = authenticate( [ 'site' ] );
export const requireUser = authenticate( [ 'user' ] );
export const requireSiteOrUser = authenticate( [ 'site', 'user' ] );

/** After authentication: users need one of `roles`; a site key passes (it acts only on its own objects). */
export function allowRoles( ...roles: UserRole[] ) {
	return factory.createMiddleware( async ( c, next ) => {
		const auth = c.var.auth;
		if ( auth.kind === 'user' && ! roles.includes( auth.role ) ) {
			throw forbidden( `Your role (${ auth.role }) cannot do this; it needs ${ roles.join( ' or ' ) }.` );
		}
		await next();
	} );
}

/** Any write by a user: owners and admins; viewers are read only. */
export const canWrite = allowRoles( 'owner', 'admin' );
export const ownerOnly = allowRoles( 'owner' );

/** The authenticated site (only after requireSite). */
export function siteOf( auth: AuthContext ): Site {
	if ( auth.kind !== 'site' ) throw forbidden( 'This endpoint needs a site API key.' );
	return auth.site;
}

export function scopeOf( auth: AuthContext ): Scope {
	return auth.kind === 'site' ? { accountId: auth.accountId, siteId: auth.site.id } : { accountId: auth.accountId };
}
