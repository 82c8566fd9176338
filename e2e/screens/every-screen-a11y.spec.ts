/**
 * Every IGNY8 screen and Settings tab, and the Help screen, judged by axe-core (WCAG 2.1 AA: no
 * serious or critical violation), with screenshots at 1280 and 1440 px for the release notes
 * (e2e/artifacts/screens/<screen>-<width>.png, copied beside the release zip by `npm run release`).
 * Each screen's Help tab opens and lists its steps. The dialogs are judged in e2e/specs/dialogs-a11y.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { seriousA11yViolations, WCAG21_AA } from '../lib/axe';
import { HELP_SCREEN, REACT_SCREENS, SCREENSHOT_WIDTHS, screenName } from '../lib/screens';
import { collectConsoleErrors, expectNoPhpErrors } from '../lib/wordpress';

/** Screenshots of the screen at each width, full page. */
async function screenshots( page: Page, screen: string ): Promise< void > {
	for ( const width of SCREENSHOT_WIDTHS ) {
		await page.setViewportSize( { width, height: 900 } );
		await page.screenshot( { path: screenshotPath( `${ screenName( screen ) }-${ width }` ), fullPage: true } );
	}
}

/** Opens the screen's Help panel and checks its Steps tab lists the screen's steps. */
async function expectHelpSteps( page: Page ): Promise< void > {
	await page.locator( '#contextual-help-link' ).click();
	const panel = page.locator( '#contextual-help-wrap' );
	await expect( panel ).toBeVisible();
	await panel.getByRole( 'link', { name: 'Steps' } ).click();
	const steps = panel.locator( '#tab-panel-igny8-help-steps' );
	await expect( steps ).toBeVisible();
	expect( await steps.locator( 'ol > li' ).count() ).toBeGreaterThanOrEqual( 3 );
	await expect( panel.getByRole( 'link', { name: 'Prices' } ) ).toBeVisible();
	await expect( panel.getByRole( 'link', { name: 'The IGNY8 pipeline on one page' } ) ).toBeVisible();
	expect( await seriousA11yViolations( page, '#contextual-help-wrap', WCAG21_AA ) ).toEqual( [] );
}

for ( const screen of REACT_SCREENS ) {
	test( `admin.php?page=${ screen } has no serious axe violation and a Help tab with its steps`, async ( { page } ) => {
		await page.goto( `/wp-admin/admin.php?page=${ screen }` );
		await expect( page.locator( '[id^="igny8-"][id$="-root"] > *' ).first() ).toBeVisible();
		await page.waitForLoadState( 'networkidle' );
		// The loading line is replaced by the screen's content before it is judged.
		await expect( page.locator( '.igny8-wrap .igny8-loading' ) ).toHaveCount( 0 );
		expect( await seriousA11yViolations( page, '.igny8-wrap', WCAG21_AA ) ).toEqual( [] );
		await screenshots( page, screen );
		await expectHelpSteps( page );
	} );
}

test( 'the Help screen shows the pipeline and the production notes, with no serious axe violation', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( `/wp-admin/admin.php?page=${ HELP_SCREEN }` );
	await expectNoPhpErrors( page );
	await expect( page.getByRole( 'heading', { name: 'IGNY8 Help', level: 1 } ) ).toBeVisible();
	const steps = page.locator( '.igny8-help-pipeline > li' );
	await expect( steps ).toHaveCount( 8 );
	await expect( steps.first() ).toContainText( 'Keywords' );
	await expect( steps.last() ).toContainText( 'Publish' );
	await expect( page.getByRole( 'heading', { name: 'Production notes' } ) ).toBeVisible();
	expect( await seriousA11yViolations( page, '.igny8-wrap', WCAG21_AA ) ).toEqual( [] );
	await screenshots( page, HELP_SCREEN );
	await expectHelpSteps( page );

	// The Dashboard's way here.
	await page.goto( '/wp-admin/admin.php?page=igny8' );
	await page.getByRole( 'link', { name: 'Open IGNY8 Help' } ).click();
	await expect( page ).toHaveURL( /page=igny8-help/ );
	await page.waitForLoadState( 'networkidle' );
	expect( errors ).toEqual( [] );
} );

test( 'the Key takeaways block has only list items in its list, in the editor and in its saved markup', async ( { page } ) => {
	type Block = { clientId: string };
	type Wp = {
		blocks: { createBlock: ( name: string, attributes: object ) => Block; getBlockContent: ( block: Block ) => string };
		data: { dispatch: ( store: string ) => { insertBlocks: ( blocks: Block[] ) => void } };
	};
	await page.goto( '/wp-admin/post-new.php' );
	await page.waitForFunction( () => Boolean( ( window as unknown as { wp?: Wp } ).wp?.blocks?.getBlockContent ) );
	// Inserted in the unsaved new post only: nothing is stored.
	const saved = await page.evaluate( () => {
		const wp = ( window as unknown as { wp: Wp } ).wp;
		const block = wp.blocks.createBlock( 'igny8/key-takeaways', {
			heading: 'Key takeaways',
			items: [ { text: 'Plan keywords before you write.' }, { text: 'One article answers <strong>one</strong> intent.' } ],
		} );
		wp.data.dispatch( 'core/block-editor' ).insertBlocks( [ block ] );
		return wp.blocks.getBlockContent( block );
	} );
	expect( saved ).toMatch( /<ul class="wp-block-igny8-key-takeaways__list"><li>Plan keywords before you write.<\/li><li>One article/ );

	// The editor canvas is an iframe on block API 3; without one, the page itself.
	const canvas = page.frame( { name: 'editor-canvas' } ) ?? page.mainFrame();
	await expect( canvas.locator( '.wp-block-igny8-key-takeaways__list > li' ) ).toHaveCount( 2 );
	expect( await seriousA11yViolations( canvas, '.wp-block-igny8-key-takeaways' ) ).toEqual( [] );
	expect( await canvas.locator( '.wp-block-igny8-key-takeaways__list > :not(li)' ).count() ).toBe( 0 );

	// The saved markup, as a visitor's page holds it, judged the same way.
	await page.evaluate( ( html ) => {
		const holder = document.createElement( 'div' );
		holder.id = 'igny8-saved-takeaways';
		holder.innerHTML = html;
		document.body.append( holder );
	}, saved );
	expect( await seriousA11yViolations( page, '#igny8-saved-takeaways' ) ).toEqual( [] );
} );
