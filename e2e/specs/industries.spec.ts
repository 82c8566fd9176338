/**
 * Settings → Sectors: choosing an industry pre-fills its suggested sectors. Everything the
 * editor does goes through the screen: a custom sector is added with the form, the industry is
 * picked, the suggestions are checked and unchecked (six sectors are refused on the spot), the
 * deletion of existing sectors is confirmed in a dialog (and cancelled once), and Undo puts the
 * sectors back. What WordPress stored is then read through the REST API.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { screenshotPath } from '../lib/artifacts';
import { seriousA11yViolations } from '../lib/axe';
import { collectConsoleErrors, expectNoPhpErrors } from '../lib/wordpress';

const token = `in${ Date.now().toString( 36 ) }`;
const custom = `Industry e2e ${ token }`;
const PETS = [ 'Dogs', 'Cats', 'Pet health', 'Pet training', 'Small pets' ];

function wpRest( method: string, route: string, body: unknown = {} ): { status: number; data: unknown } {
	try {
		const out = execFileSync( 'php', [ resolve( __dirname, '../../scripts/wp/rest.php' ), method, route, JSON.stringify( body ) ], { env: process.env, encoding: 'utf8' } );
		return JSON.parse( out ) as { status: number; data: unknown };
	} catch ( error ) {
		return JSON.parse( String( ( error as { stdout?: string } ).stdout ) ) as { status: number; data: unknown };
	}
}

function sectorNames(): string[] {
	return ( wpRest( 'GET', '/igny8/v1/planner/sectors', { per_page: 100 } ).data as Array< { name: string } > ).map( ( s ) => s.name ).sort();
}

test.beforeAll( () => {
	// The test site is kept between runs: start without a saved industry.
	expect( wpRest( 'POST', '/igny8/v1/planner/industry', { industry: '' } ).status ).toBe( 200 );
} );

/** The list of the site's sectors as the screen shows it. */
function sectorList( page: Page ) {
	return page.locator( '.igny8-sectors li > span' );
}

test( 'an industry pre-fills one to five sectors, deletions are confirmed, and Undo restores them', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-settings&tab=sectors' );
	await expectNoPhpErrors( page );
	const industry = page.getByLabel( 'Industry', { exact: true } );
	await expect( industry ).toBeVisible();

	// A site that is full: make room through the screen (delete with confirmation), then add our own sector.
	while ( ( await sectorList( page ).count() ) >= 5 ) {
		await page.locator( '.igny8-sectors li' ).first().getByRole( 'button', { name: /^Delete sector/ } ).click();
		await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Delete' } ).click();
		await expect( page.getByRole( 'dialog' ) ).toHaveCount( 0 );
		await expect( sectorList( page ) ).toHaveCount( 4 );
	}
	await page.getByRole( 'textbox', { name: 'New sector' } ).fill( custom );
	await page.getByRole( 'button', { name: 'Add sector' } ).click();
	await expect( sectorList( page ).filter( { hasText: custom } ) ).toHaveCount( 1 );
	const before = sectorNames();

	// Picking the industry lists its suggestions with their seed keywords, and the site's sectors to keep.
	await industry.selectOption( { label: 'Pets and animals' } );
	const suggestions = page.getByRole( 'group', { name: 'Suggested sectors for Pets and animals' } );
	const keep = page.getByRole( 'group', { name: 'Keep your sectors' } );
	await expect( suggestions.getByText( /Seed keywords: best dog breeds for families/ ) ).toBeVisible();
	await expect( keep.getByRole( 'checkbox', { name: custom } ) ).toBeChecked();

	// Unchecking every sector to keep and checking every suggestion: five sectors.
	for ( const box of await keep.getByRole( 'checkbox' ).all() ) {
		await box.uncheck();
	}
	for ( const name of PETS ) {
		await suggestions.getByRole( 'checkbox', { name, exact: true } ).check();
	}
	await expect( page.getByText( 'The site will have 5 of at most 5 sectors.' ) ).toBeVisible();
	const apply = page.getByRole( 'button', { name: 'Apply industry' } );
	// Keeping ours as well would make six: refused before anything is sent.
	await keep.getByRole( 'checkbox', { name: custom } ).check();
	await expect( page.getByText( /This would leave 6 sectors; a site has 1 to 5/ ) ).toBeVisible();
	await expect( apply ).toHaveAttribute( 'aria-disabled', 'true' );
	await keep.getByRole( 'checkbox', { name: custom } ).uncheck();
	await suggestions.getByRole( 'checkbox', { name: 'Small pets', exact: true } ).uncheck();
	await expect( page.getByText( 'The site will have 4 of at most 5 sectors.' ) ).toBeVisible();
	expect( ( await seriousA11yViolations( page, '.igny8-settings' ) ) ).toEqual( [] );
	await page.screenshot( { path: screenshotPath( 'settings-industry-picker' ), fullPage: true } );

	// Deleting sectors asks first; Cancel changes nothing.
	await apply.click();
	const dialog = page.getByRole( 'dialog' );
	await expect( dialog ).toContainText( custom );
	await dialog.getByRole( 'button', { name: 'Cancel' } ).click();
	await expect( dialog ).toHaveCount( 0 );
	expect( sectorNames() ).toEqual( before );

	await apply.click();
	await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Delete and apply' } ).click();
	const saved = page.locator( '.components-snackbar', { hasText: /Industry saved: 4 sectors added, \d+ sectors? deleted, \d+ keywords? added to the Planner\./ } );
	await expect( saved ).toBeVisible();
	await expect( sectorList( page ) ).toHaveText( [ 'Cats', 'Dogs', 'Pet health', 'Pet training' ] );
	expect( sectorNames() ).toEqual( [ 'Cats', 'Dogs', 'Pet health', 'Pet training' ] );
	expect( ( wpRest( 'GET', '/igny8/v1/planner/industry' ).data as { industry: string } ).industry ).toBe( 'pets' );
	const seeded = wpRest( 'GET', '/igny8/v1/planner/keywords', { search: 'best dog breeds for families', per_page: 5 } ).data as Array< { keyword: string; sector_id: number } >;
	expect( seeded.map( ( k ) => k.keyword ) ).toContain( 'best dog breeds for families' );

	// The choice survives a reload; the present suggestions show as already there.
	await page.reload();
	await expect( page.getByLabel( 'Industry', { exact: true } ) ).toHaveValue( 'pets' );

	// Another change, then Undo: the added sector goes, the deleted one comes back.
	const pets = page.getByRole( 'group', { name: 'Suggested sectors for Pets and animals' } );
	await expect( pets ).toHaveCount( 0 );
	await page.getByRole( 'button', { name: 'Choose from its suggested sectors' } ).click();
	await expect( pets.getByRole( 'checkbox', { name: 'Dogs (already a sector)' } ) ).toBeDisabled();
	await expect( pets.getByRole( 'checkbox', { name: 'Small pets', exact: true } ) ).toBeChecked();
	await page.getByRole( 'group', { name: 'Keep your sectors' } ).getByRole( 'checkbox', { name: 'Cats', exact: true } ).uncheck();
	await page.getByRole( 'checkbox', { name: /Also add their seed keywords/ } ).uncheck();
	await page.getByRole( 'button', { name: 'Apply industry' } ).click();
	await expect( page.getByRole( 'dialog' ) ).toContainText( 'Delete these sectors: Cats?' );
	await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Delete and apply' } ).click();
	const changed = page.locator( '.components-snackbar', { hasText: 'Industry saved: 1 sector added, 1 sector deleted, 0 keywords added to the Planner.' } );
	await expect( changed ).toBeVisible();
	await expect( sectorList( page ) ).toHaveText( [ 'Dogs', 'Pet health', 'Pet training', 'Small pets' ] );
	await changed.getByRole( 'button', { name: 'Undo' } ).click();
	await expect( page.locator( '.components-snackbar', { hasText: 'The sectors are back as they were.' } ) ).toBeVisible();
	await expect( sectorList( page ) ).toHaveText( [ 'Cats', 'Dogs', 'Pet health', 'Pet training' ] );
	expect( sectorNames() ).toEqual( [ 'Cats', 'Dogs', 'Pet health', 'Pet training' ] );
	expect( errors ).toEqual( [] );
} );
