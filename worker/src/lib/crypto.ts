/** Small WebCrypto helpers shared by keys, passwords and delivery signatures. */

const encoder = new TextEncoder();

export function randomBytes( length: number ): Uint8Array<ArrayBuffer> {
	return crypto.getRandomValues( new Uint8Array( length ) );
}

export function toBase64Url( bytes: Uint8Array ): string {
	let binary = '';
	for ( const byte of bytes ) binary += String.fromCharCode( byte );
	return btoa( binary ).replace( /\+/g, '-' ).replace( /\//g, '_' ).replace( /=+$/, '' );
}

export function fromBase64Url( text: string ): Uint8Array<ArrayBuffer> {
	const base64 = text.replace( /-/g, '+' ).replace( /_/g, '/' ).padEnd( Math.ceil( text.length / 4 ) * 4, '=' );
	return Uint8Array.from( atob( base64 ), ( char ) => char.charCodeAt( 0 ) );
}

export function toHex( bytes: ArrayBuffer | Uint8Array ): string {
	return [ ...new Uint8Array( bytes ) ].map( ( byte ) => byte.toString( 16 ).padStart( 2, '0' ) ).join( '' );
}

export async function sha256Hex( text: string ): Promise<string> {
	return toHex( await crypto.subtle.digest( 'SHA-256', encoder.encode( text ) ) );
}

export async function hmacSha256Hex( secret: string, message: string ): Promise<string> {
	const key = await crypto.subtle.importKey( 'raw', encoder.encode( secret ), { name: 'HMAC', hash: 'SHA-256' }, false, [ 'sign' ] );
	return toHex( await crypto.subtle.sign( 'HMAC', key, encoder.encode( message ) ) );
}

/** Compares without an early exit, so timing does not reveal how much matched. */
export function timingSafeEqual( a: Uint8Array, b: Uint8Array ): boolean {
	if ( a.length !== b.length ) return false;
	let diff = 0;
	for ( let i = 0; i < a.length; i++ ) diff |= a[ i ]! ^ b[ i ]!;
	return diff === 0;
}
