import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { VERSION_SITES, productVersion, setVersion, versionMismatches } from '../version.ts';

const copies: string[] = [];

/** A scratch copy of every file that carries the version. */
function scratchTree(): string {
	const dir = mkdtempSync( join( tmpdir(), 'igny8-version-' ) );
	copies.push( dir );
	for ( const file of [ 'package.json', 'package-lock.json', ...VERSION_SITES.map( ( site ) => site.file ) ] ) {
		mkdirSync( dirname( resolve( dir, file ) ), { recursive: true } );
		cpSync( resolve( ROOT, file ), resolve( dir, file ) );
	}
	return dir;
}

afterEach( () => {
	for ( const dir of copies.splice( 0 ) ) rmSync( dir, { recursive: true, force: true } );
} );

describe( 'the product version', () => {
	it( 'is the same in the plugin header, readme.txt, the Worker, every package.json and the lockfile', () => {
		expect( versionMismatches( ROOT ) ).toEqual( [] );
	} );

	it( 'names the place that disagrees', () => {
		const dir = scratchTree();
		const readme = resolve( dir, 'plugin/readme.txt' );
		writeFileSync( readme, readFileSync( readme, 'utf8' ).replace( /^Stable tag:.*$/m, 'Stable tag: 9.9.9' ) );
		expect( versionMismatches( dir ) ).toEqual( [ `plugin/readme.txt (readme.txt Stable tag): 9.9.9, package.json says ${ productVersion( ROOT ) }` ] );
	} );

	it( 'is written everywhere by setVersion', () => {
		const dir = scratchTree();
		const changed = setVersion( dir, '2.3.4-beta.1' );
		expect( changed.sort() ).toEqual( [ ...new Set( [ 'package.json', 'package-lock.json', ...VERSION_SITES.map( ( site ) => site.file ) ] ) ].sort() );
		expect( productVersion( dir ) ).toBe( '2.3.4-beta.1' );
		expect( versionMismatches( dir ) ).toEqual( [] );
		const header = readFileSync( resolve( dir, 'plugin/igny8.php' ), 'utf8' );
		expect( header ).toContain( " * Version:           2.3.4-beta.1\n" );
		expect( header ).toContain( "define( 'IGNY8_VERSION', '2.3.4-beta.1' );" );
	} );

	it( 'refuses something that is not a version', () => {
		expect( () => setVersion( scratchTree(), '1.2' ) ).toThrow( /not a version/ );
	} );
} );
