/**
 * Release benchmark (issue "Ship it"): the size of dist/igny8-<version>.zip, and the time to
 * upload and activate it on a clean WordPress through wp-admin's own forms (Plugins → Add New →
 * Upload Plugin, then "Activate Plugin" and the Plugins screen it lands on), as a ratio to
 * uploading and activating a plugin of one file the same way in the same run, alternating.
 * Between samples each plugin is deleted again (not timed), so every upload is a first install.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AdmZip from 'adm-zip';
import { ROOT, cleanSiteConfig, wpEnv } from '../scripts/lib/config.ts';
import { ensureBuilt } from '../scripts/lib/build.ts';
import { buildRelease, MAX_ZIP_BYTES } from '../scripts/lib/release.ts';
import { run } from '../scripts/lib/processes.ts';
import { startWordPress } from '../scripts/lib/stack.ts';
import { median, type Benchmark, type BenchResult } from './harness.ts';

const SAMPLES = 5;

/** A cookie jar for one wp-admin session. */
class Session {
	private cookies = new Map<string, string>();
	private readonly base: string;

	constructor( base: string ) {
		this.base = base;
	}

	async fetch( path: string, init: RequestInit = {} ): Promise<Response> {
		const headers = new Headers( init.headers );
		headers.set( 'Cookie', [ ...this.cookies ].map( ( [ name, value ] ) => `${ name }=${ value }` ).join( '; ' ) );
		const response = await fetch( new URL( path, this.base ), { ...init, headers, redirect: 'manual' } );
		for ( const cookie of response.headers.getSetCookie() ) {
			const [ pair = '' ] = cookie.split( ';' );
			const at = pair.indexOf( '=' );
			this.cookies.set( pair.slice( 0, at ), pair.slice( at + 1 ) );
		}
		return response;
	}

	/** Follows redirects inside the site and returns the last page's HTML. */
	async page( path: string, init: RequestInit = {} ): Promise<string> {
		let response = await this.fetch( path, init );
		for ( let hops = 0; response.status >= 300 && response.status < 400 && hops < 5; hops++ ) {
			response = await this.fetch( response.headers.get( 'location' ) ?? '/' );
		}
		if ( response.status !== 200 ) throw new Error( `${ path }: HTTP ${ response.status }` );
		return response.text();
	}

	async logIn( user: string, password: string ): Promise<void> {
		this.cookies.set( 'wordpress_test_cookie', 'WP%20Cookie%20check' );
		const body = new URLSearchParams( { log: user, pwd: password, 'wp-submit': 'Log In', testcookie: '1' } );
		const response = await this.fetch( '/wp-login.php', { method: 'POST', body } );
		if ( response.status !== 302 ) throw new Error( `wp-login.php answered HTTP ${ response.status }` );
	}
}

const decode = ( href: string ) => href.replace( /&amp;/g, '&' );

/** Uploads a plugin zip through Upload Plugin and activates it from the link WordPress shows. */
async function uploadAndActivate( session: Session, zip: string ): Promise<void> {
	const form = await session.page( '/wp-admin/plugin-install.php' );
	const nonce = /id="_wpnonce" name="_wpnonce" value="([^"]+)"/.exec( form )?.[ 1 ];
	if ( ! nonce ) throw new Error( 'no upload nonce on plugin-install.php' );
	const body = new FormData();
	body.set( '_wpnonce', nonce );
	body.set( '_wp_http_referer', '/wp-admin/plugin-install.php' );
	body.set( 'install-plugin-submit', 'Install Now' );
	body.set( 'pluginzip', new Blob( [ readFileSync( zip ) ], { type: 'application/zip' } ), zip.split( '/' ).pop() );
	const installed = await session.page( '/wp-admin/update.php?action=upload-plugin', { method: 'POST', body } );
	const activate = /href="([^"]*plugins\.php\?action=activate[^"]*)"/.exec( installed )?.[ 1 ];
	if ( ! activate ) throw new Error( `the upload did not offer "Activate Plugin": ${ installed.replace( /<[^>]+>/g, ' ' ).replace( /\s+/g, ' ' ).slice( 0, 300 ) }` );
	const plugins = await session.page( `/wp-admin/${ decode( activate ).replace( /^.*plugins\.php/, 'plugins.php' ) }` );
	if ( ! plugins.includes( 'Plugin activated.' ) ) throw new Error( 'the Plugins screen did not say "Plugin activated."' );
}

export default {
	name: 'Plugin release: zip size, upload + activate on a clean site',
	async run( context ) {
		await ensureBuilt();
		const out = mkdtempSync( join( tmpdir(), 'igny8-bench-release-' ) );
		const clean = cleanSiteConfig( context.config );
		const evalInClean = ( code: string ) => execFileSync( 'php', [ resolve( ROOT, 'scripts/wp/eval.php' ), code ], { env: { ...process.env, IGNY8_STATE_DIR: clean.stateDir }, encoding: 'utf8' } );
		await run( 'bash', [ resolve( ROOT, 'scripts/wp/down.sh' ) ], { env: wpEnv( clean ), cwd: ROOT, allowFailure: true } );
		rmSync( resolve( clean.stateDir, 'wp', 'root', 'wp-content', 'plugins', 'igny8' ), { recursive: true, force: true } );
		const wordpress = await startWordPress( clean );
		try {
			const release = buildRelease( ROOT, out );
			const one = new AdmZip();
			one.addFile( 'bench-one-file/bench-one-file.php', Buffer.from( "<?php\n/**\n * Plugin Name: Bench one file\n */\ndefined( 'ABSPATH' ) || exit;\n" ) );
			const oneZip = resolve( out, 'bench-one-file.zip' );
			one.writeZip( oneZip );

			const session = new Session( `http://127.0.0.1:${ clean.wpPort }` );
			await session.logIn( clean.wpUser, clean.wpPassword );
			const remove = ( file: string ) => evalInClean( `require_once ABSPATH . 'wp-admin/includes/plugin.php'; require_once ABSPATH . 'wp-admin/includes/file.php'; deactivate_plugins( '${ file }', true ); $r = delete_plugins( array( '${ file }' ) ); if ( true !== $r ) { throw new RuntimeException( 'delete failed' ); }` );
			const times = { igny8: [] as number[], one: [] as number[] };
			const measure = async ( zip: string, file: string, into: number[] | null ) => {
				const start = performance.now();
				await uploadAndActivate( session, zip );
				const took = performance.now() - start;
				into?.push( took );
				remove( file );
			};
			// One warm-up of each (opcache, the upgrade folder), then alternating samples.
			await measure( oneZip, 'bench-one-file/bench-one-file.php', null );
			await measure( release.zip, 'igny8/igny8.php', null );
			for ( let i = 0; i < SAMPLES; i++ ) {
				await measure( oneZip, 'bench-one-file/bench-one-file.php', times.one );
				await measure( release.zip, 'igny8/igny8.php', times.igny8 );
			}
			const igny8 = median( times.igny8 );
			const baseline = median( times.one );
			const results: BenchResult[] = [
				{ name: 'release zip size', value: release.bytes / 1024, unit: 'KB', detail: `${ release.files } files`, target: MAX_ZIP_BYTES / 1024 },
				{ name: 'upload + activate, IGNY8 / one-file plugin', value: igny8 / baseline, unit: '×', detail: `median of ${ SAMPLES }: ${ igny8.toFixed( 0 ) } ms vs ${ baseline.toFixed( 0 ) } ms` },
			];
			return results;
		} finally {
			await wordpress.stop();
			rmSync( out, { recursive: true, force: true } );
		}
	},
} satisfies Benchmark;
