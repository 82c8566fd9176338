/**
 * The tokens in emailed links (verification, password reset): random, stored only as SHA-256
 * hashes, valid until their expiry and usable once — consuming one is a single guarded UPDATE,
 * so two clicks racing each other cannot both win.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { emailTokens, type EmailTokenPurpose } from '../db/schema';
import { randomBytes, sha256Hex, toBase64Url } from '../lib/crypto';

const PREFIX: Record<EmailTokenPurpose, string> = { verify_email: 'igny8_ev_', reset_password: 'igny8_pr_' };

/** A new link token for `userId`; earlier unused tokens of the same purpose stop working. */
export async function issueEmailToken( { db }: { db: Database }, userId: string, purpose: EmailTokenPurpose, ttlMs: number, now = Date.now() ): Promise<string> {
	const token = PREFIX[ purpose ] + toBase64Url( randomBytes( 32 ) );
	await db.batch( [
		db.update( emailTokens ).set( { usedAt: new Date( now ) } ).where( and( eq( emailTokens.userId, userId ), eq( emailTokens.purpose, purpose ), isNull( emailTokens.usedAt ) ) ),
		db.insert( emailTokens ).values( { id: crypto.randomUUID(), userId, purpose, tokenHash: await sha256Hex( token ), expiresAt: new Date( now + ttlMs ), createdAt: new Date( now ) } ),
	] );
	return token;
}

const liveToken = async ( token: string, purpose: EmailTokenPurpose, now: number ) =>
	and( eq( emailTokens.tokenHash, await sha256Hex( token ) ), eq( emailTokens.purpose, purpose ), isNull( emailTokens.usedAt ), gt( emailTokens.expiresAt, new Date( now ) ) );

const plausible = ( token: string, purpose: EmailTokenPurpose ) => token.startsWith( PREFIX[ purpose ] ) && token.length <= 100;

/** True while the token can still be used (the page that asks for a new password checks first). */
export async function isLiveEmailToken( { db }: { db: Database }, token: string, purpose: EmailTokenPurpose, now = Date.now() ): Promise<boolean> {
	if ( ! plausible( token, purpose ) ) return false;
	return Boolean( await db.query.emailTokens.findFirst( { where: await liveToken( token, purpose, now ), columns: { id: true } } ) );
}

/** Uses the token up; its user's id, or null when it is unknown, expired or already used. */
export async function consumeEmailToken( { db }: { db: Database }, token: string, purpose: EmailTokenPurpose, now = Date.now() ): Promise<string | null> {
	if ( ! plausible( token, purpose ) ) return null;
	const [ row ] = await db.update( emailTokens ).set( { usedAt: new Date( now ) } ).where( await liveToken( token, purpose, now ) ).returning( { userId: emailTokens.userId } );
	return row?.userId ?? null;
}
