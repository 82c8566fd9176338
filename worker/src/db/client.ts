/** One drizzle handle over the D1 binding; cheap, so made per request / per message. */
import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

export type Database = ReturnType<typeof createDb>;

export function createDb( d1: D1Database ) {
	return drizzle( d1, { schema } );
}
