/** @jsxImportSource hono/jsx */
/**
 * Rendering a portal page: the shell, the viewer, and the headers every page carries —
 * no caching of personal pages, and a strict Content-Security-Policy (only our own
 * stylesheet and script; forms may go only to us, and on to Stripe Checkout or its Billing Portal by redirect).
 * The sign-up page alone also allows Turnstile's origin, for its script and its frame.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Layout } from './components/layout';
import { csrfTokenFor } from './csrf';
import type { PortalEnv, Viewer } from './types';
import { stripeApiBase } from '../services/billing-catalog';

export const CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self' https://checkout.stripe.com https://billing.stripe.com; frame-ancestors 'none'; base-uri 'none'";

/** The policy with the local Stripe stand-in's origin (a test double) allowed as a form target, when the Worker uses one. */
function cspFor( c: Context<PortalEnv> ): string {
	const base = stripeApiBase( c.env );
	if ( ! base ) return CSP;
	let origin = '';
	try {
		origin = new URL( base ).origin;
	} catch {
		return CSP;
	}
	return CSP.replace( 'https://billing.stripe.com', `https://billing.stripe.com ${ origin }` );
}

/** The policy of a page that embeds a widget served from `origin` (Turnstile: a script that opens a frame). */
const cspWithWidget = ( origin: string ) => CSP.replace( "script-src 'self'", `script-src 'self' ${ origin }` ).replace( "connect-src 'self'", `connect-src 'self' ${ origin }; frame-src ${ origin }` );

/** The signed-in user as the page chrome shows them (only after requireSession). */
export async function viewerOf( c: Context<PortalEnv> ): Promise<Viewer> {
	const session = c.var.portal;
	if ( ! session ) throw new Error( 'viewerOf() needs a session (requireSession first).' );
	const unverified = session.user.role === 'owner' && ! session.user.emailVerifiedAt;
	return { email: session.user.email, role: session.user.role, accountName: session.accountName, csrf: await csrfTokenFor( c ), unverified, account: session.accountState };
}

/** The policy of a page whose form is redirected on to `origin` (the one-click connect returns to the WordPress site). */
const cspWithFormTarget = ( policy: string, origin: string ) => policy.replace( "form-action 'self'", `form-action 'self' ${ origin }` );

export function noStore( c: Context<PortalEnv>, widgetOrigin?: string, formOrigin?: string ): void {
	c.header( 'Cache-Control', 'no-store' );
	const policy = widgetOrigin ? cspWithWidget( widgetOrigin ) : cspFor( c );
	c.header( 'Content-Security-Policy', formOrigin ? cspWithFormTarget( policy, formOrigin ) : policy );
	c.header( 'Referrer-Policy', 'same-origin' );
}

/** Renders `body` in the shell with the portal's headers. */
export function renderPage(
	c: Context<PortalEnv>,
	page: { title: string; viewer?: Viewer | undefined; current?: string; status?: ContentfulStatusCode; widgetOrigin?: string | undefined; formOrigin?: string | undefined },
	body: Child
) {
	noStore( c, page.widgetOrigin, page.formOrigin );
	return c.html(
		html`<!doctype html>${ (
			<Layout title={ page.title } viewer={ page.viewer } current={ page.current ?? '' }>
				{ body }
			</Layout>
		) }`,
		page.status ?? 200
	);
}

/** The string fields of a submitted form (files and repeated fields are ignored). */
export async function formOf( c: Context<PortalEnv> ): Promise<Record<string, string>> {
	const body = await c.req.parseBody();
	return Object.fromEntries( Object.entries( body ).filter( ( entry ): entry is [ string, string ] => typeof entry[ 1 ] === 'string' ) );
}
