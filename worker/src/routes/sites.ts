/**
 * /api/v1/auth/sites — a portal user's sites. The site API key is shown once: at creation
 * and at each rotation. Viewers read; owners and admins write; only owners set caps.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { forbidden } from '../lib/errors';
import { jsonBody } from '../lib/validate';
import { canWrite, requireUser } from '../middleware/auth';
import { createSiteWithinLimit, setSiteSuspended } from '../services/site-controls';
import { getSiteForAccount, listedSite, listSites, publicSite, revokeSite, rotateSiteKey, siteUsageThisMonth, updateSite } from '../services/sites';

const createSiteSchema = z.object( {
	name: z.string().trim().min( 1, 'A site name is required.' ).max( 200 ),
	url: z.url( { protocol: /^https?$/, error: 'Enter the site address, e.g. https://example.com.' } ).max( 2000 ),
} );

const updateSiteSchema = z
	.strictObject( {
		name: z.string().trim().min( 1 ).max( 200 ).optional(),
		monthly_credit_cap: z.number().int().min( 0 ).max( 100_000_000 ).nullable().optional(),
	} )
	.refine( ( value ) => Object.keys( value ).length > 0, 'Send at least one field to change.' );

export const siteRoutes = new Hono<AppEnv>()
	.use( requireUser )
	// POST /api/v1/auth/sites/ — create a site; returns its API key (only this once); 402 when the plan's site limit is reached
	.post( '/', canWrite, jsonBody( createSiteSchema ), async ( c ) => {
		const { site, apiKey } = await createSiteWithinLimit( { db: c.var.db, encryptionKey: c.env.ENCRYPTION_KEY }, c.var.auth.accountId, c.req.valid( 'json' ) );
		return ok( c, { site: publicSite( site ), api_key: apiKey }, 201, 'Site created. Copy the API key now: it is not shown again.' );
	} )
	// GET /api/v1/auth/sites/ — list the account's sites
	.get( '/', async ( c ) => {
		const list = await listSites( { db: c.var.db }, c.var.auth.accountId );
		return ok( c, list.map( listedSite ) );
	} )
	// GET /api/v1/auth/sites/{id}/ — one site with the credits it used this month
	.get( '/:id', async ( c ) => {
		const db = c.var.db;
		const site = await getSiteForAccount( { db }, c.var.auth.accountId, c.req.param( 'id' ) );
		return ok( c, { ...listedSite( site ), credits_used_this_month: await siteUsageThisMonth( { db }, site.id ) } );
	} )
	// PATCH /api/v1/auth/sites/{id}/ — rename; the monthly credit cap is the owner's call
	.patch( '/:id', canWrite, jsonBody( updateSiteSchema ), async ( c ) => {
		const auth = c.var.auth;
		const input = c.req.valid( 'json' );
		if ( input.monthly_credit_cap !== undefined && auth.kind === 'user' && auth.role !== 'owner' ) {
			throw forbidden( 'Only the account owner can set a site’s monthly credit cap.' );
		}
		return ok( c, listedSite( await updateSite( { db: c.var.db }, auth.accountId, c.req.param( 'id' ), input ) ) );
	} )
	// POST /api/v1/auth/sites/{id}/rotate-key/ — new key (shown once); the old one stops working now
	.post( '/:id/rotate-key', canWrite, async ( c ) => {
		const { site, apiKey } = await rotateSiteKey( { db: c.var.db, encryptionKey: c.env.ENCRYPTION_KEY }, c.var.auth.accountId, c.req.param( 'id' ) );
		return ok( c, { site: publicSite( site ), api_key: apiKey }, 200, 'New key issued. Update the plugin: the old key no longer works, and deliveries carry the former signature for 15 more minutes only.' );
	} )
	// POST /api/v1/auth/sites/{id}/suspend/ — the site starts no job until resumed (its key still authenticates)
	.post( '/:id/suspend', canWrite, async ( c ) => ok( c, listedSite( await setSiteSuspended( { db: c.var.db }, c.var.auth.accountId, c.req.param( 'id' ), true ) ), 200, 'Site suspended.' ) )
	// POST /api/v1/auth/sites/{id}/resume/
	.post( '/:id/resume', canWrite, async ( c ) => ok( c, listedSite( await setSiteSuspended( { db: c.var.db }, c.var.auth.accountId, c.req.param( 'id' ), false ) ), 200, 'Site resumed.' ) )
	// POST /api/v1/auth/sites/{id}/revoke/ — the site's key stops authenticating for good
	.post( '/:id/revoke', canWrite, async ( c ) => ok( c, listedSite( await revokeSite( { db: c.var.db }, c.var.auth.accountId, c.req.param( 'id' ) ) ), 200, 'Site revoked.' ) );
