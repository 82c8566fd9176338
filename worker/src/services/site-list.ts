/**
 * The portal's Sites list, one page at a time, in one D1 round trip: the page of sites (newest first),
 * how many there are (all, and live ones against the plan's limit) and the page's usage this period.
 */
import { and, count, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, jobs, plans, sites, type Site } from '../db/schema';
import { ApiError } from '../lib/errors';
import { siteLimitOf } from './site-controls';

/** The columns a list row shows (not the key hash, the secrets or the reported structure, which can be large). */
const listColumns = {
	id: sites.id,
	name: sites.name,
	url: sites.url,
	status: sites.status,
	apiKeyPrefix: sites.apiKeyPrefix,
	lastSeenAt: sites.lastSeenAt,
	metadata: sites.metadata,
	deliveryUrl: sites.deliveryUrl,
	deliveryFailures: sites.deliveryFailures,
	deliveryPausedAt: sites.deliveryPausedAt,
	// How the site pays for its model: the last four characters of its own provider key, NULL on IGNY8 credits.
	providerLast4: sql<string | null>`(SELECT key_last4 FROM site_providers WHERE site_providers.site_id = ${ sites.id })`,
};

export type ListedSiteRow = Pick<Site, Exclude<keyof typeof listColumns, 'providerLast4'>> & { providerLast4: string | null };

/** Page `page` (from 1) of the account's sites, with each one's jobs and credits since `from` (ms). */
export async function siteListPage( { db }: { db: Database }, accountId: string, page: number, pageSize: number, from: number ) {
	const mine = eq( sites.accountId, accountId );
	const newestFirst = [ desc( sites.createdAt ), desc( sites.id ) ] as const;
	const offset = ( page - 1 ) * pageSize;
	const pageIds = db.select( { id: sites.id } ).from( sites ).where( mine ).orderBy( ...newestFirst ).limit( pageSize ).offset( offset );
	// Three statements (each one D1 runs costs more than its rows): the page, the plan with the counts, the usage.
	const [ list, plan, usage ] = await db.batch( [
		db.select( listColumns ).from( sites ).where( mine ).orderBy( ...newestFirst ).limit( pageSize ).offset( offset ),
		db
			.select( {
				name: plans.name,
				slug: plans.slug,
				all: sql<number>`(SELECT COUNT(*) FROM sites WHERE account_id = ${ accountId })`,
				live: sql<number>`(SELECT COUNT(*) FROM sites WHERE account_id = ${ accountId } AND status <> 'revoked')`,
			} )
			.from( accounts )
			.innerJoin( plans, eq( plans.id, accounts.planId ) )
			.where( eq( accounts.id, accountId ) ),
		db
			.select( { siteId: jobs.siteId, credits: sql<number>`COALESCE(SUM(${ jobs.creditsCharged }), 0)`, jobs: count() } )
			.from( jobs )
			.where( and( eq( jobs.accountId, accountId ), gte( jobs.completedAt, new Date( from ) ), inArray( jobs.status, [ 'completed', 'failed' ] ), inArray( jobs.siteId, pageIds ) ) )
			.groupBy( jobs.siteId ),
	] );
	const [ planRow ] = plan;
	if ( ! planRow ) throw new ApiError( 404, 'Account not found.' );
	return {
		sites: list,
		count: Number( planRow.all ),
		allowance: { plan: planRow.name, limit: siteLimitOf( planRow.slug ), used: Number( planRow.live ) },
		usage: new Map( usage.map( ( row ) => [ row.siteId, { credits: Number( row.credits ), jobs: row.jobs } ] ) ),
	};
}
