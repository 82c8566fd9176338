/**
 * Helpers for e2e specs: run PHP inside the test WordPress (to read what the
 * plugin stored), and collect browser console errors so a spec can assert none.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

const ROOT = resolve( __dirname, '..', '..' );

/** Runs PHP code inside the test WordPress (or the one whose state folder is given) and returns what it echoes. */
export function wpEval( code: string, stateDir?: string ): string {
	return execFileSync( 'php', [ resolve( ROOT, 'scripts/wp/eval.php' ), code ], {
		env: stateDir ? { ...process.env, IGNY8_STATE_DIR: stateDir } : process.env,
		encoding: 'utf8',
	} );
}

/** Runs PHP code that echoes JSON and parses it. */
export function wpEvalJson<T>( code: string, stateDir?: string ): T {
	return JSON.parse( wpEval( code, stateDir ) ) as T;
}

/**
 * Sends one request through the test WordPress's REST API as the admin (scripts/wp/rest.php):
 * fixtures made through the real routes, another editor's change, and what was stored.
 */
export function wpRest( method: string, route: string, body: unknown = {} ): { status: number; data: unknown } {
	try {
		const out = execFileSync( 'php', [ resolve( ROOT, 'scripts/wp/rest.php' ), method, route, JSON.stringify( body ) ], { env: process.env, encoding: 'utf8' } );
		return JSON.parse( out ) as { status: number; data: unknown };
	} catch ( error ) {
		// rest.php exits 1 on a 4xx/5xx answer and still prints it.
		return JSON.parse( String( ( error as { stdout?: string } ).stdout ) ) as { status: number; data: unknown };
	}
}

/** Starts collecting console errors and page errors of a page. */
export function collectConsoleErrors( page: Page ): string[] {
	const errors: string[] = [];
	page.on( 'console', ( message ) => {
		if ( message.type() === 'error' ) errors.push( message.text() );
	} );
	page.on( 'pageerror', ( error ) => errors.push( error.message ) );
	return errors;
}

/** Fails when the page shows a PHP notice, warning or fatal error. */
export async function expectNoPhpErrors( page: Page ): Promise<void> {
	const body = await page.locator( 'body' ).innerText();
	for ( const marker of [ 'Fatal error', 'Warning:', 'Notice:', 'Deprecated:', 'There has been a critical error' ] ) {
		if ( body.includes( marker ) ) {
			throw new Error( `page shows "${ marker }": ${ body.slice( 0, 500 ) }` );
		}
	}
}

/** Waits for the block editor to hold blocks, then counts them and names the invalid ones (inner blocks included). */
export async function editorBlockValidity( page: Page ): Promise<{ total: number; invalid: string[] }> {
	type Block = { name: string; isValid: boolean; innerBlocks: Block[] };
	type Editor = { getBlocks?: () => Block[] };
	// The block-editor store registers a moment after wp.data exists: wait for both.
	await page.waitForFunction( () => {
		const wp = ( window as unknown as { wp?: { data?: { select: ( store: string ) => Editor | undefined } } } ).wp;
		return ( wp?.data?.select( 'core/block-editor' )?.getBlocks?.().length ?? 0 ) > 0;
	} );
	return page.evaluate( () => {
		const wp = ( window as unknown as { wp: { data: { select: ( store: string ) => { getBlocks: () => Block[] } } } } ).wp;
		const all: Block[] = [];
		const walk = ( blocks: Block[] ): void => blocks.forEach( ( block ) => {
			all.push( block );
			walk( block.innerBlocks );
		} );
		walk( wp.data.select( 'core/block-editor' ).getBlocks() );
		return { total: all.length, invalid: all.filter( ( block ) => ! block.isValid ).map( ( block ) => block.name ) };
	} );
}
