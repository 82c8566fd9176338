/**
 * What an owner controls per site beyond its key: suspending and resuming it (a suspended site's key
 * still authenticates, so the plugin hears why, but it starts no job), the plan's site limit, and the
 * site's page: credits this month, last contact, delivery health and the posts IGNY8 wrote there.
 */
import { and, desc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, jobs, plans, sitePosts, sites, type Site } from '../db/schema';
import { ApiError, conflict } from '../lib/errors';
import { createSite, getSiteForAccount } from './sites';
import type { SecretDeps } from './webhook-secrets';

/** Sites each plan may have (revoked sites do not count). */
export const SITE_LIMITS: Record<string, number> = { 'free-trial': 3, starter: 10, growth: 50 };
const DEFAULT_SITE_LIMIT = 3;

export const siteLimitOf = ( planSlug: string ) => SITE_LIMITS[ planSlug ] ?? DEFAULT_SITE_LIMIT;

/** The account's plan, its site limit and how many sites count against it. */
export async function siteAllowance( { db }: { db: Database }, accountId: string ) {
	const [ row ] = await db
		.select( { plan: plans.name, slug: plans.slug, used: sql<number>`(SELECT COUNT(*) FROM sites WHERE account_id = ${ accountId } AND status <> 'revoked')` } )
		.from( accounts )
		.innerJoin( plans, eq( plans.id, accounts.planId ) )
		.where( eq( accounts.id, accountId ) );
	if ( ! row ) throw new ApiError( 404, 'Account not found.' );
	return { plan: row.plan, limit: siteLimitOf( row.slug ), used: Number( row.used ) };
}

/** 402 with the upgrade path when the plan has no room for another site. */
export function siteLimitReached( allowance: { plan: string; limit: number } ): ApiError {
	const bigger = Object.entries( SITE_LIMITS ).filter( ( [ , limit ] ) => limit > allowance.limit ).map( ( [ slug, limit ] ) => `${ slug[ 0 ]!.toUpperCase() }${ slug.slice( 1 ) }: ${ limit } sites` );
	const upgrade = bigger.length ? ` Upgrade on the Billing page (${ bigger.join( ', ' ) })` : ' Contact support for more';
	return new ApiError( 402, `Your ${ allowance.plan } plan allows ${ allowance.limit } sites and all are in use. Revoke a site you no longer need, or${ upgrade.replace( /^ U/, ' u' ) }.`, { url: [ 'The plan’s site limit is reached.' ] } );
}

/** Creates a site if the plan has room for it; otherwise the 402 that says how to make room. */
export async function createSiteWithinLimit( deps: SecretDeps, accountId: string, input: { name: string; url: string } ) {
	const allowance = await siteAllowance( deps, accountId );
	if ( allowance.used >= allowance.limit ) throw siteLimitReached( allowance );
	const created = await createSite( deps, accountId, input, allowance.limit );
	if ( ! created ) throw siteLimitReached( allowance );
	return created;
}

/** Suspends an active site (its jobs stop starting) or resumes a suspended one. */
export async function setSiteSuspended( { db }: { db: Database }, accountId: string, id: string, suspended: boolean ): Promise<Site> {
	const [ site ] = await db
		.update( sites )
		.set( { status: suspended ? 'suspended' : 'active', updatedAt: new Date() } )
		.where( and( eq( sites.id, id ), eq( sites.accountId, accountId ), eq( sites.status, suspended ? 'active' : 'suspended' ) ) )
		.returning();
	if ( site ) return site;
	const current = await getSiteForAccount( { db }, accountId, id ); // 404 for another account's site
	throw conflict( suspended ? `The site is ${ current.status }; only an active site can be suspended.` : `The site is ${ current.status }; only a suspended site can be resumed.` );
}

/** The site's page: the posts IGNY8 wrote there (newest first) and its last failed delivery. */
export async function siteDetail( { db }: { db: Database }, site: Site, postLimit = 50 ) {
	const [ posts, lastFailure ] = await Promise.all( [
		db.select().from( sitePosts ).where( eq( sitePosts.siteId, site.id ) ).orderBy( desc( sitePosts.postUpdatedAt ) ).limit( postLimit ),
		db
			.select( { at: jobs.lastDeliveryAt, error: jobs.lastDeliveryError, fn: jobs.function } )
			.from( jobs )
			.where( and( eq( jobs.siteId, site.id ), isNotNull( jobs.lastDeliveryError ), ne( jobs.lastDeliveryError, '' ) ) )
			.orderBy( desc( jobs.lastDeliveryAt ) )
			.limit( 1 ),
	] );
	return { posts, lastFailure: lastFailure[ 0 ] ?? null };
}
