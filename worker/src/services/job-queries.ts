/** Job lists for the caller's scope (a site: its own; a user: the account's), filtered and paginated. */
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { jobs, type JobStatus } from '../db/schema';
import type { Scope } from '../middleware/auth';
import { serializeJob } from './jobs';

export interface JobFilters {
	status?: JobStatus | undefined;
	function?: string | undefined;
	site?: string | undefined;
}

/** One page of jobs, newest first, without results (fetch one job for its result). */
export async function listJobs( { db }: { db: Database }, scope: Scope, filters: JobFilters, page: number, pageSize: number ) {
	const conditions: SQL[] = [ eq( jobs.accountId, scope.accountId ) ];
	const siteId = scope.siteId ?? filters.site;
	if ( siteId ) conditions.push( eq( jobs.siteId, siteId ) );
	if ( filters.status ) conditions.push( eq( jobs.status, filters.status ) );
	if ( filters.function ) conditions.push( eq( jobs.function, filters.function ) );
	const where = and( ...conditions );
	// One round trip for the count and the page.
	const [ total, rows ] = await db.batch( [
		db.select( { n: count() } ).from( jobs ).where( where ),
		db.select().from( jobs ).where( where ).orderBy( desc( jobs.createdAt ), desc( jobs.id ) ).limit( pageSize ).offset( ( page - 1 ) * pageSize ),
	] );
	return { count: total[ 0 ]?.n ?? 0, results: rows.map( ( job ) => ( { ...serializeJob( job ), result: null } ) ) };
}
