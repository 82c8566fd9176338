/**
 * Sites of an account: creation (key shown once), listing, rotation and revocation of
 * the key, the owner's monthly cap, and what test-connection / update-structure record.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, creditLedger, sites, type Site } from '../db/schema';
import { conflict, notFound } from '../lib/errors';
import { periodStart } from '../lib/period';
import { generateApiKey, hashApiKey } from './keys';
import { newWebhookSecret, revokedSecretColumns, rotatedSecretColumns, type SecretDeps } from './webhook-secrets';

const KEY_PREFIX_LENGTH = 13;

export const publicSite = ( site: Pick<Site, 'id' | 'name' | 'url' | 'status'> ) => ( { id: site.id, name: site.name, url: site.url, status: site.status } );

/** How results reach the site: pushed, pulled by WP-Cron only, or pull after too many failed pushes. */
export function deliveryState( site: Pick<Site, 'deliveryUrl' | 'deliveryFailures' | 'deliveryPausedAt'> ) {
	const mode = site.deliveryPausedAt ? 'paused' : site.deliveryUrl ? 'push' : 'pull';
	return { mode, consecutive_failures: site.deliveryFailures, paused_at: site.deliveryPausedAt ? site.deliveryPausedAt.toISOString() : null } as const;
}

/** The site list entry: never the key or the secret, only the key's first characters. */
export const listedSite = ( site: Site ) => ( {
	...publicSite( site ),
	api_key_prefix: site.apiKeyPrefix,
	delivery_url: site.deliveryUrl,
	delivery: deliveryState( site ),
	monthly_credit_cap: site.monthlyCreditCap,
	structure: site.structure ?? null,
	last_seen_at: site.lastSeenAt ? site.lastSeenAt.toISOString() : null,
	key_rotated_at: site.keyRotatedAt ? site.keyRotatedAt.toISOString() : null,
	created_at: site.createdAt.toISOString(),
} );

/**
 * Creates a site and its key (shown once). With `siteLimit`, the row is written only while the account
 * has fewer live (not revoked) sites than that, in the same statement, so two concurrent creations
 * cannot pass the limit together; null when it was full.
 */
export async function createSite( { db, encryptionKey }: SecretDeps, accountId: string, input: { name: string; url: string }, siteLimit = Number.MAX_SAFE_INTEGER ) {
	const apiKey = generateApiKey();
	const now = Date.now();
	const id = crypto.randomUUID();
	const inserted = await db.$client
		.prepare(
			`INSERT INTO sites (id, account_id, name, url, status, api_key_hash, api_key_prefix, webhook_secret, created_at, updated_at)
			 SELECT ?1, ?2, ?3, ?4, 'active', ?5, ?6, ?7, ?8, ?8
			 WHERE (SELECT COUNT(*) FROM sites WHERE account_id = ?2 AND status <> 'revoked') < ?9`
		)
		.bind( id, accountId, input.name.trim(), input.url.replace( /\/+$/, '' ), await hashApiKey( apiKey ), apiKey.slice( 0, KEY_PREFIX_LENGTH ), ( await newWebhookSecret( encryptionKey, id ) ).sealed, now, siteLimit )
		.run();
	if ( ( inserted.meta.changes ?? 0 ) !== 1 ) return null;
	const site = await db.query.sites.findFirst( { where: eq( sites.id, id ) } );
	if ( ! site ) throw new Error( `site ${ id } vanished after insert` );
	return { site, apiKey };
}

export function listSites( { db }: { db: Database }, accountId: string ) {
	return db.query.sites.findMany( { where: eq( sites.accountId, accountId ), orderBy: desc( sites.createdAt ) } );
}

/** A site only if it belongs to the account — other tenants' sites look like missing ones. */
export async function getSiteForAccount( { db }: { db: Database }, accountId: string, id: string ): Promise<Site> {
	const site = await db.query.sites.findFirst( { where: and( eq( sites.id, id ), eq( sites.accountId, accountId ) ) } );
	if ( ! site ) throw notFound( 'Site not found.' );
	return site;
}

/** Credits the site used in the current calendar month (reservations minus what came back). */
export async function siteUsageThisMonth( { db }: { db: Database }, siteId: string, now = Date.now() ): Promise<number> {
	const [ row ] = await db
		.select( { used: sql<number>`COALESCE(-SUM(${ creditLedger.amount }), 0)` } )
		.from( creditLedger )
		.where( and( eq( creditLedger.siteId, siteId ), sql`${ creditLedger.kind } IN ('reserve', 'settle', 'refund')`, sql`${ creditLedger.createdAt } >= ${ periodStart( now ) }` ) );
	return Number( row?.used ?? 0 );
}

/**
 * Replaces the site's key: the old key stops working at once; the new one is shown once. The webhook
 * secret rotates with it (the former one still signs for SECRET_OVERLAP_MS, beside the new one).
 */
export async function rotateSiteKey( { db, encryptionKey }: SecretDeps, accountId: string, id: string ) {
	const apiKey = generateApiKey();
	const now = new Date();
	const [ site ] = await db
		.update( sites )
		.set( {
			apiKeyHash: await hashApiKey( apiKey ),
			apiKeyPrefix: apiKey.slice( 0, KEY_PREFIX_LENGTH ),
			keyRotatedAt: now,
			updatedAt: now,
			...( await rotatedSecretColumns( encryptionKey, id, now ) ),
		} )
		.where( and( eq( sites.id, id ), eq( sites.accountId, accountId ), eq( sites.status, 'active' ) ) )
		.returning();
	if ( ! site ) {
		await getSiteForAccount( { db }, accountId, id ); // 404 for someone else's site
		throw conflict( 'Only an active site can get a new key.' );
	}
	return { site, apiKey };
}

/** Revokes the site: its key stops authenticating and its webhook secret is gone, for good; jobs and ledger history stay. */
export async function revokeSite( { db }: { db: Database }, accountId: string, id: string ): Promise<Site> {
	const [ site ] = await db
		.update( sites )
		.set( { status: 'revoked', ...revokedSecretColumns(), deliveryUrl: null, updatedAt: new Date() } )
		.where( and( eq( sites.id, id ), eq( sites.accountId, accountId ) ) )
		.returning();
	if ( ! site ) throw notFound( 'Site not found.' );
	return site;
}

/** Name and (owner only, checked at the route) the monthly credit cap; null removes the cap. */
export async function updateSite( { db }: { db: Database }, accountId: string, id: string, input: { name?: string | undefined; monthly_credit_cap?: number | null | undefined } ) {
	const changes: Partial<typeof sites.$inferInsert> = { updatedAt: new Date() };
	if ( input.name !== undefined ) changes.name = input.name.trim();
	if ( input.monthly_credit_cap !== undefined ) changes.monthlyCreditCap = input.monthly_credit_cap;
	const [ site ] = await db.update( sites ).set( changes ).where( and( eq( sites.id, id ), eq( sites.accountId, accountId ) ) ).returning();
	if ( ! site ) throw notFound( 'Site not found.' );
	return site;
}

export interface ConnectionReport {
	site_url?: string | undefined;
	delivery_url?: string | undefined;
	wp_version?: string | undefined;
	plugin_version?: string | undefined;
	post_types?: unknown;
	taxonomies?: unknown;
	language?: string | undefined;
}

/**
 * Stores what the plugin reported (delivery URL, WordPress metadata) and when it was seen. A successful
 * connection test resumes paused pushes. The caller has checked the delivery URL (services/delivery-url.ts).
 */
export async function recordConnection( { db }: { db: Database }, site: Site, report: ConnectionReport ) {
	const { delivery_url: deliveryUrl, ...metadata } = report;
	const now = new Date();
	const [ updated ] = await db
		.update( sites )
		.set( {
			deliveryUrl: deliveryUrl ?? site.deliveryUrl,
			deliveryFailures: 0,
			deliveryPausedAt: null,
			metadata: { ...( site.metadata ?? {} ), ...Object.fromEntries( Object.entries( metadata ).filter( ( [ , value ] ) => value !== undefined ) ) },
			lastSeenAt: now,
			updatedAt: now,
		} )
		.where( and( eq( sites.id, site.id ), eq( sites.accountId, site.accountId ) ) )
		.returning();
	const account = await db.query.accounts.findFirst( { where: eq( accounts.id, site.accountId ) } );
	if ( ! updated || ! account ) throw notFound( 'Site not found.' );
	return { site: updated, account };
}

/** update-structure: the site's post types and taxonomies, replacing the previous report. */
export async function recordStructure( { db }: { db: Database }, site: Site, structure: Record<string, unknown> ) {
	const now = new Date();
	const stored = { ...structure, updated_at: now.toISOString() };
	await db.update( sites ).set( { structure: stored, lastSeenAt: now, updatedAt: now } ).where( and( eq( sites.id, site.id ), eq( sites.accountId, site.accountId ) ) );
	return stored;
}
