/**
 * Team invitations: an owner invites an email as admin or viewer; the invite link carries a
 * random token (stored hashed, valid 7 days, used once). Accepting creates the user through
 * the users service, so the rules for team members live in one place.
 */
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import type { Env } from '../env';
import { portalInvites, users, type PortalInvite } from '../db/schema';
import { randomBytes, sha256Hex, toBase64Url } from '../lib/crypto';
import { badRequest, notFound } from '../lib/errors';
import { hashPassword, passwordPepper } from '../lib/passwords';
import { normalizeEmail } from './auth';
import { createUser } from './users';

const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;
const TOKEN_PREFIX = 'igny8_inv_';

export type InviteRole = PortalInvite[ 'role' ];

/** Creates an invitation; returns the token for the link (shown once to the owner). */
export async function createInvite( { db }: { db: Database }, accountId: string, invitedBy: string, input: { email: string; role: InviteRole } ) {
	const email = normalizeEmail( input.email );
	const existing = await db.query.users.findFirst( { where: eq( users.email, email ), columns: { accountId: true, isActive: true } } );
	// A member this account removed may be invited back; anyone else with the address may not.
	if ( existing && ( existing.isActive || existing.accountId !== accountId ) ) {
		throw badRequest( 'The invitation was not sent.', { email: [ 'A user with this email already exists.' ] } );
	}
	const token = TOKEN_PREFIX + toBase64Url( randomBytes( 24 ) );
	const now = Date.now();
	await db.insert( portalInvites ).values( { id: crypto.randomUUID(), accountId, email, role: input.role, tokenHash: await sha256Hex( token ), invitedBy, expiresAt: new Date( now + INVITE_TTL_MS ), createdAt: new Date( now ) } );
	return { token, email };
}

/** Open invitations of the account, newest first (never their tokens). */
export function listOpenInvites( { db }: { db: Database }, accountId: string, now = Date.now() ) {
	return db
		.select( { id: portalInvites.id, email: portalInvites.email, role: portalInvites.role, expiresAt: portalInvites.expiresAt } )
		.from( portalInvites )
		.where( and( eq( portalInvites.accountId, accountId ), isNull( portalInvites.acceptedAt ), gt( portalInvites.expiresAt, new Date( now ) ) ) )
		.orderBy( desc( portalInvites.createdAt ) );
}

/** The open invitation behind a link token, or a 404 (unknown, used or expired look alike). */
export async function findOpenInvite( { db }: { db: Database }, token: string, now = Date.now() ): Promise<PortalInvite> {
	const invite = token.startsWith( TOKEN_PREFIX ) && token.length < 100 ? await db.query.portalInvites.findFirst( { where: eq( portalInvites.tokenHash, await sha256Hex( token ) ) } ) : undefined;
	if ( ! invite || invite.acceptedAt || invite.expiresAt.getTime() <= now ) throw notFound( 'This invitation link is not valid any more. Ask the account owner for a new one.' );
	return invite;
}

/** A removed member invited back: active again, with the invitation's role and a new password. */
async function rejoin( { db, env }: { db: Database; env: Env }, userId: string, input: { password: string; role: InviteRole } ): Promise<string> {
	await db.update( users ).set( { isActive: true, role: input.role, passwordHash: await hashPassword( passwordPepper( env ), input.password ), updatedAt: new Date() } ).where( eq( users.id, userId ) );
	return userId;
}

/** Accepts an invitation: marks it used (only once, even when two tabs race) and creates the user (or brings a removed member back). */
export async function acceptInvite( { db, env }: { db: Database; env: Env }, token: string, password: string ) {
	const invite = await findOpenInvite( { db }, token );
	const claimed = await db.update( portalInvites ).set( { acceptedAt: new Date() } ).where( and( eq( portalInvites.id, invite.id ), isNull( portalInvites.acceptedAt ) ) ).returning( { id: portalInvites.id } );
	if ( claimed.length === 0 ) throw notFound( 'This invitation link is not valid any more. Ask the account owner for a new one.' );
	const removed = await db.query.users.findFirst( { where: and( eq( users.email, invite.email ), eq( users.accountId, invite.accountId ), eq( users.isActive, false ) ) } );
	const id = removed
		? ( await rejoin( { db, env }, removed.id, { password, role: invite.role } ) )
		: ( await createUser( { db, env }, invite.accountId, { email: invite.email, password, role: invite.role } ) ).id;
	const user = await db.query.users.findFirst( { where: eq( users.id, id ) } );
	if ( ! user ) throw new Error( 'unreachable: the user was just created' );
	return user;
}
