/**
 * /api/v1/billing — balance (with the low-balance warning), transactions (the ledger, seed
 * pagination) and usage. Site key: its own rows; user token (any role): the account's.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { LEDGER_KINDS } from '../db/schema';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { pageOf, pageQuery } from '../lib/pagination';
import { query } from '../lib/validate';
import { requireSiteOrUser, scopeOf } from '../middleware/auth';
import { getBalance } from '../services/ledger';
import { listTransactions, usageReport } from '../services/usage';

const transactionsQuery = z.object( { ...pageQuery, kind: z.enum( LEDGER_KINDS ).optional() } );
const usageQuery = z.object( { days: z.coerce.number().int().min( 1 ).max( 366 ).default( 30 ) } );

export const billingRoutes = new Hono<AppEnv>()
	.use( requireSiteOrUser )
	// GET /api/v1/billing/balance/ — {credits, allowance_credits, topup_credits, low_balance_threshold, low_balance, warning}
	.get( '/balance', async ( c ) => ok( c, await getBalance( { db: c.var.db }, c.var.auth.accountId ) ) )
	// GET /api/v1/billing/transactions/?page=&page_size=&kind= — ledger entries, newest first
	.get( '/transactions', query( transactionsQuery ), async ( c ) => {
		const { page, page_size: pageSize, kind } = c.req.valid( 'query' );
		const { count, results } = await listTransactions( { db: c.var.db }, scopeOf( c.var.auth ), { kind }, page, pageSize );
		return ok( c, pageOf( c.req.url, count, page, pageSize, results ) );
	} )
	// GET /api/v1/billing/usage/?days=30 — credits and tokens per day, per site, per AI function
	.get( '/usage', query( usageQuery ), async ( c ) => ok( c, await usageReport( { db: c.var.db }, scopeOf( c.var.auth ), c.req.valid( 'query' ).days ) ) );
