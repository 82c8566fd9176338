/**
 * Messages on the igny8-ai-jobs queue (job.run) and the igny8-deliveries queue (job.deliver) —
 * one schema for producers (routes, cron, the consumer's hand-off) and the consumer. They carry only the job id: D1 holds the state, so a stale or
 * repeated message is harmless.
 */
import * as z from 'zod';

export const jobMessageSchema = z.discriminatedUnion( 'type', [
	/** Run the job's AI function, then hand its delivery to the deliveries queue. On a finished job it only hands off. */
	z.object( { type: z.literal( 'job.run' ), job_id: z.string().min( 1 ) } ),
	/** Deliver a finished job's result: after its run, on a retry, or from the cron sweep of undelivered results. */
	z.object( { type: z.literal( 'job.deliver' ), job_id: z.string().min( 1 ) } ),
] );

export type JobMessage = z.infer<typeof jobMessageSchema>;
