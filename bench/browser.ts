/**
 * Debian's Chromium, headless, with a browser context logged in to the bench WordPress as its
 * admin: what the wp-admin benchmarks load their screens in.
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import type { StackConfig } from '../scripts/lib/config.ts';

export async function loggedInBrowser( base: string, config: StackConfig ): Promise<{ browser: Browser; browserContext: BrowserContext }> {
	const browser = await chromium.launch( {
		executablePath: process.env.IGNY8_CHROMIUM ?? '/usr/bin/chromium',
		args: [ '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync' ],
	} );
	const browserContext = await browser.newContext( { baseURL: base } );
	const login = await browserContext.newPage();
	await login.goto( '/wp-login.php' );
	await login.fill( '#user_login', config.wpUser );
	await login.fill( '#user_pass', config.wpPassword );
	await Promise.all( [ login.waitForURL( /wp-admin/ ), login.click( '#wp-submit' ) ] );
	await login.close();
	return { browser, browserContext };
}
