/**
 * Portal browser sessions. The cookie carries a random token; D1 keeps only its SHA-256
 * hash, so a database leak does not leak sessions. A sign-in always starts a new session
 * (the cookie is rotated at login); logout revokes it, a password change or reset revokes them all.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, portalSessions, users, type Account, type User } from '../db/schema';
import { randomBytes, sha256Hex, toBase64Url } from '../lib/crypto';
import { badRequest } from '../lib/errors';
import type { Env } from '../env';
import { hashPassword, passwordPepper, verifyPassword } from '../lib/passwords';
import { signOutEverywhere } from './sign-outs';

/** Absolute lifetime of a portal session (no sliding renewal: a billing portal signs in again daily). */
export const SESSION_TTL_MS = 12 * 3600 * 1000;
const TOKEN_PREFIX = 'igny8_ps_';

export interface PortalSessionUser {
	sessionId: string;
	/** SHA-256 of the cookie token; the CSRF token is derived from it. */
	tokenHash: string;
	expiresAt: Date;
	user: User;
	accountName: string;
	/** What every page says about the account: suspended or cancelled (and why), or a failed payment's grace period. */
	accountState: Pick<Account, 'status' | 'statusReason' | 'graceUntil'>;
}

/** Starts a session for `user`; returns the cookie token (shown to nobody else, stored hashed). */
export async function startPortalSession( { db }: { db: Database }, user: Pick<User, 'id' | 'accountId'>, now = Date.now() ): Promise<{ token: string; expiresAt: Date }> {
	const token = TOKEN_PREFIX + toBase64Url( randomBytes( 32 ) );
	const expiresAt = new Date( now + SESSION_TTL_MS );
	await db.insert( portalSessions ).values( { id: crypto.randomUUID(), userId: user.id, accountId: user.accountId, tokenHash: await sha256Hex( token ), expiresAt, createdAt: new Date( now ) } );
	return { token, expiresAt };
}

/** The live session of a cookie token, its (active) user and the account's name, in one query; null when expired, revoked or unknown. */
export async function findPortalSession( { db }: { db: Database }, token: string, now = Date.now() ): Promise<PortalSessionUser | null> {
	if ( ! token.startsWith( TOKEN_PREFIX ) || token.length > 100 ) return null;
	const tokenHash = await sha256Hex( token );
	const [ row ] = await db
		.select( { session: portalSessions, user: users, accountName: accounts.name, status: accounts.status, statusReason: accounts.statusReason, graceUntil: accounts.graceUntil } )
		.from( portalSessions )
		.innerJoin( users, and( eq( users.id, portalSessions.userId ), eq( users.accountId, portalSessions.accountId ) ) )
		.innerJoin( accounts, eq( accounts.id, portalSessions.accountId ) )
		.where( and( eq( portalSessions.tokenHash, tokenHash ), isNull( portalSessions.revokedAt ), gt( portalSessions.expiresAt, new Date( now ) ), eq( users.isActive, true ) ) )
		.limit( 1 );
	return row ? { sessionId: row.session.id, tokenHash, expiresAt: row.session.expiresAt, user: row.user, accountName: row.accountName, accountState: { status: row.status, statusReason: row.statusReason, graceUntil: row.graceUntil } } : null;
}

/** Logout: this session stops working at once. */
export async function endPortalSession( { db }: { db: Database }, sessionId: string ): Promise<void> {
	await db.update( portalSessions ).set( { revokedAt: new Date() } ).where( and( eq( portalSessions.id, sessionId ), isNull( portalSessions.revokedAt ) ) );
}

/**
 * Changes the user's password after checking the current one, and signs out every other
 * sign-in of the user — portal sessions and API refresh tokens alike (a stolen session or
 * token must not survive the change).
 */
export async function changePassword( { db, env }: { db: Database; env: Env }, user: Pick<User, 'id' | 'passwordHash'>, keepSessionId: string, input: { current: string; next: string } ): Promise<void> {
	const pepper = passwordPepper( env );
	if ( ! ( await verifyPassword( pepper, input.current, user.passwordHash ) ).valid ) throw badRequest( 'The password was not changed.', { current_password: [ 'The current password is not correct.' ] } );
	const now = new Date();
	await db.batch( [ db.update( users ).set( { passwordHash: await hashPassword( pepper, input.next ), updatedAt: now } ).where( eq( users.id, user.id ) ), ...signOutEverywhere( db, user.id, now, keepSessionId ) ] );
}
