/**
 * The plugin release: what goes into `dist/igny8-<version>.zip` and the checks it must
 * pass before anyone can upload it (WordPress.org's rules: no development files, no PHP
 * file that runs when requested directly, a readme with the sections reviewers ask for).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import AdmZip from 'adm-zip';
import { reprintPhpDataFile } from './php-data-file.ts';
import { productVersion, versionMismatches } from './version.ts';

/** The largest zip we ship: an upload must stay quick on a slow connection. */
export const MAX_ZIP_BYTES = 2 * 1024 * 1024;

/** Headers and sections WordPress.org's readme validator and plugin reviewers require. */
export const README_HEADERS = [ 'Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License', 'License URI' ];
export const README_SECTIONS = [ 'Description', 'Installation', 'Frequently Asked Questions', 'Screenshots', 'Changelog', 'Upgrade Notice', 'External services' ];

/** e2e screenshots, in the order readme.txt's Screenshots section describes them. */
export const SCREENSHOTS = [ 'dashboard', 'planner-keywords', 'planner-clusters', 'writer-generate-done', 'editor-score', 'linker-preview', 'automation-rules', 'credits' ];

/** A gitignore-like .distignore: `name` matches at any depth, `dir/` a folder, `*.ext` by glob. */
export function distIgnoreMatcher( patterns: string[] ): ( path: string ) => boolean {
	const rules = patterns
		.map( ( line ) => line.trim() )
		.filter( ( line ) => line !== '' && ! line.startsWith( '#' ) )
		.map( ( line ) => {
			const anchored = line.startsWith( '/' );
			const body = line.replace( /^\//, '' ).replace( /\/$/, '' );
			const glob = body.split( '*' ).map( ( part ) => part.replace( /[.+?^${}()|[\]\\]/g, '\\$&' ) ).join( '[^/]*' );
			// A rule matches the path itself or any folder above it.
			return new RegExp( `${ anchored ? '^' : '(^|/)' }${ glob }(/|$)` );
		} );
	return ( path ) => rules.some( ( rule ) => rule.test( path ) );
}

/** Every file of the plugin folder that the release keeps, relative to it. */
export function releaseFiles( pluginDir: string ): string[] {
	const ignoreFile = resolve( pluginDir, '.distignore' );
	const ignored = distIgnoreMatcher( existsSync( ignoreFile ) ? readFileSync( ignoreFile, 'utf8' ).split( '\n' ) : [] );
	const files: string[] = [];
	const walk = ( dir: string ): void => {
		for ( const entry of readdirSync( dir ).sort() ) {
			const full = join( dir, entry );
			const path = relative( pluginDir, full );
			if ( ignored( path ) ) continue;
			if ( statSync( full ).isDirectory() ) walk( full );
			else files.push( path );
		}
	};
	walk( pluginDir );
	return files;
}

const GUARD = /defined\(\s*'(ABSPATH|WP_UNINSTALL_PLUGIN)'\s*\)\s*\|\|\s*exit/;

/**
 * wp-scripts writes `*.asset.php` and the blocks manifest as bare `return array(…)` files.
 * They do nothing when requested directly, but every PHP file in a plugin should exit
 * outside WordPress, so the release adds the guard rather than arguing with the checker.
 */
export function guardPhp( source: string ): string {
	if ( GUARD.test( source ) ) return source;
	return source.replace( /^<\?php\s/, "<?php defined( 'ABSPATH' ) || exit;\n" );
}

/** PHP files of a release that would run when requested directly. */
export function unguardedPhp( files: Map<string, Buffer> ): string[] {
	return [ ...files ].filter( ( [ path, data ] ) => path.endsWith( '.php' ) && ! GUARD.test( data.toString( 'utf8' ) ) ).map( ( [ path ] ) => path );
}

/** What is wrong with readme.txt (empty when it is complete and names `version`). */
export function readmeProblems( readme: string, version: string ): string[] {
	const problems: string[] = [];
	if ( ! /^=== .+ ===$/m.test( readme ) ) problems.push( 'readme.txt: the first line must be "=== Plugin Name ==="' );
	for ( const header of README_HEADERS ) {
		if ( ! new RegExp( `^${ header }:\\s*\\S`, 'm' ).test( readme ) ) problems.push( `readme.txt: the "${ header }:" header is missing` );
	}
	for ( const section of README_SECTIONS ) {
		if ( ! new RegExp( `^== ${ section } ==$`, 'm' ).test( readme ) ) problems.push( `readme.txt: the "== ${ section } ==" section is missing` );
	}
	const stable = /^Stable tag:\s*(\S+)$/m.exec( readme )?.[ 1 ];
	if ( stable && stable !== version ) problems.push( `readme.txt: Stable tag ${ stable } is not the version ${ version }` );
	if ( ! new RegExp( `^= ${ version.replace( /\./g, '\\.' ) } =$`, 'm' ).test( readme ) ) problems.push( `readme.txt: the changelog has no "= ${ version } =" entry` );
	return problems;
}

export interface ReleaseResult {
	zip: string;
	version: string;
	bytes: number;
	files: number;
	sha256: string;
}

/**
 * Writes `<outDir>/igny8-<version>.zip` from the plugin folder as it is (build it first),
 * with every entry under `igny8/`; throws naming each problem when the release is not fit.
 */
export function buildRelease( root: string, outDir = resolve( root, 'dist' ) ): ReleaseResult {
	const version = productVersion( root );
	const problems = versionMismatches( root );
	const pluginDir = resolve( root, 'plugin' );
	if ( ! existsSync( resolve( pluginDir, 'build/admin-ui' ) ) || ! existsSync( resolve( pluginDir, 'build/blocks' ) ) ) {
		problems.push( 'plugin/build is missing: run `npm run build` first' );
	}
	problems.push( ...readmeProblems( readFileSync( resolve( pluginDir, 'readme.txt' ), 'utf8' ), version ) );

	const contents = new Map<string, Buffer>();
	for ( const path of releaseFiles( pluginDir ) ) {
		const data = readFileSync( resolve( pluginDir, path ) );
		// Built PHP is generated data (asset files, the blocks manifest): reprinted in the house style.
		const php = /^build\/.*(\.asset\.php|blocks-manifest\.php)$/.test( path ) ? reprintPhpDataFile( resolve( pluginDir, path ) ) : guardPhp( data.toString( 'utf8' ) );
		contents.set( path, path.endsWith( '.php' ) ? Buffer.from( php ) : data );
	}
	for ( const path of unguardedPhp( contents ) ) problems.push( `${ path }: runs outside WordPress (no ABSPATH guard)` );

	const zip = new AdmZip();
	for ( const [ path, data ] of contents ) zip.addFile( `igny8/${ path }`, data );
	const buffer = zip.toBuffer();
	if ( buffer.length > MAX_ZIP_BYTES ) problems.push( `the zip is ${ ( buffer.length / 1024 ).toFixed( 0 ) } KB, over the 2 MB limit` );
	if ( problems.length > 0 ) throw new Error( `The release is not ready:\n- ${ problems.join( '\n- ' ) }` );

	mkdirSync( outDir, { recursive: true } );
	const file = resolve( outDir, `igny8-${ version }.zip` );
	writeFileSync( file, buffer );
	return { zip: file, version, bytes: buffer.length, files: contents.size, sha256: createHash( 'sha256' ).update( buffer ).digest( 'hex' ) };
}

/** The e2e screen sweep's screenshots (e2e/screens/every-screen-a11y): `<screen>-1280.png`, `<screen>-1440.png`. */
const SCREEN_SWEEP = /-(1280|1440)\.png$/;

/**
 * Copies the e2e suite's screenshots into `<outDir>/igny8-<version>-assets/`: the readme's as
 * `screenshot-N.png` (the names WordPress.org's assets folder expects), and every screen at 1280 and
 * 1440 px under `screens/` for the release notes. Returns the readme's names it could not find and
 * the screen files it copied.
 */
export function copyScreenshots( screensDir: string, outDir: string, version: string ): { dir: string; missing: string[]; screens: string[] } {
	const dir = resolve( outDir, `igny8-${ version }-assets` );
	const missing: string[] = [];
	mkdirSync( dir, { recursive: true } );
	SCREENSHOTS.forEach( ( name, index ) => {
		const source = resolve( screensDir, `${ name }.png` );
		if ( existsSync( source ) ) copyFileSync( source, resolve( dir, `screenshot-${ index + 1 }.png` ) );
		else missing.push( name );
	} );
	const screens = existsSync( screensDir ) ? readdirSync( screensDir ).filter( ( name ) => SCREEN_SWEEP.test( name ) ).sort() : [];
	if ( screens.length > 0 ) mkdirSync( resolve( dir, 'screens' ), { recursive: true } );
	for ( const name of screens ) copyFileSync( resolve( screensDir, name ), resolve( dir, 'screens', name ) );
	return { dir, missing, screens };
}
