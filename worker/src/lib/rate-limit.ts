/**
 * Rate limits, through Workers Rate Limiting bindings ([[ratelimits]] in wrangler.toml):
 * counted at the edge location, no D1 write per request, simulated by miniflare locally.
 *
 *   RATE_LIMIT_SITE   1200 requests / 60 s per site (site-key requests; keyed by the key's hash)
 *   RATE_LIMIT_IP      300 requests / 60 s per client IP (every request without a valid site key,
 *                      including failed key attempts; GET /api/v1/ liveness is exempt)
 *   RATE_LIMIT_LOGIN     5 attempts / 60 s per email (login throttling, before the password check)
 *
 * Site traffic is limited per site, not per IP, because an agency's many WordPress sites
 * often share one server address. A missing binding fails open (availability over strictness).
 */
import type { Context } from 'hono';
import type { Env } from '../env';
import { ApiError } from './errors';

export type LimiterName = 'RATE_LIMIT_SITE' | 'RATE_LIMIT_IP' | 'RATE_LIMIT_LOGIN';

const RETRY_AFTER_SECONDS = 60;

const MESSAGES: Record<LimiterName, string> = {
	RATE_LIMIT_SITE: 'Too many requests from this site. Slow down and retry in a minute.',
	RATE_LIMIT_IP: 'Too many requests from this address. Slow down and retry in a minute.',
	RATE_LIMIT_LOGIN: 'Too many sign-in attempts for this account. Wait a minute and try again.',
};

/** 429 in the envelope; app.ts adds Retry-After from `retryAfter`. */
export class RateLimitedError extends ApiError {
	readonly retryAfter = RETRY_AFTER_SECONDS;
	constructor( message: string ) {
		super( 429, message );
	}
}

/** Counts one request against `key`; throws 429 when the limit is reached. */
export async function enforceLimit( env: Env, name: LimiterName, key: string ): Promise<void> {
	const limiter = env[ name ];
	if ( ! limiter ) return;
	const { success } = await limiter.limit( { key } );
	if ( ! success ) throw new RateLimitedError( MESSAGES[ name ] );
}

/** The client address Cloudflare reports; "unknown" locally (one shared bucket). */
export function clientIp( c: Context ): string {
	return c.req.header( 'CF-Connecting-IP' ) ?? 'unknown';
}
