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
	key: string | number | null;
	label?: string | null;
	credits: number;
	tokens_in: number;
	tokens_out: number;
	jobs: number;
}

/** Sums over finished jobs; every read below is answered from jobs_account_usage_idx alone (no table rows). */
const SUMS = 'COALESCE(SUM(j.credits_charged), 0) AS credits, COALESCE(SUM(j.tokens_in), 0) AS tokens_in, COALESCE(SUM(j.tokens_out), 0) AS tokens_out, COUNT(*) AS jobs';
const dateOf = ( day: number ) => new Date( day * DAY_MS ).toISOString().slice( 0, 10 );

type Figures = { credits: number; tokens_in: number; tokens_out: number; jobs: number };

const figuresOf = ( row: Figures ): Figures => ( { credits: row.credits, tokens_in: row.tokens_in, tokens_out: row.tokens_out, jobs: row.jobs } );
const add = ( sum: Figures, row: Figures ): Figures => ( { credits: sum.credits + row.credits, tokens_in: sum.tokens_in + row.tokens_in, tokens_out: sum.tokens_out + row.tokens_out, jobs: sum.jobs + row.jobs } );
const ZERO: Figures = { credits: 0, tokens_in: 0, tokens_out: 0, jobs: 0 };

/** Sums rows into groups by `keyOf`, in first-seen order. */
function groupSums<T extends Figures>( rows: T[], keyOf: ( row: T ) => string ): Map<string, Figures> {
	const groups = new Map<string, Figures>();
	for ( const row of rows ) groups.set( keyOf( row ), add( groups.get( keyOf( row ) ) ?? ZERO, row ) );
	return groups;
}

/**
 * Usage over the last `days` days (UTC dates), grouped three ways, plus totals and how many sites
 * used credits. With `topSites`, only that many sites (most credits first) are listed: the page shows
 * the heaviest, the CSV and the API every site. One D1 statement of two grouped reads (each finished job
 * is summed twice, not four times): per day and function (at most days × functions rows, whatever the
 * number of sites), and per site; the totals are the sum of the sites.
 */
export async function usageReport( { db }: { db: Database }, scope: Scope, days: number, now = Date.now(), options: { topSites?: number } = {} ) {
	const from = Math.floor( now / DAY_MS ) * DAY_MS - ( days - 1 ) * DAY_MS;
	const d1 = db.$client;
	const siteFilter = scope.siteId ? 'AND j.site_id = ?3' : '';
	const params = scope.siteId ? [ scope.accountId, from, scope.siteId ] : [ scope.accountId, from ];
	const base = `FROM jobs j WHERE j.account_id = ?1 AND j.completed_at >= ?2 AND j.status IN ('completed', 'failed') ${ siteFilter }`;
	// One statement (each one D1 runs costs more than its rows): the day × function cells, then the sites (kind 's').
	const { results } = await d1
		.prepare(
			`SELECT 'c' AS kind, j.completed_at / ${ DAY_MS } AS key, j.function AS fn, NULL AS label, ${ SUMS } ${ base } GROUP BY key, j.function
			 UNION ALL
			 SELECT 's', u.key, NULL, (SELECT name FROM sites WHERE id = u.key), u.credits, u.tokens_in, u.tokens_out, u.jobs FROM (SELECT j.site_id AS key, ${ SUMS } ${ base } GROUP BY j.site_id) u`
		)
		.bind( ...params )
		.all<UsageRow & { kind: 'c' | 's'; fn: string }>();
	const cells = results.filter( ( row ) => row.kind === 'c' );
	const sites = results.filter( ( row ) => row.kind === 's' ).sort( ( a, b ) => b.credits - a.credits || String( a.key ).localeCompare( String( b.key ) ) );
	const perDay = [ ...groupSums( cells, ( row ) => String( row.key ) ) ].sort( ( a, b ) => Number( a[ 0 ] ) - Number( b[ 0 ] ) );
	const perFunction = [ ...groupSums( cells, ( row ) => row.fn ) ].sort( ( a, b ) => b[ 1 ].credits - a[ 1 ].credits || a[ 0 ].localeCompare( b[ 0 ] ) );
	const listed = options.topSites ? sites.slice( 0, Math.max( 1, Math.floor( options.topSites ) ) ) : sites;
	return {
		from: new Date( from ).toISOString().slice( 0, 10 ),
		to: new Date( now ).toISOString().slice( 0, 10 ),
		totals: sites.reduce<Figures>( add, ZERO ),
		/** Sites with usage in the period (per_site may list fewer, with `topSites`). */
		site_count: sites.length,
		per_day: perDay.map( ( [ day, row ] ) => ( { date: dateOf( Number( day ) ), ...row } ) ),
		per_site: listed.map( ( row ) => ( { site_id: row.key === null ? null : String( row.key ), site_name: row.label ?? null, ...figuresOf( row ) } ) ),
		per_function: perFunction.map( ( [ fn, row ] ) => ( { function: fn, ...row } ) ),
	};
}
