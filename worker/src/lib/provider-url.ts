/**
 * Which base URLs a site may give for its own model provider. The Worker calls that URL with the site's
 * key, so an unchecked URL would let a site aim the Worker at internal addresses (SSRF): production takes
 * only https to a public host name or address; local and test stacks may also use http on loopback, where
 * their fake model (a test double) listens.
 */
import { isLocalEnvironment, isLoopbackHost } from './hosts';

/** 10/8, 172.16/12, 192.168/16, 169.254/16 (cloud metadata), 100.64/10, 0/8 and IPv6 literals other than public ones. */
function isPrivateAddress( host: string ): boolean {
	const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec( host );
	if ( v4 ) {
		const [ a, b ] = [ Number( v4[ 1 ] ), Number( v4[ 2 ] ) ];
		return a === 10 || a === 0 || ( a === 172 && b >= 16 && b <= 31 ) || ( a === 192 && b === 168 ) || ( a === 169 && b === 254 ) || ( a === 100 && b >= 64 && b <= 127 );
	}
	// Bracketed IPv6: loopback, unique-local (fc00::/7), link-local (fe80::/10) and IPv4-mapped forms are internal.
	return host.startsWith( '[' ) && /^\[(::|::1|f[cd]|fe[89ab]|::ffff:)/i.test( host );
}

/** Null when the Worker may call `value` as a provider base URL in `environment`, else why not. */
export function providerUrlProblem( value: string, environment: string | undefined ): string | null {
	let url: URL;
	try {
		url = new URL( value );
	} catch {
		return 'Enter the provider’s base URL, e.g. https://api.openai.com/v1.';
	}
	if ( url.username || url.password ) return 'The base URL must not contain a user name or password; enter the key in its own field.';
	if ( url.search || url.hash ) return 'The base URL must not have a query string or fragment.';
	const host = url.hostname.toLowerCase();
	if ( isLoopbackHost( host ) ) {
		return isLocalEnvironment( environment ) ? null : 'The base URL must be a public https address, not this machine (localhost or 127.0.0.1).';
	}
	if ( url.protocol !== 'https:' ) return 'The base URL must start with https://.';
	if ( isPrivateAddress( host ) ) return 'The base URL must be a public address, not a private or link-local network.';
	return null;
}
