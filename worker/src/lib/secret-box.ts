/**
 * AES-256-GCM (WebCrypto) for the few secrets the Worker must read back, such as the sites' webhook
 * secrets. The key is the ENCRYPTION_KEY Worker secret: base64 of 32 random bytes. Each value is bound
 * to a context (e.g. the site id) as additional data, so a sealed value copied to another row fails to open.
 *
 *   sealed = "enc:v1:" base64url(12-byte IV) "." base64url(ciphertext + tag)
 */
import { fromBase64Url, randomBytes, toBase64Url } from './crypto';

const PREFIX = 'enc:v1:';
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const keys = new Map<string, Promise<CryptoKey>>();

/** True when the value was written by seal() (older rows may still hold clear text). */
export const isSealed = ( value: string ): boolean => value.startsWith( PREFIX );

/** The raw key bytes of an ENCRYPTION_KEY value, or null when it is not base64 of 32 bytes. */
export function encryptionKeyBytes( keyBase64: string | undefined ): Uint8Array<ArrayBuffer> | null {
	if ( ! keyBase64 || ! /^[A-Za-z0-9+/_-]+={0,2}$/.test( keyBase64.trim() ) ) return null;
	try {
		const bytes = fromBase64Url( keyBase64.trim().replace( /=+$/, '' ) );
		return bytes.length === 32 ? bytes : null;
	} catch {
		return null;
	}
}

function importKey( keyBase64: string ): Promise<CryptoKey> {
	let key = keys.get( keyBase64 );
	if ( ! key ) {
		const bytes = encryptionKeyBytes( keyBase64 );
		if ( ! bytes ) throw new Error( 'ENCRYPTION_KEY must be the base64 of 32 random bytes.' );
		key = crypto.subtle.importKey( 'raw', bytes, 'AES-GCM', false, [ 'encrypt', 'decrypt' ] );
		keys.set( keyBase64, key );
	}
	return key;
}

/** Encrypts `plaintext` for `context`. */
export async function seal( keyBase64: string, plaintext: string, context: string ): Promise<string> {
	const iv = randomBytes( 12 );
	const sealed = await crypto.subtle.encrypt( { name: 'AES-GCM', iv, additionalData: encoder.encode( context ) }, await importKey( keyBase64 ), encoder.encode( plaintext ) );
	return `${ PREFIX }${ toBase64Url( iv ) }.${ toBase64Url( new Uint8Array( sealed ) ) }`;
}

/** Decrypts a sealed value for `context`; throws when the key, the context or the bytes do not match. */
export async function unseal( keyBase64: string, sealed: string, context: string ): Promise<string> {
	const [ iv, data ] = sealed.slice( PREFIX.length ).split( '.' );
	if ( ! isSealed( sealed ) || ! iv || ! data ) throw new Error( 'Not a sealed value.' );
	const plain = await crypto.subtle.decrypt( { name: 'AES-GCM', iv: fromBase64Url( iv ), additionalData: encoder.encode( context ) }, await importKey( keyBase64 ), fromBase64Url( data ) );
	return decoder.decode( plain );
}
