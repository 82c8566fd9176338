/** @jsxImportSource hono/jsx */
/** GET /portal/overview — balance, plan, credits used this month and usage per site. */
import { Hono } from 'hono';
import { getBalance } from '../../services/ledger';
import { usageReport } from '../../services/usage';
import { describeMe } from '../../services/users';
import { Notice } from '../components/forms';
import { num } from '../components/format';
import { daysThisMonth } from '../month';
import { renderPage, viewerOf } from '../render';
import { requireSession } from '../session';
import type { PortalEnv } from '../types';

export const overviewPages = new Hono<PortalEnv>()
	// GET /portal/overview — the account at a glance
	.get( '/overview', requireSession, async ( c ) => {
		const { user } = c.var.portal!;
		const db = c.var.db;
		const [ balance, me, month, viewer ] = await Promise.all( [ getBalance( { db }, user.accountId ), describeMe( { db }, user.id, user.accountId ), usageReport( { db }, { accountId: user.accountId }, daysThisMonth() ), viewerOf( c ) ] );
		const plan = me.account.plan;
		return renderPage(
			c,
			{ title: 'Overview', viewer, current: '/portal/overview' },
			<>
				{ balance.warning ? <Notice kind="warning">{ balance.warning } <a href="/portal/billing">Buy credits</a></Notice> : null }
				<section class="cards" aria-label="Summary">
					<div class="card">
						<span>Balance</span>
						<b>{ num( balance.credits ) } credits</b>
						<span>
							{ num( balance.allowance_credits ) } monthly allowance · { num( balance.topup_credits ) } top-up
						</span>
					</div>
					<div class="card">
						<span>Plan</span>
						<b>{ plan.name }</b>
						<span>{ plan.monthly_credits ? `${ num( plan.monthly_credits ) } credits each month` : 'No monthly allowance' }</span>
					</div>
					<div class="card">
						<span>Used this month</span>
						<b>{ num( month.totals.credits ) } credits</b>
						<span>
							{ num( month.totals.jobs ) } jobs since { month.from }
						</span>
					</div>
				</section>
				<h2>Usage per site this month</h2>
				{ month.per_site.length === 0 ? (
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
								{ month.per_site.map( ( row ) => (
									<tr>
										<td>{ row.site_name ?? row.site_id }</td>
										<td class="n">{ num( row.credits ) }</td>
										<td class="n">{ num( row.jobs ) }</td>
										<td class="n">{ num( row.tokens_in + row.tokens_out ) }</td>
									</tr>
								) ) }
							</tbody>
						</table>
					</div>
				) }
			</>
		);
	} );
