/**
 * Site API keys and webhook secrets. A key is shown once at creation and
 * stored only as its SHA-256 hash, so a database leak does not leak keys.
 * (A fast hash is right here: the key has 256 bits of entropy, unlike a password.)
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { sites, type Site } from '../db/schema';
import { randomBytes, sha256Hex, toBase64Url } from '../lib/crypto';

export const API_KEY_PREFIX = 'igny8_sk_';
const WEBHOOK_SECRET_PREFIX = 'igny8_whsec_';

/** A new site API key: "igny8_sk_" + base64url(32 random bytes). */
export function generateApiKey(): string {
	return API_KEY_PREFIX + toBase64Url( randomBytes( 32 ) );
}

/** A new secret for signing deliveries to one site. */
export function generateWebhookSecret(): string {
	return WEBHOOK_SECRET_PREFIX + toBase64Url( randomBytes( 32 ) );
}

export function hashApiKey( key: string ): Promise<string> {
	return sha256Hex( key );
}

/** True when a bearer token looks like a site key rather than a user JWT. */
export function isSiteKey( token: string ): boolean {
	return token.startsWith( API_KEY_PREFIX );
}

/** The hash to look a presented key up by, or null when it cannot be a site key at all. */
export async function lookupHash( key: string ): Promise<string | null> {
	return isSiteKey( key ) && key.length <= 200 ? hashApiKey( key ) : null;
}

/** The active (or suspended) site a key belongs to, or null. */
export async function findSiteByApiKey( { db }: { db: Database }, key: string ): Promise<Site | null> {
	const hash = await lookupHash( key );
	return hash ? findSiteByKeyHash( { db }, hash ) : null;
}

/**
 * The site whose key has this SHA-256 hash, or null. Revoked (and inactive) sites never match; a
 * suspended one does, so the plugin hears why its jobs are refused instead of "invalid key".
 */
export async function findSiteByKeyHash( { db }: { db: Database }, hash: string ): Promise<Site | null> {
	const site = await db.query.sites.findFirst( { where: eq( sites.apiKeyHash, hash ) } );
	return site && ( site.status === 'active' || site.status === 'suspended' ) ? site : null;
}
