/**
 * Cloudflare Turnstile on sign-up: the browser's widget token is checked server-side through
 * the siteverify API (TURNSTILE_VERIFY_URL, Cloudflare's unless set; local stacks point it at a
 * test double that answers like Cloudflare does for its published test keys). The widget's
 * script lives beside siteverify (…/turnstile/v0/api.js), so one setting moves both.
 * Without TURNSTILE_SECRET_KEY sign-up is refused (503): it must never open up silently.
 */
import * as z from 'zod';
import type { Env } from '../env';
import { ApiError, badRequest } from '../lib/errors';

export const CLOUDFLARE_SITEVERIFY = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';
/** The form field Turnstile's widget adds to the form it sits in. */
export const TURNSTILE_FORM_FIELD = 'cf-turnstile-response';

const siteverifyAnswer = z.object( { success: z.boolean(), 'error-codes': z.array( z.string() ).default( [] ) } );

/** Where the widget's script comes from (null: Turnstile is not configured). */
export function turnstileWidget( env: Env ): { siteKey: string; scriptUrl: string; origin: string } | null {
	if ( ! env.TURNSTILE_SITE_KEY || ! env.TURNSTILE_SECRET_KEY ) return null;
	const script = new URL( 'api.js', env.TURNSTILE_VERIFY_URL ?? CLOUDFLARE_SITEVERIFY );
	return { siteKey: env.TURNSTILE_SITE_KEY, scriptUrl: script.href, origin: script.origin };
}

const notConfigured = () => new ApiError( 503, 'Sign-up is not available: its bot check is not configured yet. Try again later.' );

/** Throws 400 (field `field`) unless siteverify accepts `token` for this client address. */
export async function verifyTurnstile( env: Env, token: string | undefined, remoteIp: string, field: string ): Promise<void> {
	const secret = env.TURNSTILE_SECRET_KEY;
	if ( ! secret ) {
		console.error( JSON.stringify( { event: 'secret_missing', secret: 'TURNSTILE_SECRET_KEY' } ) );
		throw notConfigured();
	}
	if ( ! token || token.length > 2048 ) throw badRequest( 'Complete the check that you are not a robot.', { [ field ]: [ 'Complete the check that you are not a robot.' ] } );
	const form = new URLSearchParams( { secret, response: token } );
	if ( remoteIp !== 'unknown' ) form.set( 'remoteip', remoteIp );
	let answer: z.infer<typeof siteverifyAnswer>;
	try {
		const response = await fetch( env.TURNSTILE_VERIFY_URL ?? CLOUDFLARE_SITEVERIFY, { method: 'POST', body: form, signal: AbortSignal.timeout( 10_000 ) } );
		answer = siteverifyAnswer.parse( await response.json() );
	} catch ( error ) {
		console.error( JSON.stringify( { event: 'turnstile_unreachable', error: String( error ) } ) );
		throw new ApiError( 503, 'The check that you are not a robot could not be completed right now. Try again in a minute.' );
	}
	if ( answer.success ) return;
	const codes = answer[ 'error-codes' ];
	if ( codes.some( ( code ) => code.includes( 'secret' ) ) ) {
		console.error( JSON.stringify( { event: 'turnstile_secret_rejected', codes } ) );
		throw notConfigured();
	}
	const message = codes.includes( 'timeout-or-duplicate' )
		? 'The check that you are not a robot expired or was already used. Complete it again.'
		: 'The check that you are not a robot failed. Try again.';
	throw badRequest( message, { [ field ]: [ message ] } );
}
