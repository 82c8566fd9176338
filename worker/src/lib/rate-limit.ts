/**
 * Rate limits, through Workers Rate Limiting bindings ([[ratelimits]] in wrangler.toml):
 * counted at the edge location, no D1 write per request, simulated by miniflare locally.
 *
 *   RATE_LIMIT_SITE   1200 requests / 60 s per site (site-key requests; keyed by the key's hash)
 *   RATE_LIMIT_IP      300 requests / 60 s per client IP (every request without a verified site key,
 *                      and every auth and portal request whatever it carries; GET /api/v1/ is exempt)
 *   RATE_LIMIT_LOGIN     5 attempts / 60 s per email and client IP (before the password check)
 *
 * Site traffic is limited per site, not per IP, because an agency's many WordPress sites
 * often share one server address. The login limit is keyed on the address too, so five wrong
 * guesses from one place do not lock the owner out everywhere else.
 * A missing binding fails closed (503) in production; development and tests may run without one.
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

const LOCAL_ENVIRONMENTS = new Set( [ 'development', 'test' ] );

/** Counts one request against `key`; throws 429 when the limit is reached, 503 when production has no limiter. */
export async function enforceLimit( env: Env, name: LimiterName, key: string ): Promise<void> {
	const limiter = env[ name ];
	if ( ! limiter ) {
		if ( LOCAL_ENVIRONMENTS.has( env.ENVIRONMENT ) ) return;
		console.error( JSON.stringify( { event: 'rate_limiter_missing', binding: name } ) );
		throw new ApiError( 503, 'This service is not fully configured yet. Try again later.' );
	}
	const { success } = await limiter.limit( { key } );
	if ( ! success ) throw new RateLimitedError( MESSAGES[ name ] );
}

/** The client address Cloudflare reports; "unknown" locally (one shared bucket). */
export function clientIp( c: Context ): string {
	return c.req.header( 'CF-Connecting-IP' ) ?? 'unknown';
}

/** Counts one sign-in attempt for this email from this address (API and portal share the bucket). */
export function enforceLoginLimit( c: Context, email: string ): Promise<void> {
	return enforceLimit( c.env as Env, 'RATE_LIMIT_LOGIN', `login:${ email.trim().toLowerCase() }:${ clientIp( c ) }` );
}
