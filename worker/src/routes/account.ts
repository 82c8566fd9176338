/** /api/v1/auth/account and /api/v1/auth/users — the account's settings and people (owner-managed). */
import { Hono } from 'hono';
import * as z from 'zod';
import { USER_ROLES } from '../db/schema';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { jsonBody } from '../lib/validate';
import { ownerOnly, requireUser } from '../middleware/auth';
import { changeRole, removeMember } from '../services/team';
import { createUser, describeMe, listUsers, updateAccount } from '../services/users';
import { passwordSchema } from './auth';

const accountSchema = z
	.strictObject( {
		name: z.string().trim().min( 1 ).max( 120 ).optional(),
		low_balance_threshold: z.number().int().min( 0 ).max( 10_000_000 ).nullable().optional(),
	} )
	.refine( ( value ) => Object.keys( value ).length > 0, 'Send at least one field to change.' );

const roleSchema = z.strictObject( { role: z.enum( USER_ROLES, 'The role is owner, admin or viewer.' ) } );

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
	.post( '/users', requireUser, ownerOnly, jsonBody( userSchema ), async ( c ) => ok( c, await createUser( { db: c.var.db, env: c.env }, c.var.auth.accountId, c.req.valid( 'json' ) ), 201, 'User added.' ) )
	// PATCH /api/v1/auth/users/{id}/ — owner: change a member's role (409 for the last owner)
	.patch( '/users/:id', requireUser, ownerOnly, jsonBody( roleSchema ), async ( c ) => {
		await changeRole( { db: c.var.db }, c.var.auth.accountId, c.req.param( 'id' ), c.req.valid( 'json' ).role );
		return ok( c, ( await listUsers( { db: c.var.db }, c.var.auth.accountId ) ).find( ( user ) => user.id === c.req.param( 'id' ) ) ?? null, 200, 'Role changed.' );
	} )
	// DELETE /api/v1/auth/users/{id}/ — owner: remove a member; their sign-ins end at once (409 for the last owner)
	.delete( '/users/:id', requireUser, ownerOnly, async ( c ) => ok( c, { removed: await removeMember( { db: c.var.db }, c.var.auth.accountId, c.req.param( 'id' ) ) }, 200, 'Member removed and signed out everywhere.' ) );
