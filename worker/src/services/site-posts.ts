/**
 * WP → cloud status sync (the seed's status flow): the latest status WordPress reported
 * for each (site, post). Rows are written in chunks under D1's 100-parameter limit, all in
 * one batch (one transaction), and an older report never overwrites a newer one.
 */
import type { Database } from '../db/client';
import type { Site } from '../db/schema';

export interface PostReport {
	task_id: number | null;
	post_id: number;
	status: string;
	url: string | null;
	/** WordPress's modification time, in milliseconds. */
	updatedAt: number;
}

const COLUMNS = 8;
const ROWS_PER_STATEMENT = Math.floor( 100 / COLUMNS );

/** Upserts the reports; returns how many were accepted (all valid ones — stale ones are simply older news). */
export async function syncPosts( { db }: { db: Database }, site: Site, posts: PostReport[] ): Promise<number> {
	if ( posts.length === 0 ) return 0;
	const d1 = db.$client;
	const now = Date.now();
	const statements: D1PreparedStatement[] = [];
	for ( let start = 0; start < posts.length; start += ROWS_PER_STATEMENT ) {
		const chunk = posts.slice( start, start + ROWS_PER_STATEMENT );
		statements.push(
			d1
				.prepare(
					`INSERT INTO site_posts (site_id, account_id, post_id, task_id, status, url, post_updated_at, received_at)
					 VALUES ${ chunk.map( () => '(?, ?, ?, ?, ?, ?, ?, ?)' ).join( ', ' ) }
					 ON CONFLICT (site_id, post_id) DO UPDATE SET task_id = excluded.task_id, status = excluded.status, url = excluded.url,
						post_updated_at = excluded.post_updated_at, received_at = excluded.received_at
					 WHERE excluded.post_updated_at >= site_posts.post_updated_at`
				)
				.bind( ...chunk.flatMap( ( post ) => [ site.id, site.accountId, post.post_id, post.task_id, post.status, post.url, post.updatedAt, now ] ) )
		);
	}
	await d1.batch( statements );
	return posts.length;
}
