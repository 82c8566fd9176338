/**
 * /api/v1/integration — what the WordPress plugin reports (site key): the connection check,
 * the site's structure and its posts' statuses. A site can only report about itself: another
 * site's id answers 404, exactly like a missing one.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { badRequest, notFound } from '../lib/errors';
import { jsonBody } from '../lib/validate';
import { requireSite, siteOf } from '../middleware/auth';
import { SIGNATURE_HEADER } from '../services/delivery';
import { deliveryUrlProblem } from '../services/delivery-url';
import { getBalance } from '../services/ledger';
import { syncPosts } from '../services/site-posts';
import { recordConnection, recordStructure } from '../services/sites';
import { claimWebhookSecret } from '../services/webhook-secrets';

const httpUrl = z.url( { protocol: /^https?$/, error: 'Must be an http(s) URL.' } ).max( 2000 );

const testConnectionSchema = z.object( {
	site_url: httpUrl.optional(),
	delivery_url: httpUrl.optional(),
	wp_version: z.string().max( 50 ).optional(),
	plugin_version: z.string().max( 50 ).optional(),
	post_types: z.unknown().optional(),
	taxonomies: z.unknown().optional(),
	language: z.string().max( 35 ).optional(),
} );

// A post type or taxonomy: its name, or an object with at least a name (label, counts… kept as sent).
const structureItem = z.union( [ z.string().trim().min( 1 ).max( 100 ), z.looseObject( { name: z.string().trim().min( 1 ).max( 100 ) } ) ] );
const structureSchema = z.object( {
	post_types: z.array( structureItem ).max( 200 ),
	taxonomies: z.array( structureItem ).max( 200 ).default( [] ),
	wp_version: z.string().max( 50 ).optional(),
	plugin_version: z.string().max( 50 ).optional(),
} );

// "2026-11-25T10:00:00Z" or WordPress's GMT "2026-11-25 10:00:00".
const wpDate = z
	.string()
	.max( 40 )
	.transform( ( value, ctx ) => {
		const text = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test( value ) ? `${ value.replace( ' ', 'T' ) }Z` : value;
		const ms = Date.parse( text );
		if ( Number.isNaN( ms ) ) {
			ctx.addIssue( { code: 'custom', message: 'Use an ISO 8601 date or "YYYY-MM-DD HH:MM:SS" (GMT).' } );
			return z.NEVER;
		}
		return ms;
	} );

const syncSchema = z.object( {
	posts: z
		.array(
			z.object( {
				task_id: z.number().int().positive().nullable(),
				post_id: z.number().int().positive(),
				status: z.string().trim().min( 1 ).max( 20 ),
				url: httpUrl.nullable(),
				updated_at: wpDate,
			} )
		)
		.max( 500, 'Send at most 500 posts per request.' ),
} );

/** The calling site, if `id` names it; any other id is "not found". */
function ownSite( auth: Parameters<typeof siteOf>[ 0 ], id: string ) {
	const site = siteOf( auth );
	if ( site.id !== id ) throw notFound( 'Site not found.' );
	return site;
}

export const integrationRoutes = new Hono<AppEnv>()
	.use( requireSite )
	// POST /api/v1/integration/integrations/test-connection/ — verify the key, check and record the
	// site's delivery URL and metadata; the first call after creation or rotation also hands the plugin
	// the secret it verifies deliveries with (later calls answer webhook_secret: null, the plugin keeps its copy)
	.post( '/integrations/test-connection', jsonBody( testConnectionSchema ), async ( c ) => {
		const db = c.var.db;
		const report = c.req.valid( 'json' );
		const caller = siteOf( c.var.auth );
		const problem = report.delivery_url === undefined ? null : deliveryUrlProblem( report.delivery_url, caller.url, c.env.ENVIRONMENT );
		if ( problem ) throw badRequest( problem, { delivery_url: [ problem ] } );
		const { site, account } = await recordConnection( { db }, caller, report );
		const webhookSecret = await claimWebhookSecret( { db, encryptionKey: c.env.ENCRYPTION_KEY }, site );
		return ok(
			c,
			{
				site: { id: site.id, name: site.name, url: site.url },
				account: { id: account.id, name: account.name },
				balance: await getBalance( { db }, account.id ),
				delivery: { mode: site.deliveryUrl ? 'push' : 'pull', webhook_secret: webhookSecret, signature_header: SIGNATURE_HEADER },
			},
			200,
			'Connected.'
		);
	} )
	// POST /api/v1/integration/integrations/{id}/update-structure/ — the site's post types and taxonomies
	.post( '/integrations/:id/update-structure', jsonBody( structureSchema ), async ( c ) => {
		const site = ownSite( c.var.auth, c.req.param( 'id' ) );
		const structure = await recordStructure( { db: c.var.db }, site, c.req.valid( 'json' ) );
		return ok( c, { site: { id: site.id }, structure }, 200, 'Structure updated.' );
	} )
	// POST /api/v1/integration/integrations/{id}/sync/ — latest status of the site's posts
	.post( '/integrations/:id/sync', jsonBody( syncSchema ), async ( c ) => {
		const site = ownSite( c.var.auth, c.req.param( 'id' ) );
		const posts = c.req.valid( 'json' ).posts.map( ( post ) => ( { ...post, updatedAt: post.updated_at } ) );
		return ok( c, { accepted: await syncPosts( { db: c.var.db }, site, posts ) } );
	} );
