/** @jsxImportSource hono/jsx */
/** GET /portal/overview — balance, plan, credits used this month and the sites that used most. */
import { Hono } from 'hono';
import { periodStart } from '../../lib/period';
import { accountSummary } from '../../services/account-summary';
import { Notice } from '../components/forms';
import { balanceBreakdown, credits, jobs, num } from '../components/format';
import { renderPage, viewerOf } from '../render';
import { requireSession } from '../session';
import type { PortalEnv } from '../types';

/** The overview lists the heaviest sites; every site's figures are on the Sites and Usage pages. */
const TOP_SITES = 10;

export const overviewPages = new Hono<PortalEnv>()
	// GET /portal/overview — the account at a glance
	.get( '/overview', requireSession, async ( c ) => {
		const { user } = c.var.portal!;
		const from = periodStart( Date.now() );
		const [ { balance, plan, used, per_site: perSite }, viewer ] = await Promise.all( [ accountSummary( { db: c.var.db }, user.accountId, from, TOP_SITES ), viewerOf( c ) ] );
		const since = new Date( from ).toISOString().slice( 0, 10 );
		return renderPage(
			c,
			{ title: 'Overview', viewer, current: '/portal/overview' },
			<>
				{ balance.warning ? <Notice kind="warning">{ balance.warning } <a href="/portal/billing">Buy credits</a></Notice> : null }
				<section class="cards" aria-label="Summary">
					<div class="card">
						<span>Balance</span>
						<b>{ credits( balance.credits ) }</b>
						<span>{ balanceBreakdown( balance, plan.monthly_credits ) }</span>
					</div>
					<div class="card">
						<span>Plan</span>
						<b>{ plan.name }</b>
						<span>{ plan.monthly_credits ? `${ credits( plan.monthly_credits ) } each month` : 'No monthly allowance' }</span>
					</div>
					<div class="card">
						<span>Used this month</span>
						<b>{ credits( used.credits ) }</b>
						<span>
							{ jobs( used.jobs ) } since { since }
						</span>
					</div>
				</section>
				<h2>{ used.sites > perSite.length ? `The ${ perSite.length } sites that used most this month` : 'Usage per site this month' }</h2>
				{ perSite.length === 0 ? (
					<p class="muted">
						No jobs yet this month. <a href="/portal/sites">Add a site</a> and connect its WordPress to start.
					</p>
				) : (
					<div class="scroll">
						<table>
							<thead>
								<tr>
									<th scope="col">Site</th>
									<th scope="col" class="n">Credits</th>
									<th scope="col" class="n">Jobs</th>
									<th scope="col" class="n">Tokens</th>
								</tr>
							</thead>
							<tbody>
								{ perSite.map( ( row ) => (
									<tr>
										<td>{ row.site_name ?? row.site_id }</td>
										<td class="n">{ num( row.credits ) }</td>
										<td class="n">{ num( row.jobs ) }</td>
										<td class="n">{ num( row.tokens ) }</td>
									</tr>
								) ) }
							</tbody>
						</table>
						{ used.sites > perSite.length ? (
							<p>
								{ num( used.sites ) } sites used credits this month: <a href="/portal/sites">see each site on the Sites page</a>.
							</p>
						) : null }
					</div>
				) }
			</>
		);
	} );
