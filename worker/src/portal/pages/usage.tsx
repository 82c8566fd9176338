/** @jsxImportSource hono/jsx */
/**
 * Usage: credits and tokens per day (SVG bar charts drawn here), the sites that used most and
 * per AI function, over 7, 30 or 90 days; the same figures for every site as CSV.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { usageReport } from '../../services/usage';
import { BarChart, dailySeries } from '../components/chart';
import { credits, functionName, jobs, num } from '../components/format';
import { noStore, renderPage, viewerOf } from '../render';
import { requireSession } from '../session';
import type { PortalEnv } from '../types';
import { csvField } from '../components/csv';

const RANGES = [ 7, 30, 90 ] as const;
/** The page lists the heaviest sites only (an agency may have hundreds); the CSV has every one. */
const TOP_SITES = 10;
const daysQuery = z.coerce.number().int().refine( ( value ) => ( RANGES as readonly number[] ).includes( value ) ).catch( 30 );

interface Figures {
	credits: number;
	tokens_in: number;
	tokens_out: number;
	jobs: number;
}

// Numbers align right by the table's class (.figures td), not a class on every cell: a 90-day table stays small.
function FiguresTable( props: { caption: string; head: string; rows: Array<Figures & { label: string }> } ) {
	return (
		<div class="scroll">
			<table class="figures">
				<caption>{ props.caption }</caption>
				<thead>
					<tr>
						<th scope="col">{ props.head }</th>
						<th scope="col" class="n">Credits</th>
						<th scope="col" class="n">Tokens in</th>
						<th scope="col" class="n">Tokens out</th>
						<th scope="col" class="n">Jobs</th>
					</tr>
				</thead>
				<tbody>
					{ props.rows.length === 0 ? (
						<tr>
							<td colspan={ 5 } class="muted">No usage in this period.</td>
						</tr>
					) : (
						props.rows.map( ( row ) => (
							<tr>
								<th scope="row">{ row.label }</th>
								<td>{ num( row.credits ) }</td>
								<td>{ num( row.tokens_in ) }</td>
								<td>{ num( row.tokens_out ) }</td>
								<td>{ num( row.jobs ) }</td>
							</tr>
						) )
					) }
				</tbody>
			</table>
		</div>
	);
}

export const usagePages = new Hono<PortalEnv>()
	// GET /portal/usage?days=30 — charts and tables
	.get( '/usage', requireSession, async ( c ) => {
		const days = daysQuery.parse( c.req.query( 'days' ) );
		const { user } = c.var.portal!;
		const [ report, viewer ] = await Promise.all( [ usageReport( { db: c.var.db }, { accountId: user.accountId }, days, Date.now(), { topSites: TOP_SITES } ), viewerOf( c ) ] );
		const siteCaption = report.site_count > report.per_site.length ? `The ${ report.per_site.length } sites that used most (of ${ report.site_count })` : 'Per site';
		return renderPage(
			c,
			{ title: 'Usage', viewer, current: '/portal/usage' },
			<>
				<nav aria-label="Period" class="pager">
					<span>
						{ RANGES.map( ( range ) => (
							<>
								<a href={ `/portal/usage?days=${ range }` } aria-current={ range === days ? 'true' : undefined }>
									{ range } days
								</a>{ ' ' }
							</>
						) ) }
					</span>
					<a href={ `/portal/usage.csv?days=${ days }` } download>
						Download CSV
					</a>
				</nav>
				<p>
					{ report.from } to { report.to }: <strong>{ credits( report.totals.credits ) }</strong>, { num( report.totals.tokens_in + report.totals.tokens_out ) } tokens, { jobs( report.totals.jobs ) }.
				</p>
				<div class="grid2">
					<BarChart id="credits" title="Credits per day" unit="credits" points={ dailySeries( report.from, report.to, report.per_day, ( row ) => row.credits ) } />
					<BarChart id="tokens" title="Tokens per day (in + out)" unit="tokens" points={ dailySeries( report.from, report.to, report.per_day, ( row ) => row.tokens_in + row.tokens_out ) } />
				</div>
				<FiguresTable caption={ siteCaption } head="Site" rows={ report.per_site.map( ( row ) => ( { ...row, label: row.site_name ?? row.site_id ?? '—' } ) ) } />
				{ report.site_count > report.per_site.length ? (
					<p>
						Every site's figures are in the <a href={ `/portal/usage.csv?days=${ days }` }>CSV for these { days } days</a>.
					</p>
				) : null }
				<FiguresTable caption="Per AI function" head="Function" rows={ report.per_function.map( ( row ) => ( { ...row, label: functionName( row.function ) } ) ) } />
				<FiguresTable caption="Per day" head="Date" rows={ report.per_day.map( ( row ) => ( { ...row, label: row.date ?? '—' } ) ) } />
			</>
		);
	} )
	// GET /portal/usage.csv?days=30 — the same figures, one row per day, site and function
	.get( '/usage.csv', requireSession, async ( c ) => {
		const days = daysQuery.parse( c.req.query( 'days' ) );
		const report = await usageReport( { db: c.var.db }, { accountId: c.var.portal!.user.accountId }, days );
		const lines = [ 'section,key,label,credits,tokens_in,tokens_out,jobs' ];
		const push = ( section: string, key: string | null, label: string | null, row: Figures ) =>
			lines.push( [ section, key, label, row.credits, row.tokens_in, row.tokens_out, row.jobs ].map( csvField ).join( ',' ) );
		for ( const row of report.per_day ) push( 'day', row.date, row.date, row );
		for ( const row of report.per_site ) push( 'site', row.site_id, row.site_name, row );
		for ( const row of report.per_function ) push( 'function', row.function, functionName( row.function ), row );
		push( 'total', null, `${ report.from } to ${ report.to }`, report.totals );
		noStore( c );
		return c.body( `${ lines.join( '\r\n' ) }\r\n`, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="igny8-usage-${ report.from }-${ report.to }.csv"` } );
	} );
