/** /api/v1/auth/account and /api/v1/auth/users — the account's settings and people (owner-managed). */
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { jsonBody } from '../lib/validate';
import { ownerOnly, requireUser } from '../middleware/auth';
import { createUser, describeMe, listUsers, updateAccount } from '../services/users';
import { passwordSchema } from './auth';

const accountSchema = z
	.strictObject( {
		name: z.string().trim().min( 1 ).max( 120 ).optional(),
		low_balance_threshold: z.number().int().min( 0 ).max( 10_000_000 ).nullable().optional(),
	} )
	.refine( ( value ) => Object.keys( value ).length > 0, 'Send at least one field to change.' );

const userSchema = z.object( {
	email: z.email( 'Enter a valid email address.' ).max( 254 ),
	password: passwordSchema,
	role: z.enum( [ 'admin', 'viewer' ], 'The role is admin or viewer.' ),
} );

export const accountRoutes = new Hono<AppEnv>()
	// PATCH /api/v1/auth/account/ — owner: account name and low-balance warning level
	.patch( '/account', requireUser, ownerOnly, jsonBody( accountSchema ), async ( c ) => {
		const auth = c.var.auth;
		await updateAccount( { db: c.var.db }, auth.accountId, c.req.valid( 'json' ) );
		return ok( c, ( await describeMe( { db: c.var.db }, auth.kind === 'user' ? auth.userId : '', auth.accountId ) ).account );
	} )
	// GET /api/v1/auth/users/ — the account's users (any role)
	.get( '/users', requireUser, async ( c ) => ok( c, await listUsers( { db: c.var.db }, c.var.auth.accountId ) ) )
	// POST /api/v1/auth/users/ — owner: add an admin or a viewer
	.post( '/users', requireUser, ownerOnly, jsonBody( userSchema ), async ( c ) => ok( c, await createUser( { db: c.var.db, env: c.env }, c.var.auth.accountId, c.req.valid( 'json' ) ), 201, 'User added.' ) );
