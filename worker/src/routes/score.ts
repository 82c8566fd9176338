/**
 * /api/v1/ai/score — the optimisation score of an article, computed by the one score model
 * (placeholder until the Optimizer lands).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const scoreRoutes = new Hono<AppEnv>( { strict: false } );
