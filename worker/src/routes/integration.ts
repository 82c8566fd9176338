/** /api/v1/integration — the WordPress plugin's connection check (site key). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { jsonBody } from '../lib/validate';
import { requireSite, siteOf } from '../middleware/auth';
import { SIGNATURE_HEADER } from '../services/delivery';
import { getBalance } from '../services/ledger';
import { recordConnection } from '../services/sites';

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

export const integrationRoutes = new Hono<AppEnv>()
	// POST /api/v1/integration/integrations/test-connection/ — verify the key, record the
	// site's delivery URL and metadata, and hand the plugin the secret it verifies deliveries with
	.post( '/integrations/test-connection', requireSite, jsonBody( testConnectionSchema ), async ( c ) => {
		const db = c.var.db;
		const { site, account } = await recordConnection( { db }, siteOf( c.var.auth ), c.req.valid( 'json' ) );
		return ok(
			c,
			{
				site: { id: site.id, name: site.name, url: site.url },
				account: { id: account.id, name: account.name },
				balance: await getBalance( { db }, account.id ),
				delivery: { mode: site.deliveryUrl ? 'push' : 'pull', webhook_secret: site.webhookSecret, signature_header: SIGNATURE_HEADER },
			},
			200,
			'Connected.'
		);
	} );
