/**
 * DEVELOPMENT STAND-IN for a mail provider — the local mailbox of `npm start` and `npm test`.
 * The Worker cannot write files, so it posts each message here the way it posts to an HTTP
 * provider (services/mail/http.ts: {from, to: [address], subject, text}); this server writes it
 * to <dir>/<time>-<address>.eml and prints the first link, so a developer can follow it.
 *
 *   POST /emails                   → stores the message, 200 {"id": "<file name>"}
 *   GET  /__messages[?to=address]  → the stored messages, oldest first (for tests)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface StoredMail {
	file: string;
	from: string;
	to: string;
	subject: string;
	text: string;
}

export interface MailboxHandle {
	/** The URL the Worker posts to (its MAIL_HTTP_URL). */
	url: string;
	dir: string;
	close(): Promise<void>;
}

/** The first http(s) link of a message body. */
export const firstLink = ( text: string ) => /https?:\/\/\S+/.exec( text )?.[ 0 ] ?? '';

/** Reads a stored .eml back (the headers this mailbox writes, then the plain-text body). */
export function readMail( dir: string, file: string ): StoredMail {
	const raw = readFileSync( join( dir, file ), 'utf8' );
	const split = raw.indexOf( '\r\n\r\n' );
	const header = ( name: string ) => new RegExp( `^${ name }: (.*)$`, 'im' ).exec( raw.slice( 0, split ) )?.[ 1 ]?.trim() ?? '';
	return { file, from: header( 'From' ), to: header( 'To' ), subject: header( 'Subject' ), text: raw.slice( split + 4 ).replace( /\r\n/g, '\n' ) };
}

/** The messages in `dir` for `to` (all when omitted), oldest first. */
export function listMail( dir: string, to?: string ): StoredMail[] {
	let files: string[];
	try {
		files = readdirSync( dir ).filter( ( file ) => file.endsWith( '.eml' ) ).sort();
	} catch {
		return [];
	}
	return files.map( ( file ) => readMail( dir, file ) ).filter( ( mail ) => ! to || mail.to.toLowerCase() === to.toLowerCase() );
}

const oneLine = ( text: string ) => text.replace( /[\r\n]+/g, ' ' ).slice( 0, 998 );

function store( dir: string, message: { from: string; to: string; subject: string; text: string } ): string {
	const now = new Date();
	const file = `${ now.toISOString().replace( /[:.]/g, '-' ) }-${ process.hrtime.bigint() }-${ message.to.replace( /[^a-z0-9@._-]/gi, '_' ) }.eml`;
	const eml = [ `From: ${ oneLine( message.from ) }`, `To: ${ oneLine( message.to ) }`, `Subject: ${ oneLine( message.subject ) }`, `Date: ${ now.toUTCString() }`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', message.text.replace( /\r?\n/g, '\r\n' ) ].join( '\r\n' );
	writeFileSync( join( dir, file ), eml );
	return file;
}

/** Starts the mailbox (a development stand-in) writing into `dir`. */
export async function startMailbox( options: { dir: string; port?: number; host?: string; quiet?: boolean } ): Promise<MailboxHandle> {
	const host = options.host ?? '127.0.0.1';
	mkdirSync( options.dir, { recursive: true } );
	const server = http.createServer( ( request, response ) => {
		const url = new URL( request.url ?? '/', `http://${ host }` );
		const send = ( status: number, body: unknown ) => {
			response.writeHead( status, { 'Content-Type': 'application/json' } );
			response.end( JSON.stringify( body ) );
		};
		if ( request.method === 'GET' && url.pathname === '/__messages' ) return send( 200, listMail( options.dir, url.searchParams.get( 'to' ) ?? undefined ) );
		if ( request.method !== 'POST' || url.pathname !== '/emails' ) return send( 404, { error: 'not found' } );
		const chunks: Buffer[] = [];
		request.on( 'data', ( chunk: Buffer ) => chunks.push( chunk ) );
		request.on( 'end', () => {
			try {
				const body = JSON.parse( Buffer.concat( chunks ).toString( 'utf8' ) ) as { from?: unknown; to?: unknown; subject?: unknown; text?: unknown };
				const to = Array.isArray( body.to ) ? body.to : [ body.to ];
				if ( typeof body.from !== 'string' || typeof body.subject !== 'string' || typeof body.text !== 'string' || to.length !== 1 || typeof to[ 0 ] !== 'string' ) return send( 422, { error: 'expected {from, to: [address], subject, text}' } );
				const file = store( options.dir, { from: body.from, to: to[ 0 ], subject: body.subject, text: body.text } );
				if ( ! options.quiet ) console.log( `igny8 mailbox: mail to ${ to[ 0 ] } — ${ body.subject }\n  ${ firstLink( body.text ) }` );
				return send( 200, { id: file } );
			} catch {
				return send( 400, { error: 'the body is not JSON' } );
			}
		} );
	} );
	await new Promise<void>( ( resolve ) => server.listen( options.port ?? 0, host, resolve ) );
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${ host }:${ port }/emails`,
		dir: options.dir,
		close: () => new Promise<void>( ( resolve ) => server.close( () => resolve() ) ),
	};
}
