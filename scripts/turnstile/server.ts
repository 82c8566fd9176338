/**
 * TEST DOUBLE — a local stand-in for Cloudflare Turnstile, for offline development and tests.
 * It answers siteverify the way Cloudflare documents for its published test secret keys, and
 * serves a widget script that hands the form the dummy token Cloudflare's test sitekeys give.
 * Production talks to https://challenges.cloudflare.com (TURNSTILE_VERIFY_URL unset).
 *
 *   POST /turnstile/v0/siteverify  form or JSON {secret, response, remoteip?}
 *        1x0000000000000000000000000000000AA  always passes
 *        2x0000000000000000000000000000000AA  always fails           (invalid-input-response)
 *        3x0000000000000000000000000000000AA  token already spent    (timeout-or-duplicate)
 *        any other secret: the dummy token is refused, like a production secret refuses it
 *   GET  /turnstile/v0/api.js      fills each .cf-turnstile widget's form with the dummy token
 *                                  (a site key starting "2x" yields no token, like Cloudflare's)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const TEST_SECRETS = { passes: '1x0000000000000000000000000000000AA', fails: '2x0000000000000000000000000000000AA', spent: '3x0000000000000000000000000000000AA' } as const;
export const TEST_SITE_KEY = '1x00000000000000000000AA';
export const DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX';

export interface TurnstileHandle {
	/** The siteverify URL (the Worker's TURNSTILE_VERIFY_URL); api.js sits beside it. */
	verifyUrl: string;
	close(): Promise<void>;
}

type Answer = { success: boolean; 'error-codes': string[]; challenge_ts?: string; hostname?: string; action?: string; cdata?: string };

/** What Cloudflare's siteverify answers for this secret and token. */
export function siteverify( secret: string | undefined, token: string | undefined ): Answer {
	const failure = ( code: string ): Answer => ( { success: false, 'error-codes': [ code ] } );
	if ( ! secret ) return failure( 'missing-input-secret' );
	if ( ! token ) return failure( 'missing-input-response' );
	if ( secret === TEST_SECRETS.passes ) return { success: true, 'error-codes': [], challenge_ts: new Date().toISOString(), hostname: 'example.com', action: '', cdata: '' };
	if ( secret === TEST_SECRETS.fails ) return failure( 'invalid-input-response' );
	if ( secret === TEST_SECRETS.spent ) return failure( 'timeout-or-duplicate' );
	// A production secret: the dummy token never passes, and real tokens cannot be checked offline.
	return failure( token === DUMMY_TOKEN ? 'invalid-input-response' : 'invalid-input-secret' );
}

const WIDGET_SCRIPT = `/* TEST DOUBLE of Turnstile's api.js: no challenge, the dummy token of Cloudflare's test sitekeys. */
document.querySelectorAll( '.cf-turnstile' ).forEach( function ( widget ) {
	var form = widget.closest( 'form' );
	var note = document.createElement( 'small' );
	note.textContent = 'Turnstile test double: no challenge is shown.';
	widget.appendChild( note );
	if ( ! form || /^2x/.test( widget.getAttribute( 'data-sitekey' ) || '' ) ) return;
	var input = document.createElement( 'input' );
	input.type = 'hidden';
	input.name = 'cf-turnstile-response';
	input.value = ${ JSON.stringify( DUMMY_TOKEN ) };
	widget.appendChild( input );
} );
`;

async function fieldsOf( request: http.IncomingMessage ): Promise<Record<string, string>> {
	const chunks: Buffer[] = [];
	for await ( const chunk of request ) chunks.push( chunk as Buffer );
	const body = Buffer.concat( chunks ).toString( 'utf8' );
	if ( ( request.headers[ 'content-type' ] ?? '' ).includes( 'application/json' ) ) {
		try {
			return JSON.parse( body ) as Record<string, string>;
		} catch {
			return {};
		}
	}
	return Object.fromEntries( new URLSearchParams( body ) );
}

/** Starts the Turnstile test double in this process. */
export async function startTurnstile( options: { port?: number; host?: string } = {} ): Promise<TurnstileHandle> {
	const host = options.host ?? '127.0.0.1';
	const server = http.createServer( async ( request, response ) => {
		const path = new URL( request.url ?? '/', `http://${ host }` ).pathname;
		if ( request.method === 'GET' && path === '/turnstile/v0/api.js' ) {
			response.writeHead( 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' } );
			return response.end( WIDGET_SCRIPT );
		}
		if ( request.method === 'POST' && path === '/turnstile/v0/siteverify' ) {
			const fields = await fieldsOf( request );
			response.writeHead( 200, { 'Content-Type': 'application/json' } );
			return response.end( JSON.stringify( siteverify( fields.secret, fields.response ) ) );
		}
		response.writeHead( 404, { 'Content-Type': 'application/json' } );
		response.end( '{"error":"not found"}' );
	} );
	await new Promise<void>( ( resolve ) => server.listen( options.port ?? 0, host, resolve ) );
	const { port } = server.address() as AddressInfo;
	return { verifyUrl: `http://${ host }:${ port }/turnstile/v0/siteverify`, close: () => new Promise<void>( ( resolve ) => server.close( () => resolve() ) ) };
}
