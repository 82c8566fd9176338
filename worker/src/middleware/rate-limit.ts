/**
 * The per-address limit in front of every route. A site key buys the per-site limit instead,
 * but only once it has verified: a made-up key header must not lift the address limit. Sign-up,
 * sign-in and the portal are always counted per address, whatever the request carries.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { clientIp, enforceLimit } from '../lib/rate-limit';
import { credentialsOf, siteOfKey } from './auth';

const LIVENESS_PATH = /^\/api\/v1(\/health)?\/?$/;
const ALWAYS_PER_ADDRESS = /^\/(api\/v1\/auth|portal)(\/|$)/;

export const limitByAddress = createMiddleware<AppEnv>( async ( c, next ) => {
	const path = c.req.path;
	if ( LIVENESS_PATH.test( path ) ) return next();
	const { siteKey } = credentialsOf( c.req );
	const perSite = siteKey && ! ALWAYS_PER_ADDRESS.test( path ) && ( await siteOfKey( c, siteKey ) ) !== null;
	if ( ! perSite ) await enforceLimit( c.env, 'RATE_LIMIT_IP', `ip:${ clientIp( c ) }` );
	await next();
} );
