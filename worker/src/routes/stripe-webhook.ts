/**
 * POST /api/v1/billing/stripe/webhook/ — Stripe events (placeholder until the portal lands).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const stripeWebhookRoutes = new Hono<AppEnv>( { strict: false } );
