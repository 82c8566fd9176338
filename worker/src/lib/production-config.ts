/**
 * What a deployment needs before it may serve. Development and test stacks get their values from the
 * local config (scripts/lib/stack.ts, worker/vitest.config.ts); any other ENVIRONMENT is production and
 * must bring its own secrets, so a plain `wrangler deploy` never signs with a public constant.
 */
import type { Env } from '../env';
import { isLocalEnvironment, isLoopbackHost } from './hosts';
import { encryptionKeyBytes } from './secret-box';

const MIN_JWT_SECRET_BYTES = 32;

/** A model URL a production Worker may call: https and not loopback (unset means the real OpenAI API). */
function modelUrlProblem( value: string | undefined ): boolean {
	if ( value === undefined || value === '' ) return false;
	try {
		const url = new URL( value );
		return url.protocol !== 'https:' || isLoopbackHost( url.hostname );
	} catch {
		return true;
	}
}

/** The settings missing or unusable for this environment, each with its rule; empty when it may serve. */
export function missingConfiguration( env: Pick<Env, 'ENVIRONMENT' | 'JWT_SECRET' | 'ENCRYPTION_KEY' | 'OPENAI_BASE_URL'> ): string[] {
	if ( isLocalEnvironment( env.ENVIRONMENT ) ) return [];
	const missing: string[] = [];
	if ( new TextEncoder().encode( env.JWT_SECRET ?? '' ).length < MIN_JWT_SECRET_BYTES ) missing.push( `JWT_SECRET (at least ${ MIN_JWT_SECRET_BYTES } bytes)` );
	if ( ! encryptionKeyBytes( env.ENCRYPTION_KEY ) ) missing.push( 'ENCRYPTION_KEY (base64 of 32 random bytes)' );
	if ( modelUrlProblem( env.OPENAI_BASE_URL ) ) missing.push( 'OPENAI_BASE_URL (an https model endpoint that is not loopback)' );
	return missing;
}
