/** /api/v1/auth — register, login (throttled per email), refresh, logout, me. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { enforceLimit } from '../lib/rate-limit';
import { jsonBody } from '../lib/validate';
import { requireUser } from '../middleware/auth';
import { login, logout, normalizeEmail, refresh, register } from '../services/auth';
import { describeMe } from '../services/users';

const email = z.email( 'Enter a valid email address.' ).max( 254 );
export const passwordSchema = z.string().min( 8, 'The password must be at least 8 characters.' ).max( 200 );

const registerSchema = z.object( {
	email,
	password: passwordSchema,
	account_name: z.string().trim().min( 1, 'An account name is required.' ).max( 120 ),
} );
const loginSchema = z.object( { email, password: z.string().min( 1 ).max( 200 ) } );
const refreshSchema = z.object( { refresh: z.string().min( 1 ).max( 200 ) } );

export const authRoutes = new Hono<AppEnv>()
	// POST /api/v1/auth/register/ — new account on the free trial (2000 credits) and its owner
	.post( '/register', jsonBody( registerSchema ), async ( c ) => {
		const result = await register( { db: c.var.db, env: c.env }, c.req.valid( 'json' ) );
		return ok( c, result, 201, 'Account created.' );
	} )
	// POST /api/v1/auth/login/ — email + password → access (15 min) and refresh tokens.
	// Throttled per email before the password is checked, so guessing one account is slow from anywhere.
	.post( '/login', jsonBody( loginSchema ), async ( c ) => {
		const input = c.req.valid( 'json' );
		await enforceLimit( c.env, 'RATE_LIMIT_LOGIN', `login:${ normalizeEmail( input.email ) }` );
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
