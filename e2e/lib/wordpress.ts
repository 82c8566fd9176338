/**
 * Helpers for e2e specs: run PHP inside the test WordPress (to read what the
 * plugin stored), and collect browser console errors so a spec can assert none.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

const ROOT = resolve( __dirname, '..', '..' );

/** Runs PHP code inside the test WordPress and returns what it echoes. */
export function wpEval( code: string ): string {
	return execFileSync( 'php', [ resolve( ROOT, 'scripts/wp/eval.php' ), code ], {
		env: process.env,
		encoding: 'utf8',
	} );
}

/** Runs PHP code that echoes JSON and parses it. */
export function wpEvalJson<T>( code: string ): T {
	return JSON.parse( wpEval( code ) ) as T;
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
