/**
 * /api/v1/ai/models — the models a site may choose per AI function (Settings → AI models), with
 * the one each runs when the site chooses none. Job creation refuses any other (ai/models.ts).
 */
import { Hono } from 'hono';
import { modelCatalog } from '../ai/models';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { requireSite } from '../middleware/auth';

export const modelRoutes = new Hono<AppEnv>()
	// GET /api/v1/ai/models/ — { functions: { <name>: { default, allowed[] } } }
	.get( '/', requireSite, ( c ) => ok( c, { functions: modelCatalog( c.env ) } ) );
