/**
 * The Setup wizard in a real browser, from a disconnected site: Connect sends the administrator to the
 * portal (signed out: sign-up there, with Turnstile's test double), a cancel comes back as a notice, an
 * approval comes back connected with no key copied by hand (WordPress trades the one-time code server to
 * server). Then the steps are skipped or finished by keyboard, the wizard resumes where it was left, the
 * first clustering shows its price, the Dashboard links to the wizard until setup is complete, axe finds
 * no serious violation, and the wizard works at 600px.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { seriousA11yViolations } from '../lib/axe';
import { collectConsoleErrors, expectNoPhpErrors, wpRest } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const wpUrl = process.env.IGNY8_TEST_WP_URL ?? '';
const run = `${ Date.now().toString( 36 ) }${ Math.random().toString( 36 ).slice( 2, 6 ) }`;
const owner = { email: `setup-owner-${ run }@igny8.test`, password: 'setup-password-1', agency: `Setup Agency ${ run }` };
const keyword = `setup wizard compost ${ run }`;
const ROOT = '#igny8-setup-root';
const STEPS = [ 'connect', 'industry', 'profile', 'keywords', 'clustering' ];

test.describe.configure( { mode: 'serial' } );

/** Back to a disconnected site whose wizard has not started, whatever an earlier run left. */
function resetSite(): void {
	wpRest( 'DELETE', '/igny8/v1/system/connection' );
	for ( const step of STEPS ) {
		expect( wpRest( 'POST', `/igny8/v1/setup/steps/${ step }`, { status: 'pending' } ).status ).toBe( 200 );
	}
}

/** The keyword this spec added, removed through the Planner's route so later specs find the data they expect. */
function removeKeyword(): void {
	const found = wpRest( 'GET', `/igny8/v1/planner/keywords?search=${ encodeURIComponent( keyword ) }` ).data as Array<{ id: number }>;
	for ( const row of Array.isArray( found ) ? found : [] ) wpRest( 'DELETE', `/igny8/v1/planner/keywords/${ row.id }` );
}

async function expectAccessible( page: Page ): Promise<void> {
	expect( await seriousA11yViolations( page, ROOT ) ).toEqual( [] );
}

const stepHeading = ( page: Page, name: string ) => page.locator( ROOT ).getByRole( 'heading', { level: 2, name } );

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	resetSite();
} );

test.afterAll( () => {
	// Later specs start from a disconnected site, as this one did.
	removeKeyword();
	resetSite();
} );

/** The Dashboard's notices once its credits card has answered (the credits notice comes with it). */
async function dashboardNotices( page: Page ) {
	await page.goto( '/wp-admin/admin.php?page=igny8' );
	await expect( page.getByTestId( 'igny8-credits-left' ) ).toHaveText( 'Unavailable' );
	return page.locator( '.igny8-dashboard .igny8-notice' );
}

test( 'a new site that is not connected is told once on the Dashboard what to do first', async ( { page } ) => {
	const notices = await dashboardNotices( page );
	// Not "finish setup", "connect in Settings" and "credits unavailable: not connected" at once.
	await expect( notices ).toHaveCount( 1 );
	await expect( notices.first() ).toContainText( 'connect the site' );
	await expect( notices.first().getByRole( 'link', { name: 'Finish setup' } ) ).toBeVisible();
} );

test( 'Connect goes through the portal: a cancel comes back as a notice, an approval comes back connected', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-setup' );
	await expectNoPhpErrors( page );
	await expect( page.getByRole( 'heading', { level: 1, name: 'Set up IGNY8' } ) ).toBeVisible();
	await expect( stepHeading( page, 'Connect to IGNY8' ) ).toBeVisible();
	await expect( page.getByRole( 'navigation', { name: 'Setup steps' } ).getByRole( 'button', { name: /Connect to IGNY8/ } ) ).toHaveAttribute( 'aria-current', 'step' );
	// Only skipping is offered until the site is connected.
	await expect( page.getByRole( 'button', { name: 'Continue' } ) ).toHaveCount( 0 );
	await expectAccessible( page );
	await page.screenshot( { path: screenshotPath( 'setup-connect' ), fullPage: true } );

	// The fallback is one click away: the pasted-key form of Settings.
	await page.getByRole( 'button', { name: 'Paste a site API key instead' } ).click();
	await expect( page.getByLabel( 'Site API key' ) ).toBeVisible();
	await page.getByRole( 'button', { name: 'Paste a site API key instead' } ).click();
	await expect( page.getByLabel( 'Site API key' ) ).toHaveCount( 0 );

	await page.getByLabel( 'Cloud URL' ).fill( cloudUrl );
	expect( errors ).toEqual( [] );
	await page.getByRole( 'button', { name: 'Connect to IGNY8', exact: true } ).click();
	// Signed out in the portal: its login page, which keeps where to go next, and sign-up from there.
	await expect( page ).toHaveURL( new RegExp( `^${ cloudUrl }/portal/login\\?next=` ) );
	await page.getByRole( 'link', { name: 'Create an account' } ).click();
	await page.getByLabel( 'Agency or company name' ).fill( owner.agency );
	await page.getByLabel( 'Email' ).fill( owner.email );
	await page.getByLabel( 'Password' ).fill( owner.password );
	await page.getByRole( 'button', { name: 'Create account' } ).click();

	await expect( page ).toHaveURL( new RegExp( `^${ cloudUrl }/portal/authorize\\?` ) );
	await expect( page.getByRole( 'heading', { name: new RegExp( `^Connect .+ \\(${ wpUrl.replace( /[.]/g, '\\.' ) }\\) to ${ owner.agency }\\?$` ) } ) ).toBeVisible();
	expect( await seriousA11yViolations( page, 'main' ) ).toEqual( [] );
	await page.screenshot( { path: screenshotPath( 'setup-portal-authorize' ), fullPage: true } );

	// Cancel: back in WordPress, still disconnected, with what to do next.
	await page.getByRole( 'button', { name: 'Cancel' } ).click();
	await expect( page ).toHaveURL( /page=igny8-setup/ );
	await expect( page.locator( '.igny8-notice', { hasText: 'The connection was cancelled in the IGNY8 portal.' } ) ).toBeVisible();
	await expect( page ).not.toHaveURL( /error=|state=/ );
	expect( ( wpRest( 'GET', '/igny8/v1/system/connection' ).data as { connected: boolean } ).connected ).toBe( false );

	// Again, now signed in to the portal: straight to the approval.
	await page.getByRole( 'button', { name: 'Connect to IGNY8', exact: true } ).click();
	await expect( page ).toHaveURL( new RegExp( `^${ cloudUrl }/portal/authorize\\?` ) );
	// From here on the wizard's console must stay clean (the cancel's refusal above was a REST 400 on purpose).
	errors.length = 0;
	await page.getByRole( 'button', { name: 'Approve' } ).click();

	await expect( page ).toHaveURL( /page=igny8-setup/ );
	await expect( page.locator( '.igny8-notice', { hasText: `Connected to the IGNY8 account “${ owner.agency }”.` } ) ).toBeVisible();
	// The spent code is gone from the address, and the wizard moved on to the next step.
	await expect( page ).not.toHaveURL( /code=|state=/ );
	await expect( stepHeading( page, 'Industry and sectors' ) ).toBeVisible();
	const connection = wpRest( 'GET', '/igny8/v1/system/connection' ).data as { connected: boolean; account: { name: string } };
	expect( connection ).toMatchObject( { connected: true, account: { name: owner.agency } } );
	await expect( page.getByRole( 'navigation', { name: 'Setup steps' } ).getByRole( 'button', { name: /Connect to IGNY8 \(Done\)/ } ) ).toBeVisible();
	await expectAccessible( page );
	expect( errors ).toEqual( [] );
} );

test( 'the Dashboard links to the wizard; steps are skipped or finished by keyboard and resume where left', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8' );
	await page.getByRole( 'link', { name: 'Finish setup' } ).click();
	await expect( page ).toHaveURL( /page=igny8-setup/ );
	// Resumed at the first pending step.
	await expect( stepHeading( page, 'Industry and sectors' ) ).toBeVisible();
	// The industry catalogue of Settings → Sectors, in the wizard.
	await expect( page.locator( ROOT ).getByRole( 'combobox', { name: 'Industry' } ) ).toBeVisible();
	await expectAccessible( page );

	// Skip by keyboard: the next step's heading takes the focus.
	await page.getByRole( 'button', { name: 'Skip this step' } ).focus();
	await page.keyboard.press( 'Enter' );
	await expect( stepHeading( page, 'Language and author profile' ) ).toBeFocused();

	// The language is checked with the server's rule; what was typed stays.
	const language = page.getByLabel( 'Content language' );
	await language.fill( 'a-language-code-that-is-too-long' );
	await page.getByRole( 'button', { name: 'Save language' } ).click();
	await expect( page.getByText( 'The language code is too long (at most 20 characters), e.g. en or de-DE.' ) ).toBeVisible();
	await expect( language ).toHaveValue( 'a-language-code-that-is-too-long' );
	await expect( page.getByRole( 'heading', { name: 'Author profiles' } ) ).toBeVisible();
	await expectAccessible( page );
	await page.getByRole( 'button', { name: 'Skip this step' } ).click();

	// Keywords: the Planner's own form, from the wizard.
	await expect( stepHeading( page, 'Keywords' ) ).toBeFocused();
	await page.getByRole( 'button', { name: 'Add keyword' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'Add keyword' } );
	await dialog.getByLabel( 'Keyword (required)' ).fill( keyword );
	await dialog.getByRole( 'button', { name: 'Add keyword' } ).click();
	await expect( dialog ).toHaveCount( 0 );
	await expect( page.getByText( /This site has [\d,]+ keywords?\./ ) ).toBeVisible();
	await expectAccessible( page );
	await page.getByRole( 'button', { name: 'Done, continue' } ).click();
	await expect( stepHeading( page, 'First clustering' ) ).toBeFocused();

	// A reload resumes at the first pending step, with each step's status in the list.
	await page.reload();
	await expect( stepHeading( page, 'First clustering' ) ).toBeVisible();
	const steps = page.getByRole( 'navigation', { name: 'Setup steps' } );
	await expect( steps.getByRole( 'button', { name: /Industry and sectors \(Skipped\)/ } ) ).toBeVisible();
	await expect( steps.getByRole( 'button', { name: /Keywords \(Done\)/ } ) ).toBeVisible();

	// The first clustering shows its price before anything starts.
	await page.getByRole( 'button', { name: 'Cluster all unclustered' } ).click();
	const confirm = page.getByRole( 'dialog', { name: 'Auto cluster' } );
	await expect( confirm.getByTestId( 'igny8-estimate-credits' ) ).toHaveText( /^[1-9][\d,]*$/ );
	await page.screenshot( { path: screenshotPath( 'setup-clustering-price' ), fullPage: true } );
	await confirm.getByRole( 'button', { name: 'Cancel' } ).click();
	await expect( confirm ).toHaveCount( 0 );
	await page.getByRole( 'button', { name: 'Done, continue' } ).click();

	await expect( page.locator( ROOT ).getByText( 'Setup is complete. You can come back to any step from this page.' ) ).toBeVisible();
	await expectAccessible( page );
	await page.goto( '/wp-admin/admin.php?page=igny8' );
	await expect( page.getByRole( 'heading', { name: 'Pipeline' } ) ).toBeVisible();
	await expect( page.getByRole( 'link', { name: 'Finish setup' } ) ).toHaveCount( 0 );
	await expectNoPhpErrors( page );
	expect( errors ).toEqual( [] );
} );

test( 'a set-up site that is disconnected later is asked to connect in Settings, once', async ( { page } ) => {
	wpRest( 'DELETE', '/igny8/v1/system/connection' );
	const notices = await dashboardNotices( page );
	await expect( notices ).toHaveCount( 1 );
	await expect( notices.first() ).toContainText( 'Connect this site to the IGNY8 cloud in Settings' );
	await expect( notices.first().getByRole( 'link', { name: 'Open IGNY8 Settings' } ) ).toBeVisible();
} );

test( 'the wizard works on a 600px screen: the steps stack above the open step, nothing scrolls sideways', async ( { page } ) => {
	await page.setViewportSize( { width: 600, height: 900 } );
	await page.goto( '/wp-admin/admin.php?page=igny8-setup' );
	const list = page.getByRole( 'navigation', { name: 'Setup steps' } );
	const card = page.locator( '.igny8-setup-step' );
	await expect( card ).toBeVisible();
	const [ listBox, cardBox ] = [ await list.boundingBox(), await card.boundingBox() ];
	expect( listBox!.y + listBox!.height ).toBeLessThanOrEqual( cardBox!.y );
	expect( cardBox!.x + cardBox!.width ).toBeLessThanOrEqual( 600 );
	const overflow = await page.locator( ROOT ).evaluate( ( root ) => root.scrollWidth - root.clientWidth );
	expect( overflow ).toBeLessThanOrEqual( 0 );
	// Any step opens from the list by keyboard.
	await list.getByRole( 'button', { name: /Keywords/ } ).focus();
	await page.keyboard.press( 'Enter' );
	await expect( stepHeading( page, 'Keywords' ) ).toBeFocused();
	await expectAccessible( page );
	await page.screenshot( { path: screenshotPath( 'setup-narrow' ), fullPage: true } );
} );
