/**
 * TEST DOUBLE — a tiny HTTP receiver standing in for WordPress's
 * /igny8/v1/deliveries endpoint. It records every request (headers and raw
 * body) so a test can check the Worker's signed delivery itself, and can be
 * told to fail the next N deliveries to exercise the Worker's retries.
 *
 *   GET    /__requests[?path=/hooks/abc]  → the recorded requests
 *   DELETE /__requests                    → forget them
 *   POST   /__control {fail_next, status, match?, location?} → answer the next N matching deliveries with
 *                                           `status` (and a Location header: a redirect)
 *   any other request                     → recorded, 200 {"ok":true}
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
	method: string;
	path: string;
	headers: Record<string, string>;
	body: string;
	received_at: number;
}

export interface ReceiverHandle {
	url: string;
	port: number;
	requests: RecordedRequest[];
	close(): Promise<void>;
}

interface FailureRule {
	remaining: number;
	status: number;
	match?: string;
	location?: string;
}

/** Starts the recording receiver (a test double) in this process. */
export async function startReceiver( options: { port?: number; host?: string } = {} ): Promise<ReceiverHandle> {
	const host = options.host ?? '127.0.0.1';
	const requests: RecordedRequest[] = [];
	const failures: FailureRule[] = [];

	const server = http.createServer( async ( req, res ) => {
		const chunks: Buffer[] = [];
		for await ( const chunk of req ) chunks.push( chunk as Buffer );
		const body = Buffer.concat( chunks ).toString( 'utf8' );
		const url = new URL( req.url ?? '/', 'http://receiver' );
		res.setHeader( 'X-Test-Double', 'delivery receiver (IGNY8 test double)' );
		const json = ( status: number, value: unknown, extra: Record<string, string> = {} ): void => {
			res.writeHead( status, { 'Content-Type': 'application/json', ...extra } );
			res.end( JSON.stringify( value ) );
		};

		if ( url.pathname === '/__requests' ) {
			if ( req.method === 'DELETE' ) {
				requests.length = 0;
				return json( 200, { ok: true } );
			}
			const path = url.searchParams.get( 'path' );
			return json( 200, path ? requests.filter( ( request ) => request.path === path ) : requests );
		}
		if ( url.pathname === '/__control' && req.method === 'POST' ) {
			const rule = JSON.parse( body || '{}' ) as { fail_next?: number; status?: number; match?: string; location?: string };
			failures.push( { remaining: rule.fail_next ?? 1, status: rule.status ?? 500, match: rule.match, location: rule.location } );
			return json( 200, { ok: true } );
		}

		const headers: Record<string, string> = {};
		for ( const [ name, value ] of Object.entries( req.headers ) ) {
			headers[ name ] = Array.isArray( value ) ? value.join( ', ' ) : String( value ?? '' );
		}
		requests.push( { method: req.method ?? 'GET', path: url.pathname, headers, body, received_at: Date.now() } );
		const rule = failures.find( ( candidate ) => ! candidate.match || url.pathname.includes( candidate.match ) || body.includes( candidate.match ) );
		if ( rule ) {
			rule.remaining -= 1;
			if ( rule.remaining <= 0 ) failures.splice( failures.indexOf( rule ), 1 );
			return json( rule.status, { ok: false, injected: true }, rule.location ? { Location: rule.location } : {} );
		}
		return json( 200, { ok: true } );
	} );

	await new Promise<void>( ( resolve, reject ) => {
		server.once( 'error', reject );
		server.listen( options.port ?? 0, host, () => resolve() );
	} );
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${ host }:${ port }`,
		port,
		requests,
		close: () =>
			new Promise<void>( ( resolve ) => {
				server.closeAllConnections();
				server.close( () => resolve() );
			} ),
	};
}

/**
 * Whether a recorded delivery carries a valid X-IGNY8-Signature (`t=…,v1=…[,v1=…]`, HMAC-SHA256
 * over "t.POST./igny8/v1/deliveries.body") for `secret`, checked the way the WordPress plugin
 * checks it: one matching v1 is enough. The timestamp window is the caller's to check.
 */
export function deliverySignatureMatches( request: RecordedRequest, secret: string ): boolean {
	const header = request.headers[ 'x-igny8-signature' ] ?? '';
	const timestamp = /^t=(\d+)(,v1=[0-9a-f]{64})+$/.exec( header )?.[ 1 ];
	if ( ! timestamp ) return false;
	const expected = createHmac( 'sha256', secret ).update( `${ timestamp }.POST./igny8/v1/deliveries.${ request.body }` ).digest();
	return [ ...header.matchAll( /v1=([0-9a-f]{64})/g ) ].some( ( match ) => timingSafeEqual( expected, Buffer.from( match[ 1 ] as string, 'hex' ) ) );
}
