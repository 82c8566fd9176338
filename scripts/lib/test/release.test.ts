import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AdmZip from 'adm-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { productVersion } from '../version.ts';
import { readPhpDataFile, printPhpValue } from '../php-data-file.ts';
import { MAX_ZIP_BYTES, buildRelease, distIgnoreMatcher, guardPhp, readmeProblems, type ReleaseResult } from '../release.ts';

// Runs on the plugin as `npm test` built it (plugin/build), like `npm run release -- --no-build`.
let out: string;
let release: ReleaseResult;
let names: string[];
let zip: AdmZip;

beforeAll( () => {
	out = mkdtempSync( join( tmpdir(), 'igny8-release-' ) );
	release = buildRelease( ROOT, out );
	zip = new AdmZip( release.zip );
	names = zip.getEntries().map( ( entry ) => entry.entryName );
} );
afterAll( () => rmSync( out, { recursive: true, force: true } ) );

describe( 'the release zip', () => {
	it( 'is named for the version and stays under 2 MB', () => {
		expect( release.zip ).toBe( resolve( out, `igny8-${ productVersion( ROOT ) }.zip` ) );
		expect( release.bytes ).toBeLessThanOrEqual( MAX_ZIP_BYTES );
	} );

	it( 'holds the plugin under igny8/ with its built screens, blocks, languages and readme', () => {
		expect( names.every( ( name ) => name.startsWith( 'igny8/' ) ) ).toBe( true );
		for ( const name of [ 'igny8/igny8.php', 'igny8/uninstall.php', 'igny8/readme.txt', 'igny8/includes/Plugin.php', 'igny8/build/admin-ui/planner.js', 'igny8/build/blocks/blocks-manifest.php', 'igny8/build/blocks/faq/block.json', 'igny8/languages/igny8.pot' ] ) {
			expect( names ).toContain( name );
		}
	} );

	it( 'leaves out tests, test configs, source maps and build stamps', () => {
		expect( names.filter( ( name ) => /\/tests\/|phpunit\.xml|\.map$|\.built$|\.distignore$|\.tsx?$/.test( name ) ) ).toEqual( [] );
	} );

	it( 'has no PHP file that runs when requested directly', () => {
		const unguarded = zip
			.getEntries()
			.filter( ( entry ) => entry.entryName.endsWith( '.php' ) )
			.filter( ( entry ) => ! /defined\(\s*'(ABSPATH|WP_UNINSTALL_PLUGIN)'\s*\)\s*\|\|\s*exit/.test( entry.getData().toString( 'utf8' ) ) )
			.map( ( entry ) => entry.entryName );
		expect( unguarded ).toEqual( [] );
		// The generated asset files still return their arrays once guarded.
		expect( zip.readAsText( 'igny8/build/admin-ui/planner.asset.php' ) ).toMatch( /^<\?php defined\( 'ABSPATH' \) \|\| exit;\nreturn array\(/ );
	} );

	it( 'reprints the generated asset files and blocks manifest without changing what they return', () => {
		const generated = names.filter( ( name ) => /^igny8\/build\/.*(\.asset\.php|blocks-manifest\.php)$/.test( name ) );
		expect( generated.length ).toBeGreaterThan( 8 );
		const unpacked = resolve( out, 'unpacked' );
		zip.extractAllTo( unpacked, true );
		for ( const name of generated ) {
			expect( readPhpDataFile( resolve( unpacked, name ) ), name ).toEqual( readPhpDataFile( resolve( ROOT, 'plugin', name.slice( 'igny8/'.length ) ) ) );
		}
	} );

	it( 'ships the readme exactly as it is in the tree', () => {
		expect( zip.readAsText( 'igny8/readme.txt' ) ).toBe( readFileSync( resolve( ROOT, 'plugin/readme.txt' ), 'utf8' ) );
	} );
} );

describe( 'release checks', () => {
	it( 'finds a readme without the External services section or with another Stable tag', () => {
		const readme = readFileSync( resolve( ROOT, 'plugin/readme.txt' ), 'utf8' );
		expect( readmeProblems( readme, productVersion( ROOT ) ) ).toEqual( [] );
		const broken = readme.replace( '== External services ==', '== Services ==' ).replace( /^Stable tag:.*$/m, 'Stable tag: 0.0.1' );
		expect( readmeProblems( broken, productVersion( ROOT ) ) ).toEqual( [
			'readme.txt: the "== External services ==" section is missing',
			`readme.txt: Stable tag 0.0.1 is not the version ${ productVersion( ROOT ) }`,
		] );
	} );

	it( 'matches .distignore patterns at any depth, by folder and by glob', () => {
		const ignored = distIgnoreMatcher( [ '# comment', 'tests/', '*.map', '/phpunit.xml.dist' ] );
		expect( [ 'tests/a.php', 'build/tests/x', 'build/a.js.map', 'phpunit.xml.dist' ].every( ignored ) ).toBe( true );
		expect( [ 'includes/Tests.php', 'build/a.js', 'sub/phpunit.xml.dist', 'map.php' ].some( ignored ) ).toBe( false );
	} );

	it( 'guards a bare generated PHP file and leaves a guarded one alone', () => {
		expect( guardPhp( "<?php return array('a' => 1);" ) ).toBe( "<?php defined( 'ABSPATH' ) || exit;\nreturn array('a' => 1);" );
		const guarded = "<?php\ndefined( 'ABSPATH' ) || exit;\necho 1;";
		expect( guardPhp( guarded ) ).toBe( guarded );
	} );
} );

describe( 'generated PHP data in the house style', () => {
	it( 'aligns the arrows of associative arrays, ends every item with a comma and escapes quotes', () => {
		expect( printPhpValue( { a: 1, longer: [ 'x', "it's" ], nested: { on: true, off: null }, empty: [] } ) ).toBe(
			"array(\n\t'a'      => 1,\n\t'longer' => array( 'x', 'it\\'s' ),\n\t'nested' => array(\n\t\t'on'  => true,\n\t\t'off' => null,\n\t),\n\t'empty'  => array(),\n)"
		);
	} );
} );
