import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, copyScreenshots } from '../release.ts';

let dir = '';
afterEach( () => rmSync( dir, { recursive: true, force: true } ) );

describe( 'the release screenshots', () => {
	it( 'copies the readme screenshots by number and every screen at 1280 and 1440 px for the release notes', () => {
		dir = mkdtempSync( join( tmpdir(), 'igny8-shots-' ) );
		const shots = resolve( dir, 'screens' );
		mkdirSync( shots );
		for ( const name of [ SCREENSHOTS[ 0 ]!, 'planner-1280', 'planner-1440', 'help-1280', 'dialog-new-cluster', 'planner-640' ] ) writeFileSync( resolve( shots, `${ name }.png` ), name );

		const result = copyScreenshots( shots, resolve( dir, 'dist' ), '9.9.9' );

		expect( result.dir ).toBe( resolve( dir, 'dist', 'igny8-9.9.9-assets' ) );
		expect( existsSync( resolve( result.dir, 'screenshot-1.png' ) ) ).toBe( true );
		expect( result.missing ).toEqual( SCREENSHOTS.slice( 1 ) );
		expect( result.screens ).toEqual( [ 'help-1280.png', 'planner-1280.png', 'planner-1440.png' ] );
		expect( readdirSync( resolve( result.dir, 'screens' ) ).sort() ).toEqual( result.screens );
	} );

	it( 'copies no screen sweep when the suite has not run', () => {
		dir = mkdtempSync( join( tmpdir(), 'igny8-shots-' ) );
		const result = copyScreenshots( resolve( dir, 'none' ), resolve( dir, 'dist' ), '9.9.9' );
		expect( result.screens ).toEqual( [] );
		expect( existsSync( resolve( result.dir, 'screens' ) ) ).toBe( false );
	} );
} );
