/**
 * /api/v1/ai/jobs — AI jobs. A site key creates jobs and sees only its own; a user token
 * sees all of the account's (owners and admins may cancel, viewers only read).
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { modelRefusal, ownKeyModels } from '../ai/models';
import { OWN_KEY_PLATFORM_FEE_CREDITS, reservedCredits } from '../ai/pricing';
import { rewrite } from '../ai/functions/rewrite';
import { AI_FUNCTION_NAMES, getAiFunction } from '../ai/registry';
import { JOB_STATUSES } from '../db/schema';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { badRequest, conflict, forbidden } from '../lib/errors';
import { pageOf, pageQuery } from '../lib/pagination';
import { fieldErrors, jsonBody, query } from '../lib/validate';
import { canWrite, requireSite, requireSiteOrUser, scopeOf, siteOf } from '../middleware/auth';
import { createJob } from '../services/job-create';
import { getBalance } from '../services/ledger';
import { listJobs } from '../services/job-queries';
import { findProvider } from '../services/site-provider';
import { cancelJob, getJobInScope, isOpen, markDelivered, serializeJob } from '../services/jobs';

const id = z.number().int().positive();
const createJobSchema = z.object( {
	function: z.string().min( 1, 'Name the AI function to run.' ).max( 64 ),
	input: z.record( z.string(), z.unknown() ),
	/** The site's choice (Settings → AI models); only a model ai/models.ts allows for the function. */
	model: z.string().trim().min( 1 ).max( 100 ).optional(),
	reference: z
		.looseObject( { task_id: id.optional(), post_id: id.optional(), cluster_ids: z.array( id ).max( 1000 ).optional(), keyword_ids: z.array( id ).max( 10_000 ).optional() } )
		.nullish(),
} );

const estimateSchema = createJobSchema.pick( { function: true, input: true } );

/** The named AI function and its validated input (400 with per-field errors otherwise); shared by create and estimate. */
function functionCall( body: { function: string; input: Record<string, unknown> } ) {
	const fn = getAiFunction( body.function );
	if ( ! fn && body.function === rewrite.name ) {
		throw badRequest( 'Unknown AI function.', { function: [ 'rewrite runs from the block editor, not as a job.' ] } );
	}
	if ( ! fn ) throw badRequest( 'Unknown AI function.', { function: [ `Use one of: ${ AI_FUNCTION_NAMES.join( ', ' ) }.` ] } );
	const input = fn.inputSchema.safeParse( body.input );
	if ( ! input.success ) {
		const errors = Object.fromEntries( Object.entries( fieldErrors( input.error ) ).map( ( [ key, messages ] ) => [ `input.${ key }`, messages ] ) );
		throw badRequest( 'Validation failed.', errors );
	}
	return { fn, input: input.data };
}

/** The rewrite's validated input, for its estimate (400 with per-field errors otherwise). */
function rewriteCall( raw: Record<string, unknown> ) {
	const input = rewrite.inputSchema.safeParse( raw );
	if ( ! input.success ) {
		const errors = Object.fromEntries( Object.entries( fieldErrors( input.error ) ).map( ( [ key, messages ] ) => [ `input.${ key }`, messages ] ) );
		throw badRequest( 'Validation failed.', errors );
	}
	return { fn: rewrite, input: input.data };
}

const listQuery = z.object( { ...pageQuery, status: z.enum( JOB_STATUSES ).optional(), function: z.string().max( 64 ).optional(), site: z.string().max( 64 ).optional() } );

export const jobRoutes = new Hono<AppEnv>()
	// POST /api/v1/ai/jobs/ — reserve credits and enqueue; Idempotency-Key makes a retry return the same job
	.post( '/', requireSite, jsonBody( createJobSchema ), async ( c ) => {
		const site = siteOf( c.var.auth );
		const body = c.req.valid( 'json' );
		const { fn, input } = functionCall( body );
		const provider = await findProvider( { db: c.var.db }, site.id );
		const refused = body.model ? modelRefusal( c.env, fn.name, body.model, provider?.models ?? null ) : null;
		if ( refused ) throw badRequest( refused, { model: [ refused ] } );
		const billing = provider ? 'own_key' : 'credits';
		const idempotencyKey = c.req.header( 'Idempotency-Key' )?.trim() || null;
		if ( idempotencyKey && idempotencyKey.length > 200 ) throw badRequest( 'Idempotency-Key is too long (at most 200 characters).' );
		const { job, created } = await createJob( { db: c.var.db, queue: c.env.AI_JOBS }, site, {
			fn: fn.name,
			input: input as Record<string, unknown>,
			reference: body.reference ?? null,
			idempotencyKey,
			cost: reservedCredits( fn, input, billing ),
			// On an own key the job keeps the model it will run, so a later change of the site's list cannot move it.
			model: body.model ?? ( provider ? ownKeyModels( provider.models, fn.name ).default : null ),
			billing,
		} );
		return ok( c, { job: serializeJob( job ) }, created ? 202 : 200, created ? 'Job queued.' : 'Job already exists for this Idempotency-Key.' );
	} )
	// POST /api/v1/ai/jobs/estimate/ — {function, input} → {credits, balance, billing, platform_fee}: what creating
	// the job would reserve (ai/pricing.ts: the function's estimate, or the flat platform fee on the site's own
	// provider key) and the account's balance; reserves nothing
	.post( '/estimate', requireSite, jsonBody( estimateSchema ), async ( c ) => {
		const body = c.req.valid( 'json' );
		// The editor's rewrite is not a job, but its price is shown before it runs like every other.
		const { fn, input } = body.function === rewrite.name ? rewriteCall( body.input ) : functionCall( body );
		const site = siteOf( c.var.auth );
		const [ { credits: balance }, provider ] = await Promise.all( [ getBalance( { db: c.var.db }, site.accountId ), findProvider( { db: c.var.db }, site.id ) ] );
		const billing = provider ? 'own_key' : 'credits';
		return ok( c, { credits: reservedCredits( fn, input, billing ), balance, billing, platform_fee: billing === 'own_key' ? OWN_KEY_PLATFORM_FEE_CREDITS : 0 } );
	} )
	// GET /api/v1/ai/jobs/?status=&function=&site=&page= — newest first, without results
	.get( '/', requireSiteOrUser, query( listQuery ), async ( c ) => {
		const auth = c.var.auth;
		const { page, page_size: pageSize, ...filters } = c.req.valid( 'query' );
		if ( auth.kind === 'site' && filters.site && filters.site !== auth.site.id ) throw forbidden( 'A site key sees only its own jobs.' );
		const { count, results } = await listJobs( { db: c.var.db }, scopeOf( auth ), filters, page, pageSize );
		return ok( c, pageOf( c.req.url, count, page, pageSize, results ) );
	} )
	// GET /api/v1/ai/jobs/{id}/ — status, progress and (when completed) the result
	.get( '/:id', requireSiteOrUser, async ( c ) => ok( c, serializeJob( await getJobInScope( { db: c.var.db }, scopeOf( c.var.auth ), c.req.param( 'id' ) ) ) ) )
	// POST /api/v1/ai/jobs/{id}/cancel/ — only queued or running jobs; the reservation is refunded
	.post( '/:id/cancel', requireSiteOrUser, canWrite, async ( c ) => {
		const db = c.var.db;
		const auth = c.var.auth;
		const scope = scopeOf( auth );
		const job = await getJobInScope( { db }, scope, c.req.param( 'id' ) );
		const by = auth.kind === 'site' ? 'the site' : `a user (${ auth.role })`;
		if ( ! isOpen( job ) || ! ( await cancelJob( { db }, job, by ) ) ) throw conflict( `The job is already ${ ( await getJobInScope( { db }, scope, job.id ) ).status }; only queued or running jobs can be cancelled.` );
		return ok( c, serializeJob( await getJobInScope( { db }, scope, job.id ) ), 200, 'Job cancelled; its credits were refunded.' );
	} )
	// POST /api/v1/ai/jobs/{id}/ack/ — the site has applied a pulled result: mark it delivered
	.post( '/:id/ack', requireSite, async ( c ) => {
		const db = c.var.db;
		const scope = scopeOf( c.var.auth );
		const job = await getJobInScope( { db }, scope, c.req.param( 'id' ) );
		if ( isOpen( job ) ) throw conflict( 'The job is not finished yet.' );
		await markDelivered( { db }, job.id );
		return ok( c, serializeJob( await getJobInScope( { db }, scope, job.id ) ) );
	} );
