/**
 * An agent drives the pipeline over MCP: the official MCP Adapter (a test fixture from ../shared,
 * activated for this spec only) serves the igny8 server; the npm MCP SDK client connects over its
 * HTTP transport with an application password, lists the tools and calls them from keywords to a
 * draft article, against the real WordPress and Worker (the fake model is the only double).
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { wpEval, wpEvalJson } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const wpUrl = process.env.IGNY8_TEST_WP_URL ?? '';
const ADAPTER = 'mcp-adapter/mcp-adapter.php';
// The fake model names clusters and ideas after a keyword's last word: one token follows the chain.
const token = `mcp${ Date.now().toString( 36 ) }`;

let client: Client;

test.describe.configure( { mode: 'serial' } );

test.beforeAll( async () => {
	expect( existsSync( resolve( __dirname, '../../../shared/wordpress-plugins/mcp-adapter/mcp-adapter.php' ) ), 'the MCP Adapter fixture is in ../shared/wordpress-plugins' ).toBe( true );
	const out = execFileSync( 'php', [ resolve( __dirname, '../../scripts/wp/rest.php' ), 'POST', '/igny8/v1/system/connection', JSON.stringify( { cloud_url: cloudUrl, api_key: siteKey } ) ], { env: process.env, encoding: 'utf8' } );
	expect( ( JSON.parse( out ) as { status: number } ).status ).toBe( 200 );
	expect( wpEval( `$r = activate_plugin( '${ ADAPTER }' ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';` ) ).toBe( 'ok' );
	const { password } = wpEvalJson<{ password: string }>(
		"$user = get_user_by( 'login', 'admin' ); $made = WP_Application_Passwords::create_new_application_password( $user->ID, array( 'name' => 'MCP e2e ' . microtime( true ) ) ); echo wp_json_encode( array( 'password' => is_wp_error( $made ) ? '' : $made[0] ) );"
	);
	expect( password ).not.toBe( '' );
	client = new Client( { name: 'igny8-e2e-agent', version: '1.0.0' } );
	await client.connect(
		new StreamableHTTPClientTransport( new URL( `${ wpUrl }/wp-json/mcp/igny8` ), {
			requestInit: { headers: { Authorization: `Basic ${ Buffer.from( `admin:${ password }` ).toString( 'base64' ) }` } },
		} )
	);
} );

test.afterAll( async () => {
	await client?.close();
	wpEval( `deactivate_plugins( '${ ADAPTER }' ); echo 1;` );
} );

/** One tool call; fails the test on an MCP error, returns the ability's answer. */
async function call<T>( name: string, args: Record<string, unknown> = {} ): Promise<T> {
	const result = ( await client.callTool( { name, arguments: args } ) ) as { isError?: boolean; structuredContent?: unknown; content?: Array<{ type: string; text?: string }> };
	const text = result.content?.find( ( part ) => part.type === 'text' )?.text ?? '';
	expect( result.isError ?? false, `${ name }: ${ text }` ).toBe( false );
	return ( result.structuredContent ?? JSON.parse( text ) ) as T;
}

/** Follows a job with igny8-get-job until its result is applied on the site. */
async function applied( jobId: string ): Promise<{ status: string; applied: boolean; post: { id: number } | null }> {
	for ( let attempt = 0; attempt < 90; attempt++ ) {
		const job = await call<{ status: string; applied: boolean; post: { id: number } | null }>( 'igny8-get-job', { job_id: jobId } );
		if ( job.applied || job.status === 'failed' || job.status === 'cancelled' ) return job;
		await new Promise( ( done ) => setTimeout( done, 1_000 ) );
	}
	throw new Error( `job ${ jobId } was not applied within 90 s` );
}

test( 'tools/list shows the pipeline as tools', async () => {
	const { tools } = await client.listTools();
	const names = tools.map( ( tool ) => tool.name );
	for ( const name of [ 'igny8-auto-cluster', 'igny8-generate-ideas', 'igny8-generate-content', 'igny8-generate-images', 'igny8-get-job', 'igny8-estimate', 'igny8-get-balance', 'igny8-add-keyword', 'igny8-import-keywords', 'igny8-create-tasks', 'igny8-score-post', 'igny8-suggest-links', 'igny8-apply-links' ] ) {
		expect( names ).toContain( name );
	}
	const cluster = tools.find( ( tool ) => tool.name === 'igny8-auto-cluster' );
	expect( ( cluster?.inputSchema as { properties?: Record<string, unknown> } ).properties ).toHaveProperty( 'ids' );
} );

test( 'an agent goes from keywords to a draft article through tools/call', async () => {
	const balance = await call<{ credits: number }>( 'igny8-get-balance' );
	expect( balance.credits ).toBeGreaterThan( 0 );

	const imported = await call<{ created: number }>( 'igny8-import-keywords', {
		keywords: [ 'tent', 'stove' ].map( ( item ) => ( { keyword: `camping ${ item } ${ token }`, search_volume: 100 } ) ),
	} );
	expect( imported.created ).toBe( 2 );
	const added = await call<{ id: number }>( 'igny8-add-keyword', { keyword: `camping lantern ${ token }`, search_volume: 100 } );
	const listed = await call<{ items: Array<{ id: number }>; total: number }>( 'igny8-list-keywords', { search: token } );
	expect( listed.total ).toBe( 3 );
	const ids = listed.items.map( ( keyword ) => keyword.id );
	expect( ids ).toContain( added.id );
	const price = await call<{ credits: number; jobs: number }>( 'igny8-estimate', { action: 'auto_cluster', ids } );
	expect( price.credits ).toBeGreaterThan( 0 );

	const clustered = await call<{ jobs: Array<{ job_id: string }> }>( 'igny8-auto-cluster', { ids } );
	expect( ( await applied( clustered.jobs[ 0 ]!.job_id ) ).status ).toBe( 'completed' );
	const clusters = await call<{ items: Array<{ id: number; name: string }> }>( 'igny8-list-clusters', { search: token } );
	const clusterId = clusters.items[ 0 ]?.id ?? 0;
	expect( clusterId ).toBeGreaterThan( 0 );

	const ideasJob = await call<{ jobs: Array<{ job_id: string }> }>( 'igny8-generate-ideas', { ids: [ clusterId ] } );
	expect( ( await applied( ideasJob.jobs[ 0 ]!.job_id ) ).status ).toBe( 'completed' );
	const ideas = await call<{ items: Array<{ id: number }> }>( 'igny8-list-ideas', { search: token } );
	expect( ideas.items.length ).toBeGreaterThan( 0 );

	const tasks = await call<{ tasks: Array<{ task_id: number }> }>( 'igny8-create-tasks', { ids: [ ideas.items[ 0 ]!.id ] } );
	const taskId = tasks.tasks[ 0 ]?.task_id ?? 0;
	expect( taskId ).toBeGreaterThan( 0 );

	const written = await call<{ jobs: Array<{ job_id: string }> }>( 'igny8-generate-content', { ids: [ taskId ] } );
	const article = await applied( written.jobs[ 0 ]!.job_id );
	expect( article.status ).toBe( 'completed' );
	const postId = article.post?.id ?? 0;
	expect( postId ).toBeGreaterThan( 0 );
	expect( wpEval( `echo get_post_status( ${ postId } );` ) ).toBe( 'draft' );
	const scored = await call<{ post_id: number; score: number }>( 'igny8-score-post', { post_id: postId } );
	expect( scored.post_id ).toBe( postId );
	expect( scored.score ).toBeGreaterThan( 0 );
} );
