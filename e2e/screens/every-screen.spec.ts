/**
 * Every IGNY8 screen, each Settings tab and the block editor with the IGNY8 sidebar open, with
 * the browser console and the page watched: no console error, no page error, no PHP notice.
 * `npm test` runs this phase on each WordPress line it tests (7.1 and 6.8), so both stay clean.
 */
import { test, expect } from '@playwright/test';
import { collectConsoleErrors, expectNoPhpErrors } from '../lib/wordpress';

const SCREENS = [
	'igny8',
	'igny8-planner',
	'igny8-planner&tab=opportunities',
	'igny8-writer',
	'igny8-strategies',
	'igny8-linker',
	'igny8-optimizer',
	'igny8-automation',
	'igny8-credits',
	'igny8-settings',
	'igny8-settings&tab=models',
	'igny8-settings&tab=prompts',
	'igny8-settings&tab=profiles',
	'igny8-settings&tab=sectors',
	'igny8-settings&tab=data',
	'igny8-setup',
];

for ( const screen of SCREENS ) {
	test( `admin.php?page=${ screen } loads with a clean console`, async ( { page } ) => {
		const errors = collectConsoleErrors( page );
		await page.goto( `/wp-admin/admin.php?page=${ screen }` );
		// The React app has mounted into the screen's root element.
		await expect( page.locator( '[id^="igny8-"][id$="-root"] > *' ).first() ).toBeVisible();
		await page.waitForLoadState( 'networkidle' );
		await expectNoPhpErrors( page );
		expect( errors ).toEqual( [] );
	} );
}

test( 'the block editor opens the IGNY8 sidebar with a clean console', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/post-new.php' );
	type Wp = { data: { select: ( store: string ) => unknown; dispatch: ( store: string ) => { openGeneralSidebar: ( name: string ) => void } } };
	await page.waitForFunction( () => Boolean( ( window as unknown as { wp?: Wp } ).wp?.data?.select( 'core/edit-post' ) ) );
	await page.evaluate( () => ( window as unknown as { wp: Wp } ).wp.data.dispatch( 'core/edit-post' ).openGeneralSidebar( 'igny8-editor-sidebar/igny8-sidebar' ) );
	await expect( page.locator( '.interface-complementary-area-header' ).filter( { hasText: 'IGNY8' } ) ).toBeVisible();
	// The editor keeps polling (heartbeat, autosave), so "network idle" may never come: wait for the sidebar's panels instead.
	await expect( page.locator( '.interface-complementary-area .components-panel__body' ).first() ).toBeVisible();
	await expectNoPhpErrors( page );
	expect( errors ).toEqual( [] );
} );
