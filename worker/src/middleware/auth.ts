/**
 * Who is calling: a WordPress site (API key in X-IGNY8-API-Key or Authorization: Bearer)
 * or a portal user (JWT access token in Authorization: Bearer).
 */
import { createFactory } from 'hono/factory';
import type { Site } from '../db/schema';
import type { AppEnv } from '../env';
import { forbidden, unauthorized } from '../lib/errors';
import { verifyAccessToken } from '../services/auth';
import { findSiteByApiKey, isSiteKey } from '../services/keys';

export type AuthContext = { kind: 'site'; site: Site; accountId: string } | { kind: 'user'; userId: string; accountId: string; role: string };

const factory = createFactory<AppEnv>();

function credentialsOf( headers: { header( name: string ): string | undefined } ): { siteKey?: string; bearer?: string } {
	const apiKey = headers.header( 'X-IGNY8-API-Key' )?.trim();
	if ( apiKey ) return { siteKey: apiKey };
	const authorization = headers.header( 'Authorization' ) ?? '';
	const match = /^Bearer\s+(.+)$/i.exec( authorization.trim() );
	if ( ! match?.[ 1 ] ) return {};
	return isSiteKey( match[ 1 ] ) ? { siteKey: match[ 1 ] } : { bearer: match[ 1 ] };
}

/** Resolves the caller for the accepted kinds, or throws 401/403. */
function authenticate( accept: Array<AuthContext[ 'kind' ]> ) {
	return factory.createMiddleware( async ( c, next ) => {
		const { siteKey, bearer } = credentialsOf( c.req );
		if ( siteKey ) {
			if ( ! accept.includes( 'site' ) ) throw forbidden( 'This endpoint needs a user access token, not a site API key.' );
			const site = await findSiteByApiKey( { db: c.var.db }, siteKey );
			if ( ! site ) throw unauthorized( 'Invalid API key.' );
			c.set( 'auth', { kind: 'site', site, accountId: site.accountId } );
		} else if ( bearer ) {
			if ( ! accept.includes( 'user' ) ) throw unauthorized( 'Invalid API key.' );
			const claims = await verifyAccessToken( c.env, bearer );
			if ( ! claims ) throw unauthorized( 'Invalid or expired access token.' );
			c.set( 'auth', { kind: 'user', userId: claims.sub, accountId: claims.acc, role: claims.role } );
		} else {
			throw unauthorized( 'Authentication credentials were not provided.' );
		}
		await next();
	} );
}

export const requireSite = authenticate( [ 'site' ] );
export const requireUser = authenticate( [ 'user' ] );
export const requireSiteOrUser = authenticate( [ 'site', 'user' ] );

/** The authenticated site (only after requireSite). */
export function siteOf( auth: AuthContext ): Site {
	if ( auth.kind !== 'site' ) throw forbidden( 'This endpoint needs a site API key.' );
	return auth.site;
}
