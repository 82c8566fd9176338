/**
 * The agency billing portal under /portal/ (issue "Agency billing portal on the Worker").
 * Placeholder until the portal lands.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const portalRoutes = new Hono<AppEnv>( { strict: false } );
