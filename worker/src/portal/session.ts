/**
 * The portal's session cookie: `igny8_session`, HttpOnly, Secure, SameSite=Lax, scoped to
 * /portal. (Browsers treat http://127.0.0.1 and localhost as secure contexts, so the Secure
 * cookie also works under `wrangler dev`.) Loaded once per request; pages that need a user
 * go through requireSession, writes through requireRole.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { UserRole } from '../db/schema';
import { forbidden } from '../lib/errors';
import { endPortalSession, findPortalSession, startPortalSession } from '../services/portal-sessions';
import type { PortalEnv } from './types';

export const COOKIE_PATH = '/portal';
const SESSION_COOKIE = 'igny8_session';

/** Reads the session cookie into c.var.portal (null when absent, expired or revoked). */
export const loadSession = createMiddleware<PortalEnv>( async ( c, next ) => {
	const token = getCookie( c, SESSION_COOKIE );
	const session = token ? await findPortalSession( { db: c.var.db }, token ) : null;
	c.set( 'portal', session );
	c.set( 'sessionExpired', Boolean( token ) && ! session );
	if ( token && ! session ) deleteCookie( c, SESSION_COOKIE, { path: COOKIE_PATH, secure: true } );
	await next();
} );

/** The one-click connect's page keeps its whole (percent-encoded) query through the login. */
const AUTHORIZE_NEXT = /^\/portal\/authorize\?[A-Za-z0-9=&%._~+-]*$/;

/** Only paths inside the portal are followed after login (no open redirect). */
export function safeNext( next: string | undefined | null ): string {
	if ( next && AUTHORIZE_NEXT.test( next ) ) return next;
	return next && /^\/portal\/[a-z0-9/_-]*(\?[a-z0-9=&_-]*)?$/i.test( next ) && ! next.includes( '//' ) ? next : '/portal/overview';
}

/** Signed-out visitors go to the login page (GET keeps where they were going); nothing runs. */
export const requireSession = createMiddleware<PortalEnv>( async ( c, next ) => {
	if ( ! c.var.portal ) {
		const params = new URLSearchParams();
		if ( c.req.method === 'GET' ) params.set( 'next', new URL( c.req.url ).pathname );
		if ( c.var.sessionExpired ) params.set( 'expired', '1' );
		const query = params.toString();
		return c.redirect( `/portal/login${ query ? `?${ query }` : '' }`, 303 );
	}
	await next();
} );

/** Writes need one of `roles`; the role is read from the database on every request. */
export function requireRole( ...roles: UserRole[] ) {
	return createMiddleware<PortalEnv>( async ( c, next ) => {
		const role = c.var.portal?.user.role;
		if ( ! role || ! roles.includes( role ) ) throw forbidden( `Your role (${ role ?? 'none' }) cannot do this; it needs ${ roles.join( ' or ' ) }.` );
		await next();
	} );
}

/** Signs the user in with a brand-new session (the old cookie's session, if any, is ended). */
export async function signIn( c: Context<PortalEnv>, user: { id: string; accountId: string } ): Promise<void> {
	if ( c.var.portal ) await endPortalSession( { db: c.var.db }, c.var.portal.sessionId );
	const { token, expiresAt } = await startPortalSession( { db: c.var.db }, user );
	setCookie( c, SESSION_COOKIE, token, { path: COOKIE_PATH, httpOnly: true, secure: true, sameSite: 'Lax', expires: expiresAt } );
}

/** Ends the current session and clears the cookie. */
export async function signOut( c: Context<PortalEnv> ): Promise<void> {
	if ( c.var.portal ) await endPortalSession( { db: c.var.db }, c.var.portal.sessionId );
	deleteCookie( c, SESSION_COOKIE, { path: COOKIE_PATH, secure: true } );
}
