/** Sites of an account: creation (key shown once), listing, and what test-connection records. */
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, sites, type Site } from '../db/schema';
import { notFound } from '../lib/errors';
import { generateApiKey, generateWebhookSecret, hashApiKey } from './keys';

export const publicSite = ( site: Pick<Site, 'id' | 'name' | 'url' | 'status'> ) => ( { id: site.id, name: site.name, url: site.url, status: site.status } );

/** The site list entry: never the key or the secret, only the key's first characters. */
export const listedSite = ( site: Site ) => ( {
	...publicSite( site ),
	api_key_prefix: site.apiKeyPrefix,
	delivery_url: site.deliveryUrl,
	last_seen_at: site.lastSeenAt ? site.lastSeenAt.toISOString() : null,
	created_at: site.createdAt.toISOString(),
} );

export async function createSite( { db }: { db: Database }, accountId: string, input: { name: string; url: string } ) {
	const apiKey = generateApiKey();
	const now = new Date();
	const [ site ] = await db
		.insert( sites )
		.values( {
			id: crypto.randomUUID(),
			accountId,
			name: input.name.trim(),
			url: input.url.replace( /\/+$/, '' ),
			status: 'active',
			apiKeyHash: await hashApiKey( apiKey ),
			apiKeyPrefix: apiKey.slice( 0, 13 ),
			webhookSecret: generateWebhookSecret(),
			createdAt: now,
			updatedAt: now,
		} )
		.returning();
	return { site: site!, apiKey };
}

export function listSites( { db }: { db: Database }, accountId: string ) {
	return db.query.sites.findMany( { where: eq( sites.accountId, accountId ), orderBy: desc( sites.createdAt ) } );
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

/** Stores what the plugin reported (delivery URL, WordPress metadata) and when it was seen. */
export async function recordConnection( { db }: { db: Database }, site: Site, report: ConnectionReport ) {
	const { delivery_url: deliveryUrl, ...metadata } = report;
	const now = new Date();
	const [ updated ] = await db
		.update( sites )
		.set( {
			deliveryUrl: deliveryUrl ?? site.deliveryUrl,
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
