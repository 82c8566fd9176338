/**
 * CSRF protection for every portal form.
 * - Signed in: a synchronizer token derived from the session (HMAC of the session token's
 *   hash), so it changes with every sign-in and cannot be computed without the server secret.
 * - Signed out (login, sign-up, invitation): a signed double-submit token — a random value in
 *   an HttpOnly cookie and its HMAC in the form.
 * A POST whose token does not match (or whose Origin is another site) is refused with 403
 * before any handler runs.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { hmacSha256Hex, randomBytes, timingSafeEqual, toBase64Url } from '../lib/crypto';
import { jwtSecret } from '../services/auth';
import { COOKIE_PATH } from './session';
import type { PortalEnv } from './types';

export const CSRF_FIELD = '_csrf';
const PRE_COOKIE = 'igny8_pre';

/** The CSRF error: the portal's error page shows it as a 403. */
export class CsrfError extends Error {
	constructor() {
		super( 'This form has expired or did not come from the portal. Go back, reload the page and try again.' );
		this.name = 'CsrfError';
	}
}

const derive = ( c: Context<PortalEnv>, purpose: string, value: string ) => hmacSha256Hex( jwtSecret( c.env ), `igny8-portal-csrf:${ purpose }:${ value }` );

/** The token for this request's forms (sets the anonymous cookie when needed). */
export async function csrfTokenFor( c: Context<PortalEnv> ): Promise<string> {
	const session = c.var.portal;
	if ( session ) return derive( c, 'session', session.tokenHash );
	let pre = getCookie( c, PRE_COOKIE );
	if ( ! pre || pre.length > 64 ) {
		pre = toBase64Url( randomBytes( 24 ) );
		setCookie( c, PRE_COOKIE, pre, { path: COOKIE_PATH, httpOnly: true, secure: true, sameSite: 'Lax', maxAge: 2 * 3600 } );
	}
	return derive( c, 'pre', pre );
}

const encoder = new TextEncoder();

/** Refuses a POST whose form token (or Origin) does not match; runs after the session is loaded. */
export const verifyCsrf = createMiddleware<PortalEnv>( async ( c, next ) => {
	const origin = c.req.header( 'Origin' );
	if ( origin && origin !== 'null' && origin !== new URL( c.req.url ).origin ) throw new CsrfError();
	const body = await c.req.parseBody();
	const sent = typeof body[ CSRF_FIELD ] === 'string' ? body[ CSRF_FIELD ] : '';
	const session = c.var.portal;
	const pre = getCookie( c, PRE_COOKIE );
	const expected = session ? await derive( c, 'session', session.tokenHash ) : pre ? await derive( c, 'pre', pre ) : '';
	if ( ! expected || ! timingSafeEqual( encoder.encode( sent ), encoder.encode( expected ) ) ) throw new CsrfError();
	await next();
} );
