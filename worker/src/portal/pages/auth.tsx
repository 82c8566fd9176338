/** @jsxImportSource hono/jsx */
/**
 * Signing in and out: sign-up (a new account on the free trial, its owner signed in),
 * login (throttled per email, like the API's), logout, and accepting a team invitation.
 * Every sign-in starts a new session (the cookie is rotated).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../../lib/errors';
import { enforceLimit, RateLimitedError } from '../../lib/rate-limit';
import { fieldErrors } from '../../lib/validate';
import { passwordSchema } from '../../routes/auth';
import { createAccountWithOwner, normalizeEmail, verifyCredentials } from '../../services/auth';
import { acceptInvite, findOpenInvite } from '../../services/portal-invites';
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
				New to IGNY8? <a href="/portal/signup">Create an account</a>
			</p>
		</form>
	);
}

function SignupForm( props: { csrf: string; values?: Record<string, string>; errors?: FormErrors } ) {
	const values = props.values ?? {};
	return (
		<form method="post" action="/portal/signup" class="panel narrow">
			<CsrfField token={ props.csrf } />
			<Field name="account_name" label="Agency or company name" autocomplete="organization" value={ values.account_name ?? '' } errors={ props.errors } />
			<Field name="email" label="Email" type="email" autocomplete="username" value={ values.email ?? '' } errors={ props.errors } />
			<Field name="password" label="Password" type="password" autocomplete="new-password" hint="At least 8 characters." errors={ props.errors } />
			<button type="submit">Create account</button>
			<p>
				Already have an account? <a href="/portal/login">Log in</a>
			</p>
		</form>
	);
}

export const authPages = new Hono<PortalEnv>()
	// GET /portal/ — the overview when signed in, else the login page
	.get( '/', ( c ) => c.redirect( c.var.portal ? '/portal/overview' : '/portal/login', 303 ) )
	// GET /portal/login — the login form
	.get( '/login', async ( c ) => {
		if ( c.var.portal ) return c.redirect( '/portal/overview', 303 );
		const expired = c.req.query( 'expired' ) === '1' || c.var.sessionExpired;
		return renderPage(
			c,
			{ title: 'Log in' },
			<>
				{ expired ? <Notice kind="warning">Your session has expired. Log in again.</Notice> : null }
				<LoginForm csrf={ await csrfTokenFor( c ) } next={ safeNext( c.req.query( 'next' ) ) } />
			</>
		);
	} )
	// POST /portal/login — email + password; throttled per email before the password is checked
	.post( '/login', verifyCsrf, async ( c ) => {
		const form = await formOf( c );
		const next = safeNext( form.next );
		const again = async ( status: 400 | 401 | 429, message: string, errors?: FormErrors ) =>
			renderPage( c, { title: 'Log in', status }, <><Notice kind="error">{ message }</Notice><LoginForm csrf={ await csrfTokenFor( c ) } email={ form.email ?? '' } next={ next } errors={ errors ?? {} } /></> );
		const parsed = loginSchema.safeParse( form );
		if ( ! parsed.success ) return again( 400, 'Check the highlighted fields.', fieldErrors( parsed.error ) );
		try {
			await enforceLimit( c.env, 'RATE_LIMIT_LOGIN', `login:${ normalizeEmail( parsed.data.email ) }` );
		} catch ( error ) {
			if ( ! ( error instanceof RateLimitedError ) ) throw error;
			c.header( 'Retry-After', String( error.retryAfter ) );
			return again( 429, error.message );
		}
		let user;
		try {
			user = await verifyCredentials( { db: c.var.db }, parsed.data );
		} catch ( error ) {
			if ( error instanceof ApiError && error.status === 401 ) return again( 401, 'Invalid email or password.' );
			throw error;
		}
		await signIn( c, user );
		return c.redirect( next, 303 );
	} )
	// GET /portal/signup — the sign-up form
	.get( '/signup', async ( c ) => renderPage( c, { title: 'Create your IGNY8 account' }, <SignupForm csrf={ await csrfTokenFor( c ) } /> ) )
	// POST /portal/signup — new account on the free trial; its owner is signed in
	.post( '/signup', verifyCsrf, async ( c ) => {
		const form = await formOf( c );
		const again = async ( errors: FormErrors ) =>
			renderPage( c, { title: 'Create your IGNY8 account', status: 400 }, <><Notice kind="error">Check the highlighted fields.</Notice><SignupForm csrf={ await csrfTokenFor( c ) } values={ { account_name: form.account_name ?? '', email: form.email ?? '' } } errors={ errors } /></> );
		const parsed = signupSchema.safeParse( form );
		if ( ! parsed.success ) return again( fieldErrors( parsed.error ) );
		let created;
		try {
			created = await createAccountWithOwner( { db: c.var.db }, parsed.data );
		} catch ( error ) {
			if ( error instanceof ApiError && error.status === 400 ) return again( error.errors ?? { email: [ error.message ] } );
			throw error;
		}
		await signIn( c, created.user );
		return c.redirect( '/portal/sites?welcome=1', 303 );
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
		const user = await acceptInvite( { db: c.var.db }, c.req.param( 'token' ), parsed.data.password );
		await signIn( c, user );
		return c.redirect( '/portal/overview', 303 );
	} );
