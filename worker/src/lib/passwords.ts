/**
 * Password hashing: the password is first keyed with a server-side pepper (HMAC-SHA256 under
 * the PASSWORD_PEPPER secret, which never lives in D1), then stretched with PBKDF2-SHA256
 * through WebCrypto, 100,000 iterations (the most Workers allow). Stored Django-style as
 * "<format>$<iterations>$<salt>$<hash>", so a stolen database alone cannot test guesses.
 *
 * Formats: "hmac_pbkdf2_sha256" (peppered, current) and "pbkdf2_sha256" (before the pepper;
 * still accepted, and rehashed at the next successful sign-in — `needsRehash`).
 */
import type { Env } from '../env';
import { fromBase64Url, randomBytes, timingSafeEqual, toBase64Url } from './crypto';
import { ApiError } from './errors';

export const PBKDF2_ITERATIONS = 100_000;
const PEPPERED = 'hmac_pbkdf2_sha256';
const LEGACY = 'pbkdf2_sha256';
const DEV_PEPPER = 'igny8-development-only-password-pepper';

/** A hash of a random password, compared against when the user is unknown (same timing). */
export const DUMMY_HASH = `${ PEPPERED }$${ PBKDF2_ITERATIONS }$AAAAAAAAAAAAAAAAAAAAAA$AAAA`;

/**
 * The pepper; a built-in one exists only in development and tests. Without it elsewhere no
 * password can be hashed or checked, so sign-up, sign-in and password changes refuse (503).
 */
export function passwordPepper( env: Pick<Env, 'PASSWORD_PEPPER' | 'ENVIRONMENT'> ): string {
	if ( env.PASSWORD_PEPPER ) return env.PASSWORD_PEPPER;
	if ( env.ENVIRONMENT === 'development' || env.ENVIRONMENT === 'test' ) return DEV_PEPPER;
	console.error( JSON.stringify( { event: 'secret_missing', secret: 'PASSWORD_PEPPER' } ) );
	throw new ApiError( 503, 'Signing in is not available: the service is not fully configured yet.' );
}

async function pbkdf2( secret: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>, iterations: number ): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey( 'raw', secret, 'PBKDF2', false, [ 'deriveBits' ] );
	return new Uint8Array( await crypto.subtle.deriveBits( { name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256 ) );
}

async function peppered( pepper: string, password: string ): Promise<Uint8Array<ArrayBuffer>> {
	const encoder = new TextEncoder();
	const key = await crypto.subtle.importKey( 'raw', encoder.encode( pepper ), { name: 'HMAC', hash: 'SHA-256' }, false, [ 'sign' ] );
	return new Uint8Array( await crypto.subtle.sign( 'HMAC', key, encoder.encode( password ) ) );
}

export async function hashPassword( pepper: string, password: string ): Promise<string> {
	const salt = randomBytes( 16 );
	const hash = await pbkdf2( await peppered( pepper, password ), salt, PBKDF2_ITERATIONS );
	return `${ PEPPERED }$${ PBKDF2_ITERATIONS }$${ toBase64Url( salt ) }$${ toBase64Url( hash ) }`;
}

export interface PasswordCheck {
	valid: boolean;
	/** The stored hash is in an older format (or fewer rounds): store a new one now that the password is known. */
	needsRehash: boolean;
}

export async function verifyPassword( pepper: string, password: string, stored: string ): Promise<PasswordCheck> {
	const [ format, iterations, salt, hash ] = stored.split( '$' );
	const rounds = Number( iterations );
	const invalid = { valid: false, needsRehash: false };
	if ( ( format !== PEPPERED && format !== LEGACY ) || ! Number.isInteger( rounds ) || rounds < 1 || rounds > PBKDF2_ITERATIONS || ! salt || ! hash ) return invalid;
	const secret = format === PEPPERED ? await peppered( pepper, password ) : new TextEncoder().encode( password );
	const actual = await pbkdf2( secret, fromBase64Url( salt ), rounds );
	if ( ! timingSafeEqual( actual, fromBase64Url( hash ) ) ) return invalid;
	return { valid: true, needsRehash: format !== PEPPERED || rounds < PBKDF2_ITERATIONS };
}
