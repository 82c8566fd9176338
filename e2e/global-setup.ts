/**
 * Logs into wp-admin once and shares the cookies with every spec.
 */
import { chromium, type FullConfig } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export default async function globalSetup( config: FullConfig ): Promise<void> {
	const project = config.projects[ 0 ];
	if ( ! project ) throw new Error( 'no Playwright project configured' );
	const { baseURL, storageState, launchOptions } = project.use;
	const browser = await chromium.launch( launchOptions );
	const page = await browser.newPage( { baseURL } );
	await page.goto( '/wp-login.php' );
	await page.fill( '#user_login', process.env.IGNY8_WP_USER ?? 'admin' );
	await page.fill( '#user_pass', process.env.IGNY8_WP_PASSWORD ?? 'password' );
	await Promise.all( [ page.waitForURL( /wp-admin/ ), page.click( '#wp-submit' ) ] );
	mkdirSync( dirname( String( storageState ) ), { recursive: true } );
	await page.context().storageState( { path: String( storageState ) } );
	await browser.close();
}
