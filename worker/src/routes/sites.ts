/** /api/v1/auth/sites — a portal user's sites; the site API key is shown once, at creation. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { jsonBody } from '../lib/validate';
import { requireUser } from '../middleware/auth';
import { createSite, listedSite, listSites, publicSite } from '../services/sites';

const createSiteSchema = z.object( {
	name: z.string().trim().min( 1, 'A site name is required.' ).max( 200 ),
	url: z.url( { protocol: /^https?$/, error: 'Enter the site address, e.g. https://example.com.' } ).max( 2000 ),
} );

export const siteRoutes = new Hono<AppEnv>()
	.use( requireUser )
	// POST /api/v1/auth/sites/ — create a site; returns its API key (only this once)
	.post( '/', jsonBody( createSiteSchema ), async ( c ) => {
		const { site, apiKey } = await createSite( { db: c.var.db }, c.var.auth.accountId, c.req.valid( 'json' ) );
		return ok( c, { site: publicSite( site ), api_key: apiKey }, 201, 'Site created. Copy the API key now: it is not shown again.' );
	} )
	// GET /api/v1/auth/sites/ — list the account's sites
	.get( '/', async ( c ) => {
		const list = await listSites( { db: c.var.db }, c.var.auth.accountId );
		return ok( c, list.map( listedSite ) );
	} );
