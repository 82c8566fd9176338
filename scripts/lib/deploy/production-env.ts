/**
 * The `[env.production]` block of wrangler.toml that `npm run deploy` writes. Wrangler does
 * not inherit bindings into an environment, so the block restates every binding with the
 * ids of the resources created on the user's account; it sits between two marker lines
 * so a later deploy replaces it instead of appending a second one.
 */

/** Names of the Cloudflare resources a deployment uses. */
export interface ProductionResources {
	workerName: string;
	d1Name: string;
	d1Id: string;
	queue: string;
	/** Result pushes to WordPress, consumed apart from the model calls. */
	deliveriesQueue: string;
	deadLetterQueue: string;
	bucket: string;
}

export const DEFAULT_RESOURCES: Omit<ProductionResources, 'd1Id'> = {
	workerName: 'igny8-cloud',
	d1Name: 'igny8-production',
	queue: 'igny8-ai-jobs',
	deliveriesQueue: 'igny8-deliveries',
	deadLetterQueue: 'igny8-ai-jobs-dlq',
	bucket: 'igny8-media',
};

const BEGIN = '# >>> npm run deploy: production environment (written by scripts/deploy.ts; edit the names there)';
const END = '# <<< npm run deploy';

/** The block for these resources (same limits and schedule as the top level). */
export function productionBlock( resources: ProductionResources ): string {
	return [
		BEGIN,
		'[env.production]',
		`name = "${ resources.workerName }"`,
		'',
		'[env.production.vars]',
		'ENVIRONMENT = "production"',
		'',
		'[[env.production.d1_databases]]',
		'binding = "DB"',
		`database_name = "${ resources.d1Name }"`,
		`database_id = "${ resources.d1Id }"`,
		'migrations_dir = "d1-migrations"',
		'',
		'[[env.production.queues.producers]]',
		'binding = "AI_JOBS"',
		`queue = "${ resources.queue }"`,
		'',
		'[[env.production.queues.producers]]',
		'binding = "DELIVERIES"',
		`queue = "${ resources.deliveriesQueue }"`,
		'',
		// As in wrangler.toml: a job batch waits a second to fill; a finished result is pushed at once.
		...( [ [ resources.queue, 1 ], [ resources.deliveriesQueue, 0 ] ] as const ).flatMap( ( [ queue, timeout ] ) => [
			'[[env.production.queues.consumers]]',
			`queue = "${ queue }"`,
			'max_batch_size = 4',
			`max_batch_timeout = ${ timeout }`,
			'max_retries = 8',
			`dead_letter_queue = "${ resources.deadLetterQueue }"`,
			'',
		] ),
		'[[env.production.r2_buckets]]',
		'binding = "MEDIA"',
		`bucket_name = "${ resources.bucket }"`,
		'',
		...[ [ 'RATE_LIMIT_SITE', '1001', 1200 ], [ 'RATE_LIMIT_IP', '1002', 300 ], [ 'RATE_LIMIT_LOGIN', '1003', 5 ] ].flatMap( ( [ name, id, limit ] ) => [
			'[[env.production.ratelimits]]',
			`name = "${ name }"`,
			`namespace_id = "${ id }"`,
			`simple = { limit = ${ limit }, period = 60 }`,
			'',
		] ),
		'[env.production.triggers]',
		'crons = ["*/5 * * * *"]',
		END,
	].join( '\n' );
}

/** wrangler.toml with the production block set (replaced when present, appended otherwise). */
export function withProductionBlock( toml: string, resources: ProductionResources ): string {
	const block = productionBlock( resources );
	const start = toml.indexOf( BEGIN );
	const end = toml.indexOf( END );
	if ( start >= 0 && end > start ) return `${ toml.slice( 0, start ) }${ block }${ toml.slice( end + END.length ) }`;
	return `${ toml.replace( /\n*$/, '' ) }\n\n${ block }\n`;
}

/** The D1 id already written for production, if any (so a redeploy reuses the database). */
export function productionD1Id( toml: string ): string | null {
	const start = toml.indexOf( BEGIN );
	if ( start < 0 ) return null;
	return /database_id = "([0-9a-f-]{36})"/.exec( toml.slice( start ) )?.[ 1 ] ?? null;
}
