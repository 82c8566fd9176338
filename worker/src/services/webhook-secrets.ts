/**
 * The per-site webhook secret: what deliveries (and editor tokens) are signed with. Stored sealed
 * (lib/secret-box.ts) under ENCRYPTION_KEY, rotated with the site key, emptied by revocation, and
 * handed to the plugin once: by the first test-connection after creation or rotation.
 *
 * Rows written before migration 0005 hold the secret in clear: SQL cannot run AES-GCM, so they are
 * re-encrypted lazily, the first time the secret is read.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { sites, type Site } from '../db/schema';
import { isSealed, seal, unseal } from '../lib/secret-box';
import { generateWebhookSecret } from './keys';

/** What the secret functions need: the database and the ENCRYPTION_KEY secret. */
export interface SecretDeps {
	db: Database;
	encryptionKey: string | undefined;
}

/** After a rotation, deliveries carry a signature with the former secret too for this long. */
export const SECRET_OVERLAP_MS = 15 * 60 * 1000;
/** The stored value of a revoked site: no secret, nothing is signed. */
export const REVOKED_SECRET = '';

const contextOf = ( siteId: string ) => `igny8-site-webhook-secret:${ siteId }`;

function requireKey( encryptionKey: string | undefined ): string {
	if ( ! encryptionKey ) throw new Error( 'ENCRYPTION_KEY is not set: webhook secrets cannot be stored or read.' );
	return encryptionKey;
}

/** A new secret for the site and its sealed form. */
export async function newWebhookSecret( encryptionKey: string | undefined, siteId: string ): Promise<{ secret: string; sealed: string }> {
	const secret = generateWebhookSecret();
	return { secret, sealed: await seal( requireKey( encryptionKey ), secret, contextOf( siteId ) ) };
}

async function open( encryptionKey: string | undefined, siteId: string, stored: string ): Promise<string> {
	return isSealed( stored ) ? unseal( requireKey( encryptionKey ), stored, contextOf( siteId ) ) : stored;
}

/** The site's current secret in clear, or null once revoked. A legacy clear row is sealed on the way. */
export async function currentWebhookSecret( { db, encryptionKey }: SecretDeps, site: Pick<Site, 'id' | 'webhookSecret'> ): Promise<string | null> {
	if ( site.webhookSecret === REVOKED_SECRET ) return null;
	const secret = await open( encryptionKey, site.id, site.webhookSecret );
	if ( ! isSealed( site.webhookSecret ) ) {
		const sealed = await seal( requireKey( encryptionKey ), secret, contextOf( site.id ) );
		// Only if nobody rotated meanwhile: a concurrent rotation's new secret must not be overwritten.
		await db.update( sites ).set( { webhookSecret: sealed } ).where( and( eq( sites.id, site.id ), eq( sites.webhookSecret, site.webhookSecret ) ) );
	}
	return secret;
}

/** The secrets to sign with at `now`: the current one, and the former one while the overlap lasts. */
export async function secretsInForce(
	deps: SecretDeps,
	site: Pick<Site, 'id' | 'webhookSecret' | 'previousWebhookSecret' | 'previousSecretExpiresAt'>,
	now = Date.now()
): Promise<string[]> {
	const current = await currentWebhookSecret( deps, site );
	if ( current === null ) return [];
	const overlapping = site.previousWebhookSecret && site.previousSecretExpiresAt && site.previousSecretExpiresAt.getTime() > now;
	return overlapping ? [ current, await open( deps.encryptionKey, site.id, site.previousWebhookSecret! ) ] : [ current ];
}

/** The current secret if it has not been handed out yet (claimed atomically: two callers never both get it). */
export async function claimWebhookSecret( deps: SecretDeps, site: Pick<Site, 'id' | 'webhookSecret'>, now = new Date() ): Promise<string | null> {
	const claimed = await deps.db
		.update( sites )
		.set( { webhookSecretIssuedAt: now } )
		.where( and( eq( sites.id, site.id ), isNull( sites.webhookSecretIssuedAt ), eq( sites.status, 'active' ) ) )
		.returning( { id: sites.id, webhookSecret: sites.webhookSecret } );
	return claimed[ 0 ] ? currentWebhookSecret( deps, claimed[ 0 ] ) : null;
}

/** Column values of a rotation: a new sealed secret, the current one kept for the overlap, not yet handed out. */
export async function rotatedSecretColumns( encryptionKey: string | undefined, siteId: string, now: Date ) {
	const { sealed } = await newWebhookSecret( encryptionKey, siteId );
	return {
		webhookSecret: sealed,
		previousWebhookSecret: sql`CASE WHEN ${ sites.webhookSecret } = ${ REVOKED_SECRET } THEN NULL ELSE ${ sites.webhookSecret } END`,
		previousSecretExpiresAt: new Date( now.getTime() + SECRET_OVERLAP_MS ),
		webhookSecretIssuedAt: null,
	};
}

/** Column values of a revocation: no secret at all, current or former. */
export const revokedSecretColumns = () => ( { webhookSecret: REVOKED_SECRET, previousWebhookSecret: null, previousSecretExpiresAt: null, webhookSecretIssuedAt: null } );
