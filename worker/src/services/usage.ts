/**
 * Billing reads: the ledger as transactions (seed pagination) and usage — credits and
 * tokens per day, per site and per AI function, from finished jobs (credits_charged is
 * what the ledger kept at settle). A site sees only its own rows; a user the account's.
 */
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { creditLedger, type LedgerEntry } from '../db/schema';
import type { Scope } from '../middleware/auth';

const DAY_MS = 24 * 3600 * 1000;

const bucketOf = ( entry: Pick<LedgerEntry, 'allowanceAmount' | 'topupAmount'> ) =>
	entry.allowanceAmount !== 0 && entry.topupAmount !== 0 ? 'allowance+topup' : entry.topupAmount !== 0 ? 'topup' : 'allowance';

/** A ledger entry as the API shows it, naming the bucket it moved. */
export const serializeEntry = ( entry: LedgerEntry ) => ( {
	id: entry.id,
	kind: entry.kind,
	amount: entry.amount,
	bucket: bucketOf( entry ),
	allowance_amount: entry.allowanceAmount,
	topup_amount: entry.topupAmount,
	balance_after: entry.balanceAfter,
	site_id: entry.siteId,
	job_id: entry.jobId,
	payment_id: entry.paymentId,
	reason: entry.reason,
	created_at: entry.createdAt.toISOString(),
} );

export async function listTransactions( { db }: { db: Database }, scope: Scope, filters: { kind?: LedgerEntry[ 'kind' ] | undefined }, page: number, pageSize: number ) {
	const conditions: SQL[] = [ eq( creditLedger.accountId, scope.accountId ) ];
	if ( scope.siteId ) conditions.push( eq( creditLedger.siteId, scope.siteId ) );
	if ( filters.kind ) conditions.push( eq( creditLedger.kind, filters.kind ) );
	const where = and( ...conditions );
	const [ total, rows ] = await db.batch( [
		db.select( { n: count() } ).from( creditLedger ).where( where ),
		db.select().from( creditLedger ).where( where ).orderBy( desc( creditLedger.createdAt ), desc( sql`rowid` ) ).limit( pageSize ).offset( ( page - 1 ) * pageSize ),
	] );
	return { count: total[ 0 ]?.n ?? 0, results: rows.map( serializeEntry ) };
}

interface UsageRow {
	key: string | null;
	label?: string | null;
	credits: number;
	tokens_in: number;
	tokens_out: number;
	jobs: number;
}

/** Usage over the last `days` days (UTC dates), grouped three ways, plus totals. */
export async function usageReport( { db }: { db: Database }, scope: Scope, days: number, now = Date.now() ) {
	const from = Math.floor( now / DAY_MS ) * DAY_MS - ( days - 1 ) * DAY_MS;
	const d1 = db.$client;
	const siteFilter = scope.siteId ? 'AND j.site_id = ?3' : '';
	const params = scope.siteId ? [ scope.accountId, from, scope.siteId ] : [ scope.accountId, from ];
	const sums = 'COALESCE(SUM(j.credits_charged), 0) AS credits, COALESCE(SUM(j.tokens_in), 0) AS tokens_in, COALESCE(SUM(j.tokens_out), 0) AS tokens_out, COUNT(*) AS jobs';
	const base = `FROM jobs j WHERE j.account_id = ?1 AND j.completed_at >= ?2 AND j.status IN ('completed', 'failed') ${ siteFilter }`;
	const [ perDay, perSite, perFunction, totals ] = await d1.batch<UsageRow>( [
		d1.prepare( `SELECT date(j.completed_at / 1000, 'unixepoch') AS key, ${ sums } ${ base } GROUP BY key ORDER BY key` ).bind( ...params ),
		d1.prepare( `SELECT j.site_id AS key, (SELECT name FROM sites WHERE id = j.site_id) AS label, ${ sums } ${ base } GROUP BY j.site_id ORDER BY credits DESC` ).bind( ...params ),
		d1.prepare( `SELECT j.function AS key, ${ sums } ${ base } GROUP BY j.function ORDER BY credits DESC` ).bind( ...params ),
		d1.prepare( `SELECT NULL AS key, ${ sums } ${ base }` ).bind( ...params ),
	] );
	const figures = ( row: UsageRow ) => ( { credits: row.credits, tokens_in: row.tokens_in, tokens_out: row.tokens_out, jobs: row.jobs } );
	return {
		from: new Date( from ).toISOString().slice( 0, 10 ),
		to: new Date( now ).toISOString().slice( 0, 10 ),
		totals: figures( totals?.results[ 0 ] ?? { key: null, credits: 0, tokens_in: 0, tokens_out: 0, jobs: 0 } ),
		per_day: ( perDay?.results ?? [] ).map( ( row ) => ( { date: row.key, ...figures( row ) } ) ),
		per_site: ( perSite?.results ?? [] ).map( ( row ) => ( { site_id: row.key, site_name: row.label ?? null, ...figures( row ) } ) ),
		per_function: ( perFunction?.results ?? [] ).map( ( row ) => ( { function: row.key, ...figures( row ) } ) ),
	};
}
