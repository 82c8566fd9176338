/** /api/v1/auth — register, login, refresh. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { jsonBody } from '../lib/validate';
import { login, refresh, register } from '../services/auth';

const email = z.email( 'Enter a valid email address.' ).max( 254 );

const registerSchema = z.object( {
	email,
	password: z.string().min( 8, 'The password must be at least 8 characters.' ).max( 200 ),
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
	// POST /api/v1/auth/login/ — email + password → access (15 min) and refresh tokens
	.post( '/login', jsonBody( loginSchema ), async ( c ) => ok( c, await login( { db: c.var.db, env: c.env }, c.req.valid( 'json' ) ) ) )
	// POST /api/v1/auth/refresh/ — rotate a refresh token
	.post( '/refresh', jsonBody( refreshSchema ), async ( c ) => ok( c, await refresh( { db: c.var.db, env: c.env }, c.req.valid( 'json' ).refresh ) ) );
