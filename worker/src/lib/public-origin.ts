import type { Context } from 'hono';
import type { Env } from '../env';

/** The origin links in emails point at: PUBLIC_URL when set (production), else the one the request came to. */
export function publicOrigin( c: Context ): string {
	const configured = ( c.env as Env ).PUBLIC_URL;
	return new URL( configured ?? c.req.url ).origin;
}
