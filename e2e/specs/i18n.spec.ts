/**
 * A translation reaches a real screen: a German PO made only for this run (never shipped) is
 * compiled by `npm run i18n -- json` into the plugin's languages folder, the admin's locale is
 * switched to de_DE, and the Planner shows the translated script strings (loaded through
 * wp_set_script_translations and the md5-named JSON) and the translated PHP heading (the .mo
 * through load_plugin_textdomain). The files and the locale are put back afterwards.
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, expectNoPhpErrors, wpEval } from '../lib/wordpress';

const ROOT = resolve( __dirname, '..', '..' );
const admin = process.env.IGNY8_WP_USER ?? 'admin';
const translations: Record<string, string> = {
	// Script strings of the Planner (admin-ui/src/planner/components/KeywordsTab.tsx, PlannerApp.tsx).
	'Import keywords': 'Suchbegriffe importieren',
	Keywords: 'Schlüsselwörter',
	Ideas: 'Ideen',
	// PHP: the screen's heading and menu label (Admin\Planner_Page::title(), menu_title()).
	'IGNY8 Planner': 'IGNY8-Planer',
	Planner: 'Planer',
};

const poDir = mkdtempSync( join( tmpdir(), 'igny8-e2e-i18n-' ) );
let written: string[] = [];
let previousLocale = '';

const userLocale = ( value: string | null ): string => wpEval( `
	$user = get_user_by( 'login', ${ JSON.stringify( admin ) } );
	$before = (string) get_user_meta( $user->ID, 'locale', true );
	$value = ${ JSON.stringify( value ) };
	if ( null !== $value ) {
		'' === $value ? delete_user_meta( $user->ID, 'locale' ) : update_user_meta( $user->ID, 'locale', $value );
	}
	echo $before;
` );

test.beforeAll( () => {
	const po = [ 'msgid ""', 'msgstr ""', '"Language: de_DE\\n"', '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"', '' ];
	for ( const [ msgid, msgstr ] of Object.entries( translations ) ) po.push( `msgid ${ JSON.stringify( msgid ) }`, `msgstr ${ JSON.stringify( msgstr ) }`, '' );
	const poFile = join( poDir, 'igny8-de_DE.po' );
	writeFileSync( poFile, po.join( '\n' ) );
	// The real command, into the folder the plugin ships its translations in.
	const out = execFileSync( process.execPath, [ resolve( ROOT, 'scripts/i18n.ts' ), 'json', `--po=${ poFile }`, `--out=${ resolve( ROOT, 'plugin/languages' ) }` ], { cwd: ROOT, encoding: 'utf8' } );
	written = out.split( '\n' ).filter( Boolean );
	previousLocale = userLocale( 'de_DE' );
} );

test.afterAll( () => {
	userLocale( previousLocale );
	for ( const file of written ) rmSync( file, { force: true } );
	rmSync( poDir, { recursive: true, force: true } );
} );

test( 'the Planner shows the de_DE strings of its script and of PHP', async ( { page } ) => {
	// md5( 'build/admin-ui/planner.js' ): the name load_script_textdomain() looks for.
	const names = written.map( ( file ) => file.replace( /^.*\//, '' ) );
	expect( names ).toEqual( expect.arrayContaining( [ 'igny8-de_DE-7296ceb432efa3303b8da5dff05ddf6e.json', 'igny8-de_DE.mo' ] ) );
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=keywords' );
	await expectNoPhpErrors( page );

	await expect( page.getByRole( 'heading', { level: 1 } ) ).toHaveText( 'IGNY8-Planer' );
	await expect( page.getByRole( 'button', { name: 'Suchbegriffe importieren' } ).first() ).toBeVisible();
	await expect( page.getByRole( 'tab', { name: 'Schlüsselwörter', exact: true } ) ).toBeVisible();
	await expect( page.getByRole( 'tab', { name: 'Ideen', exact: true } ) ).toBeVisible();
	await expect( page.locator( '#adminmenu a[href="admin.php?page=igny8-planner"]' ) ).toHaveText( 'Planer' );
	// A string the PO leaves out stays in English.
	await expect( page.getByRole( 'tab', { name: 'Clusters', exact: true } ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'planner-de_DE' ), fullPage: true } );
	expect( errors ).toEqual( [] );
} );
