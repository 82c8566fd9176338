/** Signing a user out everywhere: portal sessions and API refresh tokens (and with them their access tokens). */
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { portalSessions, refreshTokens } from '../db/schema';

/** The statements that end every sign-in of `userId`, except the portal session `keepSessionId`. */
export function signOutEverywhere( db: Database, userId: string, now: Date, keepSessionId?: string ) {
	const sessions = and( eq( portalSessions.userId, userId ), isNull( portalSessions.revokedAt ), keepSessionId ? ne( portalSessions.id, keepSessionId ) : undefined );
	return [
		db.update( portalSessions ).set( { revokedAt: now } ).where( sessions ),
		db.update( refreshTokens ).set( { revokedAt: now } ).where( and( eq( refreshTokens.userId, userId ), isNull( refreshTokens.revokedAt ) ) ),
	] as const;
}
