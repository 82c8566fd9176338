/**
 * Messages on the igny8-ai-jobs queue — one schema for producer (routes, cron)
 * and consumer. They carry only the job id: D1 holds the state, so a stale or
 * repeated message is harmless.
 */
import * as z from 'zod';

export const jobMessageSchema = z.discriminatedUnion( 'type', [
	/** Run the job's AI function (then deliver). On a finished job it only delivers. */
	z.object( { type: z.literal( 'job.run' ), job_id: z.string().min( 1 ) } ),
	/** Deliver a finished job's result again (cron sweep of undelivered results). */
	z.object( { type: z.literal( 'job.deliver' ), job_id: z.string().min( 1 ) } ),
] );

export type JobMessage = z.infer<typeof jobMessageSchema>;
