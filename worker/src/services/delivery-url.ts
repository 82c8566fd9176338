/**
 * Where the Worker may push results: the rules a delivery URL must meet, checked when the plugin
 * reports it (test-connection answers 400 naming the rule) and again before every push.
 *
 * Workers cannot resolve a name before fetch() connects, so the resolved address cannot be checked.
 * What stands instead: the host must be the one the account registered for the site (chosen in the
 * portal by its owner, not by whoever holds the site key), https only, no IP literal in any notation
 * and no internal name, redirects are never followed, and pushes stop after repeated failures.
 */
import { isLocalEnvironment, isLoopbackHost } from '../lib/hosts';

// WHATWG URL parsing already rewrites decimal, octal and hex IPv4 forms ("2130706433", "0x7f.1",
// "0177.0.0.1") into dotted decimal, so these two patterns see every IP literal.
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const IPV6 = /^\[[0-9a-f:.]*\]$/i;
const INTERNAL_SUFFIXES = [ '.localhost', '.local', '.internal', '.intranet', '.lan', '.home.arpa' ];

const isIpLiteral = ( host: string ): boolean => IPV4.test( host ) || IPV6.test( host );

/** Names that only mean something inside a network: single labels and reserved or private suffixes. */
function isInternalName( host: string ): boolean {
	const name = host.toLowerCase().replace( /\.$/, '' );
	return ! name.includes( '.' ) || INTERNAL_SUFFIXES.some( ( suffix ) => name.endsWith( suffix ) );
}

const bare = ( host: string ) => host.toLowerCase().replace( /\.$/, '' ).replace( /^www\./, '' );

/**
 * Why `raw` may not receive deliveries for a site registered at `siteUrl`, or null when it may.
 * Loopback (any registered host) is allowed only in development and test.
 */
export function deliveryUrlProblem( raw: string, siteUrl: string, environment: string | undefined ): string | null {
	let url: URL;
	try {
		url = new URL( raw );
	} catch {
		return 'The delivery URL is not a valid URL.';
	}
	const host = url.hostname;
	const localLoopback = isLocalEnvironment( environment ) && isLoopbackHost( host );
	if ( url.username || url.password ) return 'The delivery URL must not contain a user name or password.';
	if ( url.protocol !== 'https:' && ! ( url.protocol === 'http:' && localLoopback ) ) return 'The delivery URL must use https (plain http only for loopback hosts in development).';
	if ( localLoopback ) return null;
	if ( isIpLiteral( host ) ) return 'The delivery URL must name the site’s host, not an IP address (private, loopback, link-local and reserved ranges are refused).';
	if ( isLoopbackHost( host ) || isInternalName( host ) ) return 'The delivery URL must be a public host name, not a loopback, private or reserved name.';
	let siteHost: string;
	try {
		siteHost = new URL( siteUrl ).hostname;
	} catch {
		return 'The site’s registered address is not a valid URL.';
	}
	if ( bare( host ) !== bare( siteHost ) ) return `The delivery URL must be on the site’s registered host (${ siteHost }).`;
	return null;
}
