/** /api/v1/ai/jobs — AI jobs of the calling site (site key); a site sees only its own jobs. */
import { Hono } from 'hono';
import { z } from 'zod';
import { AI_FUNCTION_NAMES, getAiFunction } from '../ai/registry';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { badRequest, conflict } from '../lib/errors';
import { fieldErrors, jsonBody } from '../lib/validate';
import { requireSite, siteOf } from '../middleware/auth';
import { createJob, getJobForSite, isOpen, markDelivered, serializeJob } from '../services/jobs';

const createJobSchema = z.object( {
	function: z.string().min( 1, 'Name the AI function to run.' ),
	input: z.record( z.string(), z.unknown() ),
	reference: z.looseObject( { task_id: z.number().int().positive().optional() } ).nullish(),
} );

export const jobRoutes = new Hono<AppEnv>()
	.use( requireSite )
	// POST /api/v1/ai/jobs/ — reserve credits and enqueue; Idempotency-Key makes a retry return the same job
	.post( '/', jsonBody( createJobSchema ), async ( c ) => {
		const site = siteOf( c.var.auth );
		const body = c.req.valid( 'json' );
		const fn = getAiFunction( body.function );
		if ( ! fn ) throw badRequest( 'Unknown AI function.', { function: [ `Use one of: ${ AI_FUNCTION_NAMES.join( ', ' ) }.` ] } );
		const input = fn.inputSchema.safeParse( body.input );
		if ( ! input.success ) {
			const errors = Object.fromEntries( Object.entries( fieldErrors( input.error ) ).map( ( [ key, messages ] ) => [ `input.${ key }`, messages ] ) );
			throw badRequest( 'Validation failed.', errors );
		}
		const idempotencyKey = c.req.header( 'Idempotency-Key' )?.trim() || null;
		if ( idempotencyKey && idempotencyKey.length > 200 ) throw badRequest( 'Idempotency-Key is too long (at most 200 characters).' );
		const { job, created } = await createJob( { db: c.var.db, queue: c.env.AI_JOBS }, site, {
			fn: fn.name,
			input: input.data as Record<string, unknown>,
			reference: body.reference ?? null,
			idempotencyKey,
			cost: fn.estimateCredits( input.data ),
		} );
		return ok( c, { job: serializeJob( job ) }, created ? 202 : 200, created ? 'Job queued.' : 'Job already exists for this Idempotency-Key.' );
	} )
	// GET /api/v1/ai/jobs/{id}/ — status, progress and (when completed) the result
	.get( '/:id', async ( c ) => ok( c, serializeJob( await getJobForSite( { db: c.var.db }, siteOf( c.var.auth ).id, c.req.param( 'id' ) ) ) ) )
	// POST /api/v1/ai/jobs/{id}/ack/ — the site has applied a pulled result: mark it delivered
	.post( '/:id/ack', async ( c ) => {
		const db = c.var.db;
		const site = siteOf( c.var.auth );
		const job = await getJobForSite( { db }, site.id, c.req.param( 'id' ) );
		if ( isOpen( job ) ) throw conflict( 'The job is not finished yet.' );
		await markDelivered( { db }, job.id );
		return ok( c, serializeJob( await getJobForSite( { db }, site.id, job.id ) ) );
	} );
