/**
 * The reply corpus (worker/test-node/corpus/replies/) for the browser specs: the fixtures,
 * WordPress calls batched into one PHP process each (two hundred REST calls one by one
 * would take minutes), and the trap a page gets before any of its own script runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { wpEvalJson } from './wordpress';

export const CORPUS_DIR = resolve( __dirname, '../../worker/test-node/corpus/replies' );

/** One corpus file (the fields the end-to-end spec reads). */
export interface ReplyFixture {
	id: string;
	category: string;
	function: string;
	expect: { outcome: 'ok' | 'fail'; text?: string[]; hosts?: string[]; error?: string };
}

/** Every fixture of `fn` in the corpus, sorted by id. */
export function loadFixtures( fn: string ): ReplyFixture[] {
	return readdirSync( CORPUS_DIR )
		.filter( ( name ) => name.endsWith( '.json' ) )
		.sort()
		.map( ( name ) => JSON.parse( readFileSync( resolve( CORPUS_DIR, name ), 'utf8' ) ) as ReplyFixture )
		.filter( ( fixture ) => fixture.function === fn );
}

/** The brief that makes the fake model (a test double) answer with the fixture's recorded reply. */
export const fixtureBrief = ( id: string ) => `Corpus fixture ${ id }. [[igny8-fixture:${ id }]]`;

/** A PHP expression holding `value`, decoded from base64 so no quoting can break the code. */
export const phpValue = ( value: unknown ) => `json_decode( base64_decode( '${ Buffer.from( JSON.stringify( value ) ).toString( 'base64' ) }' ), true )`;

/**
 * Dispatches many WP REST requests in one PHP process, as the admin; returns each
 * response's status and data in order.
 */
export function wpRestBatch( requests: Array<{ method: string; route: string; body?: Record<string, unknown> }> ): Array<{ status: number; data: unknown }> {
	const login = JSON.stringify( process.env.IGNY8_WP_USER ?? 'admin' );
	return wpEvalJson( `
		wp_set_current_user( get_user_by( 'login', ${ login } )->ID );
		$out = array();
		foreach ( ${ phpValue( requests ) } as $call ) {
			$request = new WP_REST_Request( $call['method'], $call['route'] );
			if ( ! empty( $call['body'] ) ) {
				$request->set_header( 'Content-Type', 'application/json' );
				$request->set_body( wp_json_encode( $call['body'] ) );
			}
			$response = rest_do_request( $request );
			$out[]    = array( 'status' => $response->get_status(), 'data' => rest_get_server()->response_to_data( $response, false ) );
		}
		echo wp_json_encode( $out );
	` );
}

/** A WordPress-side view of the jobs: status, error and the post each one wrote. */
export interface LocalJob {
	job_id: string;
	status: string;
	error: string | null;
	post_id: string | null;
	applied_at: string | null;
}

/** The plugin's local job rows for `ids`. */
export function localJobs( ids: string[] ): LocalJob[] {
	return wpEvalJson( `
		global $wpdb;
		$ids = ${ phpValue( ids ) };
		$in  = implode( ',', array_fill( 0, count( $ids ), '%s' ) );
		echo wp_json_encode( $wpdb->get_results( $wpdb->prepare( "SELECT job_id, status, error, post_id, applied_at FROM {$wpdb->prefix}igny8_jobs WHERE job_id IN ( $in )", $ids ), ARRAY_A ) );
	` );
}

/**
 * Runs in every frame before the page's scripts: any payload that reaches script context
 * sets `window.__xss`, calls alert/confirm/prompt/print or opens a dialog, and leaves a trace
 * in `window.__igny8Trap`. The trap names are what the corpus's attack fixtures use.
 */
export function installTrap(): void {
	const hits: string[] = [];
	Object.defineProperty( window, '__igny8Trap', { value: hits } );
	Object.defineProperty( window, '__xss', {
		configurable: false,
		get: () => undefined,
		set: ( value: unknown ) => {
			hits.push( `window.__xss = ${ String( value ) }` );
		},
	} );
	for ( const name of [ 'alert', 'confirm', 'prompt', 'print' ] as const ) {
		Object.defineProperty( window, name, {
			configurable: false,
			value: ( ...args: unknown[] ) => {
				hits.push( `${ name }(${ args.map( String ).join( ', ' ) })` );
				return null;
			},
		} );
	}
}
