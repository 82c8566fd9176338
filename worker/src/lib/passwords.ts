/**
 * Password hashing: PBKDF2-SHA256 through WebCrypto, 100,000 iterations (the most
 * Workers allow), stored Django-style as "pbkdf2_sha256$<iterations>$<salt>$<hash>"
 * so the count can grow later without breaking old hashes.
 */
import { fromBase64Url, randomBytes, timingSafeEqual, toBase64Url } from './crypto';

export const PBKDF2_ITERATIONS = 100_000;

/** A hash of a random password, compared against when the user is unknown (same timing). */
export const DUMMY_HASH = `pbkdf2_sha256$${ PBKDF2_ITERATIONS }$AAAAAAAAAAAAAAAAAAAAAA$AAAA`;

async function pbkdf2( password: string, salt: Uint8Array<ArrayBuffer>, iterations: number ): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey( 'raw', new TextEncoder().encode( password ), 'PBKDF2', false, [ 'deriveBits' ] );
	return new Uint8Array( await crypto.subtle.deriveBits( { name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256 ) );
}

export async function hashPassword( password: string ): Promise<string> {
	const salt = randomBytes( 16 );
	const hash = await pbkdf2( password, salt, PBKDF2_ITERATIONS );
	return `pbkdf2_sha256$${ PBKDF2_ITERATIONS }$${ toBase64Url( salt ) }$${ toBase64Url( hash ) }`;
}

export async function verifyPassword( password: string, stored: string ): Promise<boolean> {
	const [ algorithm, iterations, salt, hash ] = stored.split( '$' );
	const rounds = Number( iterations );
	if ( algorithm !== 'pbkdf2_sha256' || ! Number.isInteger( rounds ) || rounds < 1 || rounds > PBKDF2_ITERATIONS || ! salt || ! hash ) return false;
	const actual = await pbkdf2( password, fromBase64Url( salt ), rounds );
	return timingSafeEqual( actual, fromBase64Url( hash ) );
}
