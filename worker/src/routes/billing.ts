/** /api/v1/billing — the account's credit balance (site key or user token). */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { requireSiteOrUser } from '../middleware/auth';
import { getBalance } from '../services/ledger';

export const billingRoutes = new Hono<AppEnv>()
	// GET /api/v1/billing/balance/ — {credits, low_balance_threshold, low_balance}
	.get( '/balance', requireSiteOrUser, async ( c ) => ok( c, await getBalance( { db: c.var.db }, c.var.auth.accountId ) ) );
