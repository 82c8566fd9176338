/** @jsxImportSource hono/jsx */
/**
 * Signing in and out: sign-up (Turnstile-checked; a new account on the free trial, its owner
 * signed in, the trial credits once the emailed link is followed), login (throttled per email
 * and address, like the API's), logout, and accepting a team invitation.
 * Every sign-in starts a new session (the cookie is rotated).
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { ApiError } from '../../lib/errors';
import { publicOrigin } from '../../lib/public-origin';
import { clientIp, enforceLoginLimit, RateLimitedError } from '../../lib/rate-limit';
import { fieldErrors } from '../../lib/validate';
import { passwordSchema } from '../../routes/auth';
import { createAccountWithOwner, verifyCredentials } from '../../services/auth';
import { sendVerificationEmail } from '../../services/email-verification';
import { acceptInvite, findOpenInvite } from '../../services/portal-invites';
import { TURNSTILE_FORM_FIELD, turnstileWidget, verifyTurnstile } from '../../services/turnstile';
import { CsrfField, Field, Notice, type FormErrors } from '../components/forms';
import { csrfTokenFor, verifyCsrf } from '../csrf';
import { formOf, renderPage } from '../render';
import { requireSession, safeNext, signIn, signOut } from '../session';
import type { PortalEnv } from '../types';

const email = z.email( 'Enter a valid email address.' ).max( 254 );
const signupSchema = z.object( { email, password: passwordSchema, account_name: z.string().trim().min( 1, 'An account name is required.' ).max( 120 ) } );
const loginSchema = z.object( { email, password: z.string().min( 1, 'Enter your password.' ).max( 200 ) } );
const inviteSchema = z.object( { password: passwordSchema } );

function LoginForm( props: { csrf: string; email?: string; next?: string; errors?: FormErrors } ) {
	return (
		<form method="post" action="/portal/login" class="panel narrow">
			<CsrfField token={ props.csrf } />
			<input type="hidden" name="next" value={ props.next ?? '' } />
			<Field name="email" label="Email" type="email" autocomplete="username" value={ props.email ?? '' } errors={ props.errors } />
			<Field name="password" label="Password" type="password" autocomplete="current-password" errors={ props.errors } />
			<button type="submit">Log in</button>
			<p>
				<a href="/portal/forgot-password">Forgot your password?</a>
			</p>
			<p>
				New to IGNY8? <a href={ withNext( '/portal/signup', props.next ) }>Create an account</a>
			</p>
		</form>
	);
}

type Widget = ReturnType<typeof turnstileWidget>;

/** Where sign-up continues when it was reached on the way somewhere (the one-click connect); else undefined. */
const continueTo = ( next: string | undefined ) => ( next && safeNext( next ) === next ? next : undefined );

/** A link to the other auth form that keeps where the visitor was going. */
const withNext = ( path: string, next: string | undefined ) => ( next && next !== '/portal/overview' ? `${ path }?${ new URLSearchParams( { next } ).toString() }` : path );

/** Turnstile's widget: its script fills the token field on submit; without JavaScript there is no token. */
function TurnstileCheck( props: { widget: Widget; errors?: FormErrors | undefined } ) {
	const errors = props.errors?.turnstile ?? [];
	if ( ! props.widget ) return <Notice kind="warning">Sign-up is not available right now: its check that you are not a robot is not configured.</Notice>;
	return (
		<div class="field">
			<div class="cf-turnstile" data-sitekey={ props.widget.siteKey }></div>
			<script src={ props.widget.scriptUrl } async defer></script>
			<noscript>
				<small class="error">Creating an account needs JavaScript for a short check that you are not a robot.</small>
			</noscript>
			{ errors.length ? <small class="error">{ errors.join( ' ' ) }</small> : null }
		</div>
	);
}

function SignupForm( props: { csrf: string; widget: Widget; next?: string; values?: Record<string, string>; errors?: FormErrors } ) {
	const values = props.values ?? {};
	return (
		<form method="post" action="/portal/signup" class="panel narrow">
			<CsrfField token={ props.csrf } />
			<input type="hidden" name="next" value={ props.next ?? '' } />
			<Field name="account_name" label="Agency or company name" autocomplete="organization" value={ values.account_name ?? '' } errors={ props.errors } />
			<Field name="email" label="Email" type="email" autocomplete="username" value={ values.email ?? '' } errors={ props.errors } />
			<Field name="password" label="Password" type="password" autocomplete="new-password" hint="At least 8 characters." errors={ props.errors } />
			<p class="muted">We email you a link to confirm your address; your free-trial credits arrive when you follow it.</p>
			<TurnstileCheck widget={ props.widget } errors={ props.errors } />
			<button type="submit">Create account</button>
			<p>
				Already have an account? <a href={ withNext( '/portal/login', props.next ) }>Log in</a>
			</p>
		</form>
	);
}

export const authPages = new Hono<PortalEnv>()
	// GET /portal/ — the overview when signed in, else the login page
	.get( '/', ( c ) => c.redirect( c.var.portal ? '/portal/overview' : '/portal/login', 303 ) )
	// GET /portal/login — the login form
	.get( '/login', async ( c ) => {
		if ( c.var.portal ) return c.redirect( safeNext( c.req.query( 'next' ) ), 303 );
		const expired = c.req.query( 'expired' ) === '1' || c.var.sessionExpired;
		return renderPage(
			c,
			{ title: 'Log in' },
			<>
				{ expired ? <Notice kind="warning">Your session has expired. Log in again.</Notice> : null }
				{ c.req.query( 'reset' ) === '1' ? <Notice kind="success">Your password was changed and every session signed out. Log in with the new password.</Notice> : null }
				<LoginForm csrf={ await csrfTokenFor( c ) } next={ safeNext( c.req.query( 'next' ) ) } />
			</>
		);
	} )
	// POST /portal/login — email + password; throttled per email and address before the password is checked
	.post( '/login', verifyCsrf, async ( c ) => {
		const form = await formOf( c );
		const next = safeNext( form.next );
		const again = async ( status: 400 | 401 | 429, message: string, errors?: FormErrors ) =>
			renderPage( c, { title: 'Log in', status }, <><Notice kind="error">{ message }</Notice><LoginForm csrf={ await csrfTokenFor( c ) } email={ form.email ?? '' } next={ next } errors={ errors ?? {} } /></> );
		const parsed = loginSchema.safeParse( form );
		if ( ! parsed.success ) return again( 400, 'Check the highlighted fields.', fieldErrors( parsed.error ) );
		try {
			await enforceLoginLimit( c, parsed.data.email );
		} catch ( error ) {
			if ( ! ( error instanceof RateLimitedError ) ) throw error;
			c.header( 'Retry-After', String( error.retryAfter ) );
			return again( 429, error.message );
		}
		let user;
		try {
			user = await verifyCredentials( { db: c.var.db, env: c.env }, parsed.data );
		} catch ( error ) {
			if ( error instanceof ApiError && error.status === 401 ) return again( 401, 'Invalid email or password.' );
			throw error;
		}
		await signIn( c, user );
		return c.redirect( next, 303 );
	} )
	// GET /portal/signup — the sign-up form
	.get( '/signup', async ( c ) => {
		const widget = turnstileWidget( c.env );
		const next = continueTo( c.req.query( 'next' ) );
		return renderPage( c, { title: 'Create your IGNY8 account', widgetOrigin: widget?.origin }, <SignupForm csrf={ await csrfTokenFor( c ) } widget={ widget } next={ next } /> );
	} )
	// POST /portal/signup — Turnstile, then a new account on the free trial; its owner is signed in and emailed the verification link
	.post( '/signup', verifyCsrf, async ( c ) => {
		const form = await formOf( c );
		const widget = turnstileWidget( c.env );
		const next = continueTo( form.next );
		const again = async ( errors: FormErrors ) =>
			renderPage(
				c,
				{ title: 'Create your IGNY8 account', status: 400, widgetOrigin: widget?.origin },
				<><Notice kind="error">Check the highlighted fields.</Notice><SignupForm csrf={ await csrfTokenFor( c ) } widget={ widget } next={ next } values={ { account_name: form.account_name ?? '', email: form.email ?? '' } } errors={ errors } /></>
			);
		const parsed = signupSchema.safeParse( form );
		if ( ! parsed.success ) return again( fieldErrors( parsed.error ) );
		let created;
		try {
			await verifyTurnstile( c.env, form[ TURNSTILE_FORM_FIELD ], clientIp( c ), 'turnstile' );
			created = await createAccountWithOwner( { db: c.var.db, env: c.env }, parsed.data );
		} catch ( error ) {
			if ( error instanceof ApiError && error.status === 400 ) return again( error.errors ?? { email: [ error.message ] } );
			throw error;
		}
		await sendVerificationEmail( { db: c.var.db, env: c.env }, created.user, publicOrigin( c ) );
		await signIn( c, created.user );
		return c.redirect( next ?? '/portal/sites?welcome=1', 303 );
	} )
	// POST /portal/logout — ends this session
	.post( '/logout', requireSession, verifyCsrf, async ( c ) => {
		await signOut( c );
		return c.redirect( '/portal/login', 303 );
	} )
	// GET /portal/invite/{token} — a team invitation: choose a password to join
	.get( '/invite/:token', async ( c ) => {
		const invite = await findOpenInvite( { db: c.var.db }, c.req.param( 'token' ) );
		return renderPage(
			c,
			{ title: 'Join your team on IGNY8' },
			<form method="post" action={ `/portal/invite/${ c.req.param( 'token' ) }` } class="panel narrow">
				<p>
					You were invited as <strong>{ invite.role }</strong> with <strong>{ invite.email }</strong>.
				</p>
				<CsrfField token={ await csrfTokenFor( c ) } />
				<Field name="password" label="Choose a password" type="password" autocomplete="new-password" hint="At least 8 characters." />
				<button type="submit">Join</button>
			</form>
		);
	} )
	// POST /portal/invite/{token} — accept: the user is created and signed in
	.post( '/invite/:token', verifyCsrf, async ( c ) => {
		const parsed = inviteSchema.safeParse( await formOf( c ) );
		if ( ! parsed.success ) {
			return renderPage( c, { title: 'Join your team on IGNY8', status: 400 }, <Notice kind="error">{ fieldErrors( parsed.error ).password?.join( ' ' ) ?? 'Choose a valid password.' } <a href={ `/portal/invite/${ c.req.param( 'token' ) }` }>Try again</a>.</Notice> );
		}
		const user = await acceptInvite( { db: c.var.db, env: c.env }, c.req.param( 'token' ), parsed.data.password );
		await signIn( c, user );
		return c.redirect( '/portal/overview', 303 );
	} );
