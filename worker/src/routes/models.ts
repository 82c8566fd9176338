/**
 * /api/v1/ai/models — the models a site may choose per AI function (Settings → AI models), with
 * the one each runs when the site chooses none: the platform's list, or on the site's own provider key
 * the models it declared (ai/models.ts). Job creation refuses any other.
 */
import { Hono } from 'hono';
import { siteModelCatalog } from '../ai/models';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { requireSite, siteOf } from '../middleware/auth';
import { findProvider } from '../services/site-provider';

export const modelRoutes = new Hono<AppEnv>()
	// GET /api/v1/ai/models/ — { billing, functions: { <name>: { default, allowed[] } } }
	.get( '/', requireSite, async ( c ) => {
		const provider = await findProvider( { db: c.var.db }, siteOf( c.var.auth ).id );
		return ok( c, { billing: provider ? 'own_key' : 'credits', functions: siteModelCatalog( c.env, provider?.models ?? null ) } );
	} );
