/** @jsxImportSource hono/jsx */
/**
 * The portal half of the one-click connect (OAuth 2.0 authorisation code + PKCE): the WordPress Setup wizard
 * sends its administrator here; after logging in (or signing up) an owner or admin approves "Connect <site>
 * to <account>?", which creates the site (or gives the account's site at that address a new key) and returns
 * to WordPress with a one-time code and the wizard's state. WordPress trades the code for the key server to
 * server (routes/oauth.ts). A redirect URI off the site's own host is refused here, before any redirect.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import * as z from 'zod';
import { ApiError } from '../../lib/errors';
import { fieldErrors } from '../../lib/validate';
import { findActiveSiteByUrl, issueAuthorizationCode, redirectBelongsToSite, siteForApproval } from '../../services/oauth-codes';
import { CsrfField, Notice } from '../components/forms';
import { verifyCsrf } from '../csrf';
import { errorPage } from '../errors';
import { formOf, renderPage, viewerOf } from '../render';
import { requireRole, requireSession } from '../session';
import type { PortalEnv } from '../types';

const httpUrl = ( message: string ) => z.url( { protocol: /^https?$/, error: message } ).max( 2000 );

const authorizeSchema = z
	.object( {
		redirect_uri: httpUrl( 'The address to return to is not a valid http(s) URL.' ),
		state: z.string().regex( /^[A-Za-z0-9._~-]{16,200}$/, 'The state is missing or malformed.' ),
		code_challenge: z.string().regex( /^[A-Za-z0-9_-]{43}$/, 'The code challenge must be an S256 challenge (43 base64url characters).' ),
		code_challenge_method: z.literal( 'S256', 'Only the S256 code challenge method is supported.' ),
		site_url: httpUrl( 'The site address is not a valid http(s) URL.' ),
		site_name: z.string().trim().min( 1, 'The site name is missing.' ).max( 200 ),
	} )
	.refine( ( params ) => redirectBelongsToSite( params.redirect_uri, params.site_url ), { message: 'The address to return to is not on the site being connected.', path: [ 'redirect_uri' ] } );

type AuthorizeParams = z.infer<typeof authorizeSchema>;

const PARAM_NAMES = [ 'redirect_uri', 'state', 'code_challenge', 'code_challenge_method', 'site_url', 'site_name' ] as const;

/** The redirect back to WordPress with `extra` and the wizard's state added to its query. */
function backToSite( params: AuthorizeParams, extra: Record<string, string> ): string {
	const url = new URL( params.redirect_uri );
	for ( const [ name, value ] of Object.entries( { ...extra, state: params.state } ) ) url.searchParams.set( name, value );
	return url.toString();
}

/** A refused request: an error page that never redirects, since the redirect URI itself may be the problem. */
function refused( c: Context<PortalEnv>, error: z.ZodError ) {
	const messages = Object.values( fieldErrors( error ) ).flat();
	return errorPage( c, 400, `This connection request cannot be used: ${ messages.join( ' ' ) } Start again from the IGNY8 Setup screen in WordPress.` );
}

/** The login page, which comes back here (with the same query) once signed in. */
function toLogin( c: Context<PortalEnv> ) {
	const url = new URL( c.req.url );
	const params = new URLSearchParams( { next: `${ url.pathname }${ url.search }` } );
	if ( c.var.sessionExpired ) params.set( 'expired', '1' );
	return c.redirect( `/portal/login?${ params.toString() }`, 303 );
}

async function approvalPage( c: Context<PortalEnv>, params: AuthorizeParams, problem?: string ) {
	const viewer = await viewerOf( c );
	const mayApprove = viewer.role === 'owner' || viewer.role === 'admin';
	const existing = await findActiveSiteByUrl( { db: c.var.db }, c.var.portal!.user.accountId, params.site_url );
	return renderPage(
		c,
		{ title: 'Connect a WordPress site', viewer, status: problem ? 402 : 200, formOrigin: new URL( params.redirect_uri ).origin },
		<div class="panel narrow">
			{ problem ? <Notice kind="error">{ problem } <a href="/portal/billing">See the plans</a></Notice> : null }
			<h2>{ `Connect ${ params.site_name } (${ params.site_url }) to ${ viewer.accountName }?` }</h2>
			<p>
				{ existing
					? `${ viewer.accountName } already has this site. Approving gives it a new key: the current key stops working, and this WordPress receives the new one.`
					: `Approving adds the site to ${ viewer.accountName } and sends its key straight to this WordPress. Nobody needs to copy it.` }
			</p>
			<p class="muted">{ `You will return to ${ new URL( params.redirect_uri ).host }.` }</p>
			{ mayApprove ? (
				<form method="post" action="/portal/authorize">
					<CsrfField token={ viewer.csrf } />
					{ PARAM_NAMES.map( ( name ) => (
						<input type="hidden" name={ name } value={ params[ name ] } />
					) ) }
					<button type="submit" name="decision" value="approve">
						Approve
					</button>{ ' ' }
					<button type="submit" name="decision" value="cancel" class="secondary">
						Cancel
					</button>
				</form>
			) : (
				<Notice kind="warning">Your role (viewer) cannot connect sites. Ask an owner or admin of { viewer.accountName } to approve, or log in with their account.</Notice>
			) }
		</div>
	);
}

export const authorizePages = new Hono<PortalEnv>()
	// GET /portal/authorize — "Connect <site> to <account>?" (login or sign-up first, then back here)
	.get( '/authorize', async ( c ) => {
		const parsed = authorizeSchema.safeParse( c.req.query() );
		if ( ! parsed.success ) return refused( c, parsed.error );
		if ( ! c.var.portal ) return toLogin( c );
		return approvalPage( c, parsed.data );
	} )
	// POST /portal/authorize — approve (site + one-time code, back to WordPress) or cancel (back with access_denied)
	.post( '/authorize', requireSession, verifyCsrf, requireRole( 'owner', 'admin' ), async ( c ) => {
		const form = await formOf( c );
		const parsed = authorizeSchema.safeParse( form );
		if ( ! parsed.success ) return refused( c, parsed.error );
		const params = parsed.data;
		if ( form.decision !== 'approve' ) return c.redirect( backToSite( params, { error: 'access_denied' } ), 303 );
		const deps = { db: c.var.db, encryptionKey: c.env.ENCRYPTION_KEY };
		const accountId = c.var.portal!.user.accountId;
		let approved;
		try {
			approved = await siteForApproval( deps, accountId, { name: params.site_name, url: params.site_url } );
		} catch ( error ) {
			if ( error instanceof ApiError && error.status === 402 ) return approvalPage( c, params, error.message );
			throw error;
		}
		const code = await issueAuthorizationCode( deps, { accountId, siteId: approved.site.id, apiKey: approved.apiKey, redirectUri: params.redirect_uri, codeChallenge: params.code_challenge } );
		return c.redirect( backToSite( params, { code } ), 303 );
	} );
