/** @jsxImportSource hono/jsx */
/** GET /portal/transactions?page=N — the credit ledger, newest first, 25 a page; and all of it as CSV. */
import { Hono } from 'hono';
import * as z from 'zod';
import { listSites } from '../../services/sites';
import { listTransactions } from '../../services/usage';
import { csvFile } from '../components/csv';
import { num, when } from '../components/format';
import { Pager } from '../components/pager';
import { renderPage, viewerOf } from '../render';
import { requireSession } from '../session';
import type { PortalEnv } from '../types';

const PAGE_SIZE = 25;
/** The CSV reads the ledger in pages of this many rows, up to EXPORT_MAX (a year of a busy agency). */
const EXPORT_PAGE = 5_000;
const EXPORT_MAX = 500_000;
const pageParam = z.coerce.number().int().min( 1 ).max( 100_000 ).catch( 1 );

export const transactionPages = new Hono<PortalEnv>()
	// GET /portal/transactions.csv — every ledger entry, newest first
	.get( '/transactions.csv', requireSession, async ( c ) => {
		const accountId = c.var.portal!.user.accountId;
		const db = c.var.db;
		const sites = new Map( ( await listSites( { db }, accountId ) ).map( ( site ) => [ site.id, site.name ] ) );
		const rows: Array<Array<string | number | null>> = [];
		for ( let page = 1; rows.length < EXPORT_MAX; page++ ) {
			const { results } = await listTransactions( { db }, { accountId }, {}, page, EXPORT_PAGE );
			for ( const entry of results ) {
				rows.push( [ entry.created_at, entry.kind, entry.amount, entry.allowance_amount, entry.topup_amount, entry.balance_after, entry.site_id ? sites.get( entry.site_id ) ?? entry.site_id : null, entry.job_id, entry.payment_id, entry.reason ] );
			}
			if ( results.length < EXPORT_PAGE ) break;
		}
		c.header( 'Cache-Control', 'no-store' );
		const header = [ 'created_at', 'kind', 'credits', 'allowance_credits', 'topup_credits', 'balance_after', 'site', 'job_id', 'payment_id', 'description' ];
		return c.body( csvFile( header, rows ), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="igny8-transactions-${ new Date().toISOString().slice( 0, 10 ) }.csv"` } );
	} )
	// GET /portal/transactions — the ledger
	.get( '/transactions', requireSession, async ( c ) => {
		const page = pageParam.parse( c.req.query( 'page' ) ?? 1 );
		const accountId = c.var.portal!.user.accountId;
		const db = c.var.db;
		const [ ledger, sites, viewer ] = await Promise.all( [ listTransactions( { db }, { accountId }, {}, page, PAGE_SIZE ), listSites( { db }, accountId ), viewerOf( c ) ] );
		const siteNames = new Map( sites.map( ( site ) => [ site.id, site.name ] ) );
		return renderPage(
			c,
			{ title: 'Transactions', viewer, current: '/portal/transactions' },
			<>
				<p>
					<a href="/portal/transactions.csv" download>
						Download CSV
					</a>{ ' ' }
					<small class="muted">(every entry, for your bookkeeping)</small>
				</p>
				<div class="scroll">
					<table>
						<caption>Credit ledger</caption>
						<thead>
							<tr>
								<th scope="col">When</th>
								<th scope="col">Kind</th>
								<th scope="col" class="n">Credits</th>
								<th scope="col">Bucket</th>
								<th scope="col" class="n">Balance after</th>
								<th scope="col">Site</th>
								<th scope="col">Description</th>
							</tr>
						</thead>
						<tbody>
							{ ledger.results.length === 0 ? (
								<tr>
									<td colspan={ 7 } class="muted">No transactions on this page.</td>
								</tr>
							) : (
								ledger.results.map( ( entry ) => (
									<tr>
										<td>{ when( entry.created_at ) }</td>
										<td>{ entry.kind }</td>
										<td class="n">{ entry.amount > 0 ? `+${ num( entry.amount ) }` : num( entry.amount ) }</td>
										<td>{ entry.bucket }</td>
										<td class="n">{ num( entry.balance_after ) }</td>
										<td>{ entry.site_id ? siteNames.get( entry.site_id ) ?? '—' : '—' }</td>
										<td>{ entry.reason }</td>
									</tr>
								) )
							) }
						</tbody>
					</table>
				</div>
				<Pager base="/portal/transactions" page={ page } pageSize={ PAGE_SIZE } count={ ledger.count } />
			</>
		);
	} );
