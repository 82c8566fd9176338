/** @jsxImportSource hono/jsx */
/**
 * The pages behind emailed links: confirming an email address (which grants the trial credits)
 * and resetting a forgotten password. Opening a link only shows a form; the token is used by
 * that form's POST, so a mail scanner that prefetches links spends nothing.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { fieldErrors } from '../../lib/validate';
import { publicOrigin } from '../../lib/public-origin';
import { isLiveEmailToken } from '../../services/email-tokens';
import { sendVerificationEmail, verifyEmail } from '../../services/email-verification';
import { requestPasswordReset, resetPassword } from '../../services/password-reset';
import { passwordSchema } from '../../routes/auth';
import { CsrfField, Field, Notice, type FormErrors } from '../components/forms';
import { csrfTokenFor, verifyCsrf } from '../csrf';
import { formOf, renderPage, viewerOf } from '../render';
import { requireSession, signOut } from '../session';
import type { PortalEnv } from '../types';

const forgotSchema = z.object( { email: z.email( 'Enter a valid email address.' ).max( 254 ) } );
const resetSchema = z.object( { password: passwordSchema } );

function ForgotForm( props: { csrf: string; email?: string; errors?: FormErrors } ) {
	return (
		<form method="post" action="/portal/forgot-password" class="panel narrow">
			<CsrfField token={ props.csrf } />
			<Field name="email" label="Email" type="email" autocomplete="username" value={ props.email ?? '' } errors={ props.errors } hint="We email you a link to choose a new password." />
			<button type="submit">Send the link</button>
			<p>
				<a href="/portal/login">Back to log in</a>
			</p>
		</form>
	);
}

function ResetForm( props: { csrf: string; token: string; errors?: FormErrors } ) {
	return (
		<form method="post" action={ `/portal/reset-password/${ props.token }` } class="panel narrow">
			<CsrfField token={ props.csrf } />
			<Field name="password" label="New password" type="password" autocomplete="new-password" hint="At least 8 characters. Every session of your account is signed out." errors={ props.errors } />
			<button type="submit">Set the new password</button>
		</form>
	);
}

const deadLink = ( what: string, again: string, href: string ) => (
	<Notice kind="error">
		This { what } link is not valid any more: it was used already, it expired, or a newer one was sent. <a href={ href }>{ again }</a>
	</Notice>
);

export const emailLinkPages = new Hono<PortalEnv>()
	// GET /portal/verify-email/{token} — a button that confirms the address (the POST uses the token)
	.get( '/verify-email/:token', async ( c ) =>
		renderPage(
			c,
			{ title: 'Confirm your email address', viewer: c.var.portal ? await viewerOf( c ) : undefined },
			<form method="post" action={ `/portal/verify-email/${ c.req.param( 'token' ) }` } class="panel narrow">
				<CsrfField token={ await csrfTokenFor( c ) } />
				<p>Confirm this address to activate your account and receive its free-trial credits.</p>
				<button type="submit">Confirm my email address</button>
			</form>
		)
	)
	// POST /portal/verify-email/{token} — marks the address verified; the trial is granted once per account
	.post( '/verify-email/:token', verifyCsrf, async ( c ) => {
		const verified = await verifyEmail( { db: c.var.db }, c.req.param( 'token' ) );
		if ( ! verified ) return renderPage( c, { title: 'Confirm your email address', status: 400 }, deadLink( 'confirmation', 'Log in to send a new one.', '/portal/login' ) );
		const text = verified.granted > 0 ? `Email address confirmed: ${ verified.granted.toLocaleString( 'en' ) } free-trial credits were added to your account.` : 'Email address confirmed.';
		return renderPage( c, { title: 'Email address confirmed' }, <Notice kind="success">{ text } <a href="/portal/overview">Go to the portal</a></Notice> );
	} )
	// POST /portal/account/verify-email — sends the signed-in owner a new confirmation link
	.post( '/account/verify-email', requireSession, verifyCsrf, async ( c ) => {
		const { user } = c.var.portal!;
		if ( ! user.emailVerifiedAt ) await sendVerificationEmail( { db: c.var.db, env: c.env }, user, publicOrigin( c ) );
		const viewer = await viewerOf( c );
		return renderPage( c, { title: 'Confirm your email address', viewer }, <Notice kind="success">We sent a new link to { user.email }. It works once and for 48 hours.</Notice> );
	} )
	// GET /portal/forgot-password — ask for a reset link
	.get( '/forgot-password', async ( c ) => renderPage( c, { title: 'Forgot your password?' }, <ForgotForm csrf={ await csrfTokenFor( c ) } /> ) )
	// POST /portal/forgot-password — emails a link when the address has an account; the answer never says which
	.post( '/forgot-password', verifyCsrf, async ( c ) => {
		const form = await formOf( c );
		const parsed = forgotSchema.safeParse( form );
		if ( ! parsed.success ) return renderPage( c, { title: 'Forgot your password?', status: 400 }, <ForgotForm csrf={ await csrfTokenFor( c ) } email={ form.email ?? '' } errors={ fieldErrors( parsed.error ) } /> );
		await requestPasswordReset( { db: c.var.db, env: c.env }, parsed.data.email, publicOrigin( c ) );
		return renderPage( c, { title: 'Check your email' }, <Notice kind="success">If an account uses { parsed.data.email }, we emailed it a link to choose a new password. The link works once and for one hour.</Notice> );
	} )
	// GET /portal/reset-password/{token} — the new-password form, while the link is live
	.get( '/reset-password/:token', async ( c ) => {
		const token = c.req.param( 'token' );
		if ( ! ( await isLiveEmailToken( { db: c.var.db }, token, 'reset_password' ) ) ) return renderPage( c, { title: 'Choose a new password', status: 400 }, deadLink( 'reset', 'Ask for a new one.', '/portal/forgot-password' ) );
		return renderPage( c, { title: 'Choose a new password' }, <ResetForm csrf={ await csrfTokenFor( c ) } token={ token } /> );
	} )
	// POST /portal/reset-password/{token} — sets the password, ends every session and API sign-in, then the login page
	.post( '/reset-password/:token', verifyCsrf, async ( c ) => {
		const token = c.req.param( 'token' );
		const parsed = resetSchema.safeParse( await formOf( c ) );
		if ( ! parsed.success ) return renderPage( c, { title: 'Choose a new password', status: 400 }, <ResetForm csrf={ await csrfTokenFor( c ) } token={ token } errors={ fieldErrors( parsed.error ) } /> );
		if ( ! ( await resetPassword( { db: c.var.db, env: c.env }, token, parsed.data.password ) ) ) return renderPage( c, { title: 'Choose a new password', status: 400 }, deadLink( 'reset', 'Ask for a new one.', '/portal/forgot-password' ) );
		await signOut( c );
		return c.redirect( '/portal/login?reset=1', 303 );
	} );
