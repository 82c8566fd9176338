/**
 * /api/v1/auth — register (Turnstile-checked; trial credits after email verification),
 * verify-email, password-reset (+ confirm), login (throttled per email and address), refresh,
 * logout, me. Every route here is also limited per client address (middleware/rate-limit.ts).
 */
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { badRequest } from '../lib/errors';
import { publicOrigin } from '../lib/public-origin';
import { clientIp, enforceLoginLimit } from '../lib/rate-limit';
import { jsonBody } from '../lib/validate';
import { requireUser } from '../middleware/auth';
import { login, logout, refresh, register } from '../services/auth';
import { verifyEmail } from '../services/email-verification';
import { requestPasswordReset, resetPassword } from '../services/password-reset';
import { verifyTurnstile } from '../services/turnstile';
import { describeMe } from '../services/users';

const email = z.email( 'Enter a valid email address.' ).max( 254 );
export const passwordSchema = z.string().min( 8, 'The password must be at least 8 characters.' ).max( 200 );

const registerSchema = z.object( {
	email,
	password: passwordSchema,
	account_name: z.string().trim().min( 1, 'An account name is required.' ).max( 120 ),
	/** The token of the Turnstile widget the client showed. */
	turnstile_token: z.string().max( 2048 ).optional(),
} );
const linkTokenSchema = z.object( { token: z.string().min( 1 ).max( 200 ) } );
const resetRequestSchema = z.object( { email } );
const resetConfirmSchema = z.object( { token: z.string().min( 1 ).max( 200 ), password: passwordSchema } );
const loginSchema = z.object( { email, password: z.string().min( 1 ).max( 200 ) } );
const refreshSchema = z.object( { refresh: z.string().min( 1 ).max( 200 ) } );

export const authRoutes = new Hono<AppEnv>()
	// POST /api/v1/auth/register/ — new account on the free trial and its owner, signed in; the
	// trial credits come when the owner follows the emailed verification link
	.post( '/register', jsonBody( registerSchema ), async ( c ) => {
		const { turnstile_token, ...input } = c.req.valid( 'json' );
		await verifyTurnstile( c.env, turnstile_token, clientIp( c ), 'turnstile_token' );
		const result = await register( { db: c.var.db, env: c.env }, input, publicOrigin( c ) );
		return ok( c, result, 201, `Account created. Follow the link we emailed to ${ result.user.email } to receive your free-trial credits.` );
	} )
	// POST /api/v1/auth/verify-email/ — {token} from the emailed link → the email is verified (and the trial granted once)
	.post( '/verify-email', jsonBody( linkTokenSchema ), async ( c ) => {
		const verified = await verifyEmail( { db: c.var.db }, c.req.valid( 'json' ).token );
		if ( ! verified ) throw badRequest( 'This verification link is not valid any more. Sign in and ask for a new one.' );
		return ok( c, { email_verified: true, credits_granted: verified.granted }, 200, 'Email address confirmed.' );
	} )
	// POST /api/v1/auth/password-reset/ — {email} → a reset link by email when the account exists (same answer either way)
	.post( '/password-reset', jsonBody( resetRequestSchema ), async ( c ) => {
		await requestPasswordReset( { db: c.var.db, env: c.env }, c.req.valid( 'json' ).email, publicOrigin( c ) );
		return ok( c, { sent: true }, 200, 'If an account uses this address, we emailed it a link to choose a new password.' );
	} )
	// POST /api/v1/auth/password-reset/confirm/ — {token, password} → new password; every session and refresh token ends
	.post( '/password-reset/confirm', jsonBody( resetConfirmSchema ), async ( c ) => {
		const { token, password } = c.req.valid( 'json' );
		if ( ! ( await resetPassword( { db: c.var.db, env: c.env }, token, password ) ) ) throw badRequest( 'This reset link is not valid any more. Ask for a new one.' );
		return ok( c, { reset: true }, 200, 'Password changed. Sign in with the new password.' );
	} )
	// POST /api/v1/auth/login/ — email + password → access (15 min) and refresh tokens.
	// Throttled per email and address before the password is checked: guessing is slow, and a
	// stranger's failed guesses do not lock the owner out from their own address.
	.post( '/login', jsonBody( loginSchema ), async ( c ) => {
		const input = c.req.valid( 'json' );
		await enforceLoginLimit( c, input.email );
		return ok( c, await login( { db: c.var.db, env: c.env }, input ) );
	} )
	// POST /api/v1/auth/refresh/ — rotate a refresh token
	.post( '/refresh', jsonBody( refreshSchema ), async ( c ) => ok( c, await refresh( { db: c.var.db, env: c.env }, c.req.valid( 'json' ).refresh ) ) )
	// POST /api/v1/auth/logout/ — revoke this sign-in: its refresh tokens and, with them, its access tokens
	.post( '/logout', requireUser, async ( c ) => {
		const auth = c.var.auth;
		if ( auth.kind === 'user' ) await logout( { db: c.var.db }, auth.sid );
		return ok( c, { logged_out: true }, 200, 'Signed out.' );
	} )
	// GET /api/v1/auth/me/ — the signed-in user and their account
	.get( '/me', requireUser, async ( c ) => {
		const auth = c.var.auth;
		if ( auth.kind !== 'user' ) throw new Error( 'unreachable: requireUser' );
		return ok( c, await describeMe( { db: c.var.db }, auth.userId, auth.accountId ) );
	} );
