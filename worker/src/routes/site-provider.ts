/**
 * /api/v1/site/provider — the calling site's own model provider (bring your own key), site key only:
 * a site reads and changes only its own. The key is accepted once (PUT), checked against the provider,
 * sealed, and never answered back: GET shows the mode, base URL, models and the key's last four characters.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { badRequest } from '../lib/errors';
import { providerUrlProblem } from '../lib/provider-url';
import { jsonBody } from '../lib/validate';
import { requireSite, siteOf } from '../middleware/auth';
import { checkProvider, deleteProvider, findProvider, providerSecret, saveProvider, viewOf } from '../services/site-provider';

const modelId = z.string().trim().regex( /^[A-Za-z0-9._:\/-]{1,100}$/, 'A model id is letters, digits and . _ : / - (at most 100).' );

const providerSchema = z.object( {
	base_url: z.string().trim().min( 1, 'Enter the provider’s base URL.' ).max( 500 ),
	api_key: z
		.string()
		.trim()
		.min( 8, 'The key looks too short.' )
		.max( 500 )
		.regex( /^[\x21-\x7e]+$/, 'The key must be printable characters without spaces.' ),
	models: z.array( modelId ).min( 1, 'Name at least one model the provider offers.' ).max( 20 ),
} );

export const siteProviderRoutes = new Hono<AppEnv>()
	.use( requireSite )
	// GET /api/v1/site/provider/ — {mode: credits} or {mode: own_key, base_url, models, key_last4, updated_at}, with platform_fee (credits per own-key job)
	.get( '/', async ( c ) => ok( c, viewOf( await findProvider( { db: c.var.db }, siteOf( c.var.auth ).id ) ) ) )
	// PUT /api/v1/site/provider/ — {base_url, api_key, models}: checked with GET {base_url}/models, then stored sealed
	.put( '/', jsonBody( providerSchema ), async ( c ) => {
		const input = c.req.valid( 'json' );
		const secret = providerSecret( c.env.PROVIDER_KEYS_ENCRYPTION_KEY );
		const problem = providerUrlProblem( input.base_url, c.env.ENVIRONMENT );
		if ( problem ) throw badRequest( problem, { base_url: [ problem ] } );
		const models = [ ...new Set( input.models ) ];
		await checkProvider( { ...input, models } );
		const saved = await saveProvider( { db: c.var.db, secret }, siteOf( c.var.auth ), { ...input, models } );
		return ok( c, viewOf( saved ), 200, 'Your provider key was checked and saved. This site’s jobs now use it.' );
	} )
	// DELETE /api/v1/site/provider/ — back to IGNY8 credits; the stored key is deleted
	.delete( '/', async ( c ) => {
		const removed = await deleteProvider( { db: c.var.db }, siteOf( c.var.auth ).id );
		return ok( c, viewOf( undefined ), 200, removed ? 'This site uses IGNY8 credits again; its provider key was deleted.' : 'This site already uses IGNY8 credits.' );
	} );
