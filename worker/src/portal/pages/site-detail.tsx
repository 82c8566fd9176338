/** @jsxImportSource hono/jsx */
/**
 * One site: its usage this month against its cap, last contact, delivery health and the posts IGNY8
 * wrote there (site_posts, as WordPress reports them); renaming it and — owners only, it is money —
 * its monthly credit cap; suspending and resuming it. Owners and admins change; viewers read.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import * as z from 'zod';
import type { Site } from '../../db/schema';
import { conflict, forbidden } from '../../lib/errors';
import { fieldErrors } from '../../lib/validate';
import { cancelJob, getJobInScope, isOpen, openJobsOfSite } from '../../services/jobs';
import { setSiteSuspended, siteDetail } from '../../services/site-controls';
import { deliveryState, getSiteForAccount, siteUsageThisMonth, updateSite } from '../../services/sites';
import { ActionForm, CsrfField, Field, Notice, type FormErrors } from '../components/forms';
import { num, when } from '../components/format';
import { verifyCsrf } from '../csrf';
import { formOf, renderPage, viewerOf } from '../render';
import { requireRole, requireSession } from '../session';
import type { PortalEnv } from '../types';

const settingsForm = z.object( {
	name: z.string().trim().min( 1, 'A site name is required.' ).max( 200, 'At most 200 characters.' ),
	monthly_credit_cap: z
		.string()
		.trim()
		.regex( /^\d{0,9}$/, 'Enter a whole number of credits, or leave it empty for no cap.' )
		.optional(),
} );

const safeLink = ( url: string | null ) => ( url && /^https?:\/\//i.test( url ) ? url : null );
const meta = ( site: Site, key: string ) => ( typeof site.metadata?.[ key ] === 'string' ? ( site.metadata[ key ] as string ) : '—' );

function deliveryHealth( site: Site ): string {
	const state = deliveryState( site );
	if ( state.mode === 'paused' ) return `Paused after ${ num( state.consecutive_failures ) } failed pushes in a row (since ${ when( site.deliveryPausedAt ) }); WordPress pulls results until its Test connection succeeds.`;
	if ( state.mode === 'pull' ) return 'Pull only: WordPress fetches results on its schedule (no delivery address reported yet).';
	return state.consecutive_failures > 0 ? `Push, with ${ num( state.consecutive_failures ) } failed attempts in a row.` : 'Push: results are delivered as they finish.';
}

interface SiteExtras {
	values?: Record<string, string>;
	errors?: FormErrors;
	notice?: { kind: 'success' | 'error'; text: string };
	status?: 200 | 400;
}

async function sitePage( c: Context<PortalEnv>, extra: SiteExtras = {} ) {
	const { user } = c.var.portal!;
	const db = c.var.db;
	const site = await getSiteForAccount( { db }, user.accountId, c.req.param( 'id' ) ?? '' );
	const [ used, detail, viewer, running ] = await Promise.all( [ siteUsageThisMonth( { db }, site.id ), siteDetail( { db }, site ), viewerOf( c ), openJobsOfSite( { db }, site.id ) ] );
	const manage = viewer.role === 'owner' || viewer.role === 'admin';
	const values = extra.values ?? { name: site.name, monthly_credit_cap: site.monthlyCreditCap === null ? '' : String( site.monthlyCreditCap ) };
	return renderPage(
		c,
		{ title: site.name, viewer, current: '/portal/sites', status: extra.status ?? 200 },
		<>
			<p>
				<a href="/portal/sites">All sites</a>
			</p>
			{ extra.notice ? <Notice kind={ extra.notice.kind }>{ extra.notice.text }</Notice> : null }
			{ site.status === 'suspended' ? <Notice kind="warning">This site is suspended: it starts no AI jobs until it is resumed.</Notice> : null }
			<div class="scroll">
				<table>
					<caption>Site</caption>
					<tbody>
						<tr><th scope="row">Address</th><td>{ site.url }</td></tr>
						<tr><th scope="row">Status</th><td id="site-status">{ site.status }</td></tr>
						<tr><th scope="row">Credits this month</th><td id="site-usage">{ site.monthlyCreditCap === null ? `${ num( used ) } (no cap)` : `${ num( used ) } of ${ num( site.monthlyCreditCap ) } allowed` }</td></tr>
						<tr><th scope="row">Last contact</th><td>{ site.lastSeenAt ? `${ when( site.lastSeenAt ) } · plugin ${ meta( site, 'plugin_version' ) } · WordPress ${ meta( site, 'wp_version' ) }` : 'Never: the plugin has not connected yet.' }</td></tr>
						<tr><th scope="row">Delivery</th><td id="site-delivery">{ deliveryHealth( site ) }{ detail.lastFailure ? ` Last failed delivery ${ when( detail.lastFailure.at ) } (${ detail.lastFailure.fn }): ${ detail.lastFailure.error }` : '' }</td></tr>
						<tr><th scope="row">Key</th><td><code>{ site.apiKeyPrefix }…</code>{ site.keyRotatedAt ? ` · rotated ${ when( site.keyRotatedAt ) }` : '' }</td></tr>
					</tbody>
				</table>
			</div>
			{ manage && site.status !== 'revoked' ? (
				<div class="grid2">
					<form method="post" action={ `/portal/sites/${ site.id }/settings` } class="panel">
						<h2>Settings</h2>
						<CsrfField token={ viewer.csrf } />
						<Field name="name" label="Site name" value={ values.name ?? '' } errors={ extra.errors } />
						{ viewer.role === 'owner' ? (
							<Field name="monthly_credit_cap" label="Monthly credit cap" type="number" required={ false } value={ values.monthly_credit_cap ?? '' } errors={ extra.errors } hint="Most credits this site may use per calendar month (UTC); empty for no cap." />
						) : (
							<p class="muted">Only the account owner can set this site’s monthly credit cap.</p>
						) }
						<button type="submit">Save</button>
					</form>
					<div class="panel">
						<h2>Control</h2>
						{ site.status === 'active' ? <ActionForm action={ `/portal/sites/${ site.id }/suspend` } token={ viewer.csrf } label="Suspend site" danger confirm={ `Suspend ${ site.name }? It starts no AI jobs until resumed.` } /> : null }
						{ site.status === 'suspended' ? <ActionForm action={ `/portal/sites/${ site.id }/resume` } token={ viewer.csrf } label="Resume site" /> : null }
						{ site.status === 'active' ? <ActionForm action={ `/portal/sites/${ site.id }/rotate` } token={ viewer.csrf } label="Rotate key" confirm={ `Rotate the key of ${ site.name }? The current key stops working at once.` } /> : null }
						<ActionForm action={ `/portal/sites/${ site.id }/revoke` } token={ viewer.csrf } label="Revoke" danger confirm={ `Revoke ${ site.name }? Its key stops working for good.` } />
					</div>
				</div>
			) : null }
			<h2>Jobs running now</h2>
			{ running.length === 0 ? (
				<p class="muted" id="site-running-jobs">No job is queued or running for this site.</p>
			) : (
				<div class="scroll">
					<table id="site-running-jobs">
						<caption>Queued and running jobs on { site.name }</caption>
						<thead>
							<tr>
								<th scope="col">Function</th>
								<th scope="col">Status</th>
								<th scope="col">Progress</th>
								<th scope="col">Credits reserved</th>
								<th scope="col">Started</th>
								{ manage ? <th scope="col">Action</th> : null }
							</tr>
						</thead>
						<tbody>
							{ running.map( ( job ) => (
								<tr>
									<td>{ job.function }</td>
									<td>{ job.status }</td>
									<td>{ `${ num( job.progress ) }%${ job.step ? ` · ${ job.step }` : '' }` }</td>
									<td>{ num( job.creditsReserved ) }</td>
									<td>{ when( job.createdAt ) }</td>
									{ manage ? (
										<td>
											<ActionForm action={ `/portal/sites/${ site.id }/jobs/${ job.id }/cancel` } token={ viewer.csrf } label="Cancel and refund" danger confirm={ `Cancel this ${ job.function } job? Its ${ num( job.creditsReserved ) } reserved credits come back.` } />
										</td>
									) : null }
								</tr>
							) ) }
						</tbody>
					</table>
				</div>
			) }
			<h2>Posts IGNY8 wrote</h2>
			{ detail.posts.length === 0 ? (
				<p class="muted">None reported yet. WordPress reports each post IGNY8 drafted, and its status, as it changes.</p>
			) : (
				<div class="scroll">
					<table>
						<caption>Posts on { site.name }</caption>
						<thead>
							<tr>
								<th scope="col">Post</th>
								<th scope="col">Status</th>
								<th scope="col">Writer task</th>
								<th scope="col">Updated</th>
							</tr>
						</thead>
						<tbody>
							{ detail.posts.map( ( post ) => (
								<tr>
									<td>{ safeLink( post.url ) ? <a href={ safeLink( post.url )! }>{ post.url }</a> : `Post #${ post.postId }` }</td>
									<td>{ post.status }</td>
									<td>{ post.taskId === null ? '—' : `#${ post.taskId }` }</td>
									<td>{ when( post.postUpdatedAt ) }</td>
								</tr>
							) ) }
						</tbody>
					</table>
				</div>
			) }
		</>
	);
}

const manage = [ requireSession, verifyCsrf, requireRole( 'owner', 'admin' ) ] as const;

export const siteDetailPages = new Hono<PortalEnv>()
	// GET /portal/sites/{id} — the site's usage, contact, delivery health and posts
	.get( '/sites/:id', requireSession, ( c ) => sitePage( c ) )
	// POST /portal/sites/{id}/settings — rename; the monthly cap is the owner's (money)
	.post( '/sites/:id/settings', ...manage, async ( c ) => {
		const form = await formOf( c );
		const parsed = settingsForm.safeParse( form );
		if ( ! parsed.success ) return sitePage( c, { values: form, errors: fieldErrors( parsed.error ), notice: { kind: 'error', text: 'The site was not changed. Check the highlighted fields.' }, status: 400 } );
		const role = c.var.portal!.user.role;
		const cap = parsed.data.monthly_credit_cap;
		if ( cap !== undefined && role !== 'owner' ) throw forbidden( 'Only the account owner can set a site’s monthly credit cap.' );
		await updateSite( { db: c.var.db }, c.var.portal!.user.accountId, c.req.param( 'id' ), { name: parsed.data.name, ...( cap !== undefined ? { monthly_credit_cap: cap === '' ? null : Number( cap ) } : {} ) } );
		return sitePage( c, { notice: { kind: 'success', text: 'Site saved.' } } );
	} )
	// POST /portal/sites/{id}/suspend — the site starts no job until resumed
	.post( '/sites/:id/suspend', ...manage, async ( c ) => {
		await setSiteSuspended( { db: c.var.db }, c.var.portal!.user.accountId, c.req.param( 'id' ), true );
		return c.redirect( `/portal/sites/${ encodeURIComponent( c.req.param( 'id' ) ) }`, 303 );
	} )
	// POST /portal/sites/{id}/jobs/{job}/cancel — a queued or running job stops; its reservation is refunded
	.post( '/sites/:id/jobs/:job/cancel', ...manage, async ( c ) => {
		const { user } = c.var.portal!;
		const db = c.var.db;
		const site = await getSiteForAccount( { db }, user.accountId, c.req.param( 'id' ) );
		const job = await getJobInScope( { db }, { accountId: user.accountId, siteId: site.id }, c.req.param( 'job' ) );
		if ( ! isOpen( job ) || ! ( await cancelJob( { db }, job, `a user (${ user.role })` ) ) ) throw conflict( 'This job had already finished: only queued or running jobs can be cancelled.' );
		return sitePage( c, { notice: { kind: 'success', text: `The ${ job.function } job was cancelled and its ${ num( job.creditsReserved ) } reserved credits were refunded.` } } );
	} )
	// POST /portal/sites/{id}/resume
	.post( '/sites/:id/resume', ...manage, async ( c ) => {
		await setSiteSuspended( { db: c.var.db }, c.var.portal!.user.accountId, c.req.param( 'id' ), false );
		return c.redirect( `/portal/sites/${ encodeURIComponent( c.req.param( 'id' ) ) }`, 303 );
	} );
