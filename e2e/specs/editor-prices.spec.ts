/**
 * The sidebar's AI buttons show their price before they are pressed, in Chromium against the real
 * WordPress and Worker (the fake model is the only double). With Settings → AI models → "Ask before
 * an editor action that costs more than" set to 1 in the screen, the FAQ button (2 credits) asks
 * first: Cancel spends nothing and changes nothing; Run it inserts the block. The meta button
 * (1 credit) runs at once. The setting goes back to its default afterwards.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, wpEval, wpEvalJson } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const ASK_ABOVE = 'Ask before an editor action that costs more than (credits)';

/** Sets the "ask above" setting through the Settings screen. */
async function askAbove( page: Page, credits: string ): Promise<void> {
	await page.goto( '/wp-admin/admin.php?page=igny8-settings&tab=models' );
	await page.getByLabel( ASK_ABOVE ).fill( credits );
	await page.getByRole( 'button', { name: 'Save AI settings' } ).click();
	await expect( page.locator( '.components-notice', { hasText: 'AI settings saved.' } ) ).toBeVisible();
}

/** Opens the post in the block editor with the IGNY8 sidebar and its Generate panel. */
async function openSidebar( page: Page, postId: number ): Promise<void> {
	await page.goto( `/wp-admin/post.php?post=${ postId }&action=edit` );
	await page.waitForFunction( () => {
		const wp = ( window as unknown as { wp?: { data?: { select: ( s: string ) => { getBlocks?: () => unknown[] } | undefined } } } ).wp;
		return ( wp?.data?.select( 'core/block-editor' )?.getBlocks?.()?.length ?? 0 ) > 0 && !! wp?.data?.select( 'core/edit-post' );
	} );
	await page.evaluate( () => {
		const wp = ( window as unknown as { wp: { data: { dispatch: ( s: string ) => { set: ( ...a: unknown[] ) => void; openGeneralSidebar: ( ...a: unknown[] ) => void } } } } ).wp;
		wp.data.dispatch( 'core/preferences' ).set( 'core/edit-post', 'welcomeGuide', false );
		wp.data.dispatch( 'core/edit-post' ).openGeneralSidebar( 'igny8-editor-sidebar/igny8-sidebar' );
	} );
	await page.getByRole( 'button', { name: 'Generate', exact: true } ).click();
}

test( 'sidebar actions show their price, and ask first above the site’s setting', async ( { page } ) => {
	test.setTimeout( 180_000 );
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	expect( wpEval( `$r = ( new \\Igny8\\Cloud\\Connection() )->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( siteKey ) } ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';` ) ).toBe( 'ok' );
	const postId = Number( wpEval( `echo wp_insert_post( [ 'post_title' => 'Trail shoes for wet rock ${ Date.now() }', 'post_status' => 'draft', 'post_content' => '<!-- wp:paragraph --><p>Grip matters more than cushioning on wet rock. Look for sticky rubber and shallow lugs.</p><!-- /wp:paragraph -->' ] );` ) );
	const errors = collectConsoleErrors( page );
	try {
		await askAbove( page, '1' );
		await openSidebar( page, postId );

		const faq = page.getByRole( 'button', { name: /^Generate an FAQ block/ } );
		await expect( faq.getByTestId( 'igny8-price' ) ).toHaveText( '(2 credits)' );
		await expect( page.getByRole( 'button', { name: /^Generate a featured image/ } ).getByTestId( 'igny8-price' ) ).toHaveText( '(5 credits)' );
		await page.screenshot( { path: screenshotPath( 'editor-prices' ) } );

		// 2 credits is above 1: it asks, and Cancel spends nothing.
		await faq.click();
		const ask = page.getByRole( 'dialog', { name: 'Spend credits?' } );
		await expect( ask ).toContainText( 'costs up to 2 credits' );
		await ask.getByRole( 'button', { name: 'Cancel' } ).click();
		await expect( ask ).toHaveCount( 0 );
		const history = () => wpEvalJson<unknown[]>( `echo wp_json_encode( ( new \\Igny8\\Editor\\Provenance() )->all( ${ postId } ) );` ).length;
		expect( history() ).toBe( 0 );

		await faq.click();
		await page.getByRole( 'dialog', { name: 'Spend credits?' } ).getByRole( 'button', { name: 'Run it' } ).click();
		await expect( page.locator( '.igny8-action-notice', { hasText: /FAQ block inserted/ } ) ).toBeVisible();
		await expect.poll( history ).toBe( 1 );

		// 1 credit is not above 1: the meta runs at once.
		await page.getByRole( 'button', { name: 'Search appearance' } ).click();
		const meta = page.getByRole( 'button', { name: /^Generate meta title and description/ } );
		await expect( meta.getByTestId( 'igny8-price' ) ).toHaveText( '(1 credit)' );
		await meta.click();
		await expect( page.locator( '.igny8-action-notice', { hasText: /Meta generated/ } ) ).toBeVisible();
		await expect( page.getByRole( 'dialog', { name: 'Spend credits?' } ) ).toHaveCount( 0 );
		expect( errors ).toEqual( [] );
	} finally {
		wpEval( "$s = \\Igny8\\System\\Settings::get(); $s['confirm_above_credits'] = \\Igny8\\System\\Settings::defaults()['confirm_above_credits']; update_option( \\Igny8\\System\\Settings::OPTION, $s );" );
	}
} );
