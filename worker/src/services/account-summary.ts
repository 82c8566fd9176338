/**
 * The portal overview's reads in one D1 round trip: the balance with its plan, and this period's
 * usage per site — its totals over every site, and the heaviest sites listed (the rest are on the
 * Sites page and in the usage CSV).
 */
import type { Database } from '../db/client';
import type { Account } from '../db/schema';
import { notFound } from '../lib/errors';
import { balanceOf } from './ledger';

interface SummaryRow {
	credits: number;
	allowance: number;
	topup: number;
	own: number | null;
	plan: number;
	status: Account[ 'status' ];
	status_reason: string | null;
	grace_until: number | null;
	plan_name: string;
	monthly_credits: number;
}

interface UsedRow {
	site_id: string | null;
	site_name: string | null;
	credits: number;
	jobs: number;
	tokens: number;
}

const SUMS = 'COALESCE(SUM(j.credits_charged), 0) AS credits, COUNT(*) AS jobs, COALESCE(SUM(j.tokens_in + j.tokens_out), 0) AS tokens';
// Answered from jobs_account_usage_idx alone.
const FINISHED = "FROM jobs j WHERE j.account_id = ?1 AND j.completed_at >= ?2 AND j.status IN ('completed', 'failed')";

/** Balance, plan and usage since `from` (ms), with at most `topSites` sites, most credits first. */
export async function accountSummary( { db }: { db: Database }, accountId: string, from: number, topSites: number ) {
	const d1 = db.$client;
	const [ account, perSite ] = await d1.batch( [
		d1
			.prepare(
				`SELECT a.credits, a.allowance_credits AS allowance, a.topup_credits AS topup, a.low_balance_threshold AS own, p.low_balance_threshold AS plan,
					a.status, a.status_reason, a.grace_until, p.name AS plan_name, p.monthly_credits
				 FROM accounts a JOIN plans p ON p.id = a.plan_id WHERE a.id = ?1`
			)
			.bind( accountId ),
		// A name per site, not per job: looked up after grouping.
		d1.prepare( `SELECT u.*, (SELECT name FROM sites WHERE id = u.site_id) AS site_name FROM (SELECT j.site_id, ${ SUMS } ${ FINISHED } GROUP BY j.site_id) u ORDER BY u.credits DESC, u.site_id` ).bind( accountId, from ),
	] );
	const row = account?.results[ 0 ] as SummaryRow | undefined;
	if ( ! row ) throw notFound( 'Account not found.' );
	const sites = ( perSite?.results ?? [] ) as UsedRow[];
	const top = sites.slice( 0, topSites );
	return {
		balance: balanceOf( { ...row, statusReason: row.status_reason, graceUntil: row.grace_until === null ? null : new Date( row.grace_until ) } ),
		plan: { name: row.plan_name, monthly_credits: row.monthly_credits },
		used: { credits: sites.reduce( ( sum, site ) => sum + site.credits, 0 ), jobs: sites.reduce( ( sum, site ) => sum + site.jobs, 0 ), sites: sites.length },
		per_site: top.map( ( site ) => ( { site_id: site.site_id, site_name: site.site_name, credits: site.credits, jobs: site.jobs, tokens: site.tokens } ) ),
	};
}
