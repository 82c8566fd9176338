/** @jsxImportSource hono/jsx */
/**
 * Sites: the list, 20 a page, newest first (status, last seen, plugin and WordPress versions, jobs
 * and credits this month, how it pays for its model (IGNY8 credits or its own key's last four characters), each linking to its own page: site-detail.tsx), adding a site within the plan's site
 * limit, rotating its key and revoking it. A key is shown once — in the
 * response to the create/rotate POST (never stored, never cached) — with a copy button
 * and the plugin's setup steps. Owners and admins manage sites; viewers only read.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import * as z from 'zod';
import type { Site } from '../../db/schema';
import { fieldErrors } from '../../lib/validate';
import { ApiError } from '../../lib/errors';
import { periodStart } from '../../lib/period';
import { createSiteWithinLimit } from '../../services/site-controls';
import { siteListPage, type ListedSiteRow } from '../../services/site-list';
import { deliveryState, revokeSite, rotateSiteKey } from '../../services/sites';
import { ActionForm, CsrfField, Field, Notice, type FormErrors } from '../components/forms';
import { num, when } from '../components/format';
import { verifyCsrf } from '../csrf';
import { Pager } from '../components/pager';
import { formOf, renderPage, viewerOf } from '../render';
import { requireRole, requireSession } from '../session';
import type { PortalEnv, Viewer } from '../types';

const siteSchema = z.object( {
	name: z.string().trim().min( 1, 'A site name is required.' ).max( 200 ),
	url: z.url( { protocol: /^https?$/, error: 'Enter the site address, e.g. https://example.com.' } ).max( 2000 ),
} );

/** The Delivery cell: how results reach the site, and why pushes stopped when they did. */
function DeliveryCell( props: { site: ListedSiteRow } ) {
	const state = deliveryState( props.site );
	if ( state.mode === 'paused' ) {
		return (
			<td>
				<strong>Paused</strong>
				<br />
				<small>{ `${ num( state.consecutive_failures ) } failed pushes in a row since ${ when( props.site.deliveryPausedAt ) }; WordPress pulls results until its Test connection succeeds.` }</small>
			</td>
		);
	}
	return <td>{ state.mode === 'push' ? ( state.consecutive_failures > 0 ? `Push (${ num( state.consecutive_failures ) } recent failures)` : 'Push' ) : 'Pull only' }</td>;
}

const PAGE_SIZE = 20;
const pageQuery = z.coerce.number().int().min( 1 ).max( 100_000 ).catch( 1 );

const canManage = ( viewer: Viewer ) => viewer.role === 'owner' || viewer.role === 'admin';
const meta = ( site: ListedSiteRow, key: string ) => ( typeof site.metadata?.[ key ] === 'string' ? ( site.metadata[ key ] as string ) : '—' );

function AddSiteForm( props: { csrf: string; values?: Record<string, string>; errors?: FormErrors } ) {
	return (
		<form method="post" action="/portal/sites" class="panel">
			<h2>Add a site</h2>
			<CsrfField token={ props.csrf } />
			<Field name="name" label="Site name" value={ props.values?.name ?? '' } errors={ props.errors } />
			<Field name="url" label="Site address" type="url" value={ props.values?.url ?? '' } hint="The WordPress site's home address, e.g. https://example.com" errors={ props.errors } />
			<button type="submit">Add site</button>
		</form>
	);
}

/** The key, shown once, with a copy button (script) and a readonly field (manual copy) and the setup steps. */
function KeyReveal( props: { site: Site; apiKey: string; cloudUrl: string; rotated: boolean } ) {
	return (
		<>
			<Notice kind="success">
				{ props.rotated ? `New key for ${ props.site.name }. The old key no longer works: update the plugin now.` : `Site ${ props.site.name } added.` } Copy the API key now — it is shown only once.
			</Notice>
			<div class="panel">
				<label for="api-key">Site API key</label>
				<div class="key">
					<input id="api-key" readonly value={ props.apiKey } aria-describedby="api-key-status" />
					<button type="button" class="secondary" data-copy="api-key" hidden>
						Copy
					</button>
				</div>
				<small id="api-key-status" role="status"></small>
				<h2>Connect the WordPress site</h2>
				<ol>
					<li>Install and activate the IGNY8 plugin on { props.site.url }.</li>
					<li>
						In wp-admin, open <strong>IGNY8 → Settings</strong>.
					</li>
					<li>
						Enter the Cloud URL <code>{ props.cloudUrl }</code> and paste the Site API key.
					</li>
					<li>
						Press <strong>Connect</strong>, then <strong>Test connection</strong>. The site shows as seen here once it has connected.
					</li>
				</ol>
				<p>
					<a href="/portal/sites">Back to sites</a>
				</p>
			</div>
		</>
	);
}

const cloudUrlOf = ( c: Context<PortalEnv> ) => ( c.env.PUBLIC_URL || new URL( c.req.url ).origin ).replace( /\/+$/, '' );

async function sitesPage( c: Context<PortalEnv>, extra: { values?: Record<string, string>; errors?: FormErrors; status?: 400 | 402; problem?: string } = {} ) {
	const { user } = c.var.portal!;
	const db = c.var.db;
	const page = c.req.method === 'GET' ? pageQuery.parse( c.req.query( 'page' ) ) : 1;
	const [ { sites: list, count, allowance, usage }, viewer ] = await Promise.all( [ siteListPage( { db }, user.accountId, page, PAGE_SIZE, periodStart( Date.now() ) ), viewerOf( c ) ] );
	return renderPage(
		c,
		{ title: 'Sites', viewer, current: '/portal/sites', status: extra.status ?? 200 },
		<>
			{ c.req.query( 'welcome' ) ? <Notice kind="success">Welcome to IGNY8. Add your first WordPress site to get its API key.</Notice> : null }
			{ extra.problem ? <Notice kind="error">{ extra.problem } <a href="/portal/billing">See the plans</a></Notice> : extra.errors ? <Notice kind="error">Check the highlighted fields.</Notice> : null }
			<p id="site-allowance">
				{ num( allowance.used ) } of { num( allowance.limit ) } sites on the { allowance.plan } plan.
			</p>
			{ list.length === 0 ? (
				<p class="muted">{ count === 0 ? 'No sites yet.' : <>There are no sites on this page. <a href="/portal/sites">Back to the first page</a></> }</p>
			) : (
				<div class="scroll">
					<table>
						<caption>{ count > PAGE_SIZE ? `Your sites (${ num( ( page - 1 ) * PAGE_SIZE + 1 ) }–${ num( ( page - 1 ) * PAGE_SIZE + list.length ) } of ${ num( count ) })` : 'Your sites' }</caption>
						<thead>
							<tr>
								<th scope="col">Site</th>
								<th scope="col">Status</th>
								<th scope="col">Key</th>
								<th scope="col">Last seen</th>
								<th scope="col">Plugin</th>
								<th scope="col">WordPress</th>
								<th scope="col" class="n">Jobs this month</th>
								<th scope="col" class="n">Credits this month</th>
								<th scope="col">Delivery</th>
								<th scope="col">AI billing</th>
								{ canManage( viewer ) ? <th scope="col">Actions</th> : null }
							</tr>
						</thead>
						<tbody>
							{ list.map( ( site ) => (
								<tr>
									<td>
										<a href={ `/portal/sites/${ site.id }` }>{ site.name }</a>
										<br />
										<small>{ site.url }</small>
									</td>
									<td>{ site.status }</td>
									<td>
										<code>{ site.apiKeyPrefix }…</code>
									</td>
									<td>{ when( site.lastSeenAt ) }</td>
									<td>{ meta( site, 'plugin_version' ) }</td>
									<td>{ meta( site, 'wp_version' ) }</td>
									<td class="n">{ num( usage.get( site.id )?.jobs ?? 0 ) }</td>
									<td class="n">{ num( usage.get( site.id )?.credits ?? 0 ) }</td>
									<DeliveryCell site={ site } />
									<td>{ site.providerLast4 === null ? 'IGNY8 credits' : `Own key ••••${ site.providerLast4 }` }</td>
									{ canManage( viewer ) ? (
										<td class="actions">
											{ site.status === 'active' ? <ActionForm action={ `/portal/sites/${ site.id }/rotate` } token={ viewer.csrf } label={ `Rotate key` } confirm={ `Rotate the key of ${ site.name }? The current key stops working at once.` } /> : null }
											{ site.status !== 'revoked' ? <ActionForm action={ `/portal/sites/${ site.id }/revoke` } token={ viewer.csrf } label="Revoke" danger confirm={ `Revoke ${ site.name }? Its key stops working for good.` } /> : null }
										</td>
									) : null }
								</tr>
							) ) }
						</tbody>
					</table>
				</div>
			) }
			{ count > PAGE_SIZE ? <Pager base="/portal/sites" page={ page } pageSize={ PAGE_SIZE } count={ count } label="Sites pages" newer="← Newer sites" older="Older sites →" /> : null }
			{ canManage( viewer ) ? <AddSiteForm csrf={ viewer.csrf } values={ extra.values ?? {} } errors={ extra.errors ?? {} } /> : <p class="muted">Your role (viewer) can see sites but not change them.</p> }
		</>
	);
}

const manage = [ requireSession, verifyCsrf, requireRole( 'owner', 'admin' ) ] as const;

export const sitePages = new Hono<PortalEnv>()
	// GET /portal/sites — the account's sites
	.get( '/sites', requireSession, ( c ) => sitesPage( c ) )
	// POST /portal/sites — add a site; the response shows its key once
	.post( '/sites', ...manage, async ( c ) => {
		const form = await formOf( c );
		const parsed = siteSchema.safeParse( form );
		if ( ! parsed.success ) return sitesPage( c, { values: form, errors: fieldErrors( parsed.error ), status: 400 } );
		let created;
		try {
			created = await createSiteWithinLimit( { db: c.var.db, encryptionKey: c.env.ENCRYPTION_KEY }, c.var.portal!.user.accountId, parsed.data );
		} catch ( error ) {
			if ( error instanceof ApiError && error.status === 402 ) return sitesPage( c, { values: form, errors: error.errors ?? {}, problem: error.message, status: 402 } );
			throw error;
		}
		const { site, apiKey } = created;
		return renderPage( c, { title: 'Site added', viewer: await viewerOf( c ), current: '/portal/sites', status: 201 }, <KeyReveal site={ site } apiKey={ apiKey } cloudUrl={ cloudUrlOf( c ) } rotated={ false } /> );
	} )
	// POST /portal/sites/{id}/rotate — a new key (shown once); the old one stops working now
	.post( '/sites/:id/rotate', ...manage, async ( c ) => {
		const { site, apiKey } = await rotateSiteKey( { db: c.var.db, encryptionKey: c.env.ENCRYPTION_KEY }, c.var.portal!.user.accountId, c.req.param( 'id' ) );
		return renderPage( c, { title: 'New site key', viewer: await viewerOf( c ), current: '/portal/sites' }, <KeyReveal site={ site } apiKey={ apiKey } cloudUrl={ cloudUrlOf( c ) } rotated /> );
	} )
	// POST /portal/sites/{id}/revoke — the key stops authenticating for good
	.post( '/sites/:id/revoke', ...manage, async ( c ) => {
		await revokeSite( { db: c.var.db }, c.var.portal!.user.accountId, c.req.param( 'id' ) );
		return c.redirect( '/portal/sites', 303 );
	} );
