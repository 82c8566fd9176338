/**
 * The extractors on a small fixture tree (exact entries), the JSON and .mo compilation, and
 * the check that the committed POT is what the sources give today.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mo } from 'gettext-parser';
import { ROOT } from '../../config.ts';
import { entryKey, readEntries, type Entry } from '../entries.ts';
import { extractAll, POT_PATH, renderPot } from '../pot.ts';
import { compilePo, jsonFileName } from '../compile.ts';
import { builtScripts } from '../scripts-map.ts';

const FIXTURE = resolve( import.meta.dirname, 'fixture' );

describe( 'extractAll', () => {
	const { entries, skipped } = extractAll( FIXTURE );

	it( 'finds every igny8 string of PHP, TypeScript and block.json with its plural, context, comment and references', () => {
		expect( entries ).toEqual( [
			{ msgid: 'Alpha screen', comments: [], references: [ 'admin-ui/src/alpha/index.tsx:4', 'admin-ui/src/shared/labels.ts:4', 'plugin/igny8.php:7' ] },
			{ msgid: '%d keyword', plural: '%d keywords', comments: [ 'translators: %d: number of keywords' ], references: [ 'admin-ui/src/alpha/index.tsx:8' ] },
			{ msgid: 'Post', context: 'verb', comments: [ 'translators: the verb, as on a button' ], references: [ 'admin-ui/src/alpha/index.tsx:12' ] },
			{ msgid: 'Shared label', comments: [], references: [ 'admin-ui/src/shared/labels.ts:3' ] },
			{ msgid: 'Chosen: %s', comments: [ 'translators: %s: file name' ], references: [ 'admin-ui/src/shared/labels.ts:5' ] },
			{ msgid: 'Demo', context: 'block title', comments: [], references: [ 'blocks/src/demo/block.json:4' ] },
			{ msgid: 'A block for the extractor\'s test.', context: 'block description', comments: [], references: [ 'blocks/src/demo/block.json:5' ] },
			{ msgid: 'sample', context: 'block keyword', comments: [], references: [ 'blocks/src/demo/block.json:6' ] },
			{ msgid: '%d item', plural: '%d items', context: 'list of items', comments: [], references: [ 'blocks/src/demo/index.ts:3' ] },
			{ msgid: 'Sidebar panel', comments: [], references: [ 'blocks/src/editor-sidebar/index.tsx:3' ] },
			{ msgid: 'Fixture', comments: [], references: [ 'plugin/igny8.php:3' ] },
			{ msgid: 'Post', context: 'noun', comments: [], references: [ 'plugin/igny8.php:8' ] },
			{ msgid: 'Open %s', comments: [ 'translators: %s: the screen\'s name' ], references: [ 'plugin/igny8.php:12' ] },
		] );
	} );

	it( 'reports a TypeScript call outside the igny8 domain instead of extracting it', () => {
		expect( skipped ).toEqual( [ { reference: 'admin-ui/src/alpha/index.tsx:13', reason: '__() without the \'igny8\' text domain' } ] );
	} );

	it( 'writes a POT that reads back to the same entries', () => {
		const pot = renderPot( FIXTURE, entries );
		expect( pot ).toContain( 'Project-Id-Version: IGNY8 1.2.3' );
		expect( pot ).toContain( '#: admin-ui/src/alpha/index.tsx:8\n#. translators: %d: number of keywords\nmsgid "%d keyword"\nmsgid_plural "%d keywords"' );
		expect( readEntries( pot ) ).toEqual( expect.arrayContaining( entries ) );
		expect( readEntries( pot ) ).toHaveLength( entries.length );
	} );
} );

describe( 'builtScripts', () => {
	it( 'follows each entry point through its relative imports', () => {
		const scripts = builtScripts( FIXTURE ).map( ( { script, sources } ) => [ script, [ ...sources ].sort() ] );
		expect( scripts ).toEqual( [
			[ 'build/admin-ui/alpha.js', [ 'admin-ui/src/alpha/index.tsx', 'admin-ui/src/shared/labels.ts' ] ],
			[ 'build/blocks/demo/index.js', [ 'blocks/src/demo/index.ts' ] ],
			[ 'build/blocks/editor-sidebar/index.js', [ 'blocks/src/editor-sidebar/index.tsx' ] ],
		] );
	} );
} );

describe( 'compilePo', () => {
	it( 'writes a Jed JSON per script that uses a translated string, and a .mo of the PHP and block.json strings', () => {
		const dir = mkdtempSync( join( tmpdir(), 'igny8-i18n-' ) );
		try {
			writeFileSync( join( dir, 'igny8.pot' ), renderPot( FIXTURE, extractAll( FIXTURE ).entries ) );
			const poFile = join( dir, 'igny8-de_DE.po' );
			writeFileSync( poFile, [
				'msgid ""', 'msgstr ""', '"Language: de_DE\\n"', '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"', '',
				'msgid "Shared label"', 'msgstr "Geteilte Beschriftung"', '',
				'msgctxt "list of items"', 'msgid "%d item"', 'msgid_plural "%d items"', 'msgstr[0] "%d Eintrag"', 'msgstr[1] "%d Einträge"', '',
				'msgid "Open %s"', 'msgstr "%s öffnen"', '',
				'#, fuzzy', 'msgid "Sidebar panel"', 'msgstr "Seitenleiste"', '',
			].join( '\n' ) );
			const written = compilePo( FIXTURE, poFile, join( dir, 'out' ), join( dir, 'igny8.pot' ) );

			expect( written.map( ( path ) => path.slice( dir.length + 5 ) ) ).toEqual( [ jsonFileName( 'de_DE', 'build/admin-ui/alpha.js' ), jsonFileName( 'de_DE', 'build/blocks/demo/index.js' ), 'igny8-de_DE.mo' ] );
			// md5( 'build/admin-ui/alpha.js' ), as load_script_textdomain() hashes the script's path in the plugin.
			expect( jsonFileName( 'de_DE', 'build/admin-ui/alpha.js' ) ).toBe( 'igny8-de_DE-12ca5c9d8763190260efc7be738158ba.json' );
			expect( JSON.parse( readFileSync( written[ 0 ]!, 'utf8' ) ).locale_data ).toEqual( {
				messages: { '': { domain: 'messages', lang: 'de_DE', 'plural-forms': 'nplurals=2; plural=(n != 1);' }, 'Shared label': [ 'Geteilte Beschriftung' ] },
			} );
			expect( JSON.parse( readFileSync( written[ 1 ]!, 'utf8' ) ).locale_data.messages[ 'list of items\u0004%d item' ] ).toEqual( [ '%d Eintrag', '%d Einträge' ] );
			const compiled = mo.parse( readFileSync( written[ 2 ]! ) ).translations;
			expect( Object.keys( compiled[ '' ] ?? {} ) ).toEqual( [ '', 'Open %s' ] );
			expect( compiled[ '' ]?.[ 'Open %s' ]?.msgstr ).toEqual( [ '%s öffnen' ] );
		} finally {
			rmSync( dir, { recursive: true, force: true } );
		}
	} );
} );

describe( 'the committed POT', () => {
	it( 'is current: `npm run i18n` gives the same entries', () => {
		// A PO file groups its entries by context, so compare in one order.
		const byKey = ( list: Entry[] ): Entry[] => [ ...list ].sort( ( a, b ) => ( entryKey( a ) < entryKey( b ) ? -1 : 1 ) );
		const committed = byKey( readEntries( readFileSync( resolve( ROOT, POT_PATH ), 'utf8' ) ) );
		const { entries, skipped } = extractAll( ROOT );
		expect( skipped.filter( ( { reason } ) => reason.includes( 'text domain' ) ), 'every string of the sources is in the igny8 domain' ).toEqual( [] );
		expect( committed, 'plugin/languages/igny8.pot is stale: run `npm run i18n` and commit it' ).toEqual( byKey( entries ) );
	}, 60_000 ); // parses every source of the repository (about 5 s on a busy machine)

	// npm test builds before the unit tests; a bare `vitest` on a clean checkout has no build to compare with.
	it.skipIf( ! existsSync( resolve( ROOT, 'plugin/build' ) ) )( 'knows the entry point of every built script that uses wp-i18n, and each entry point is built', () => {
		const built = resolve( ROOT, 'plugin/build' );
		const translated = readdirSync( built, { recursive: true, encoding: 'utf8' } )
			.filter( ( path ) => path.endsWith( '.asset.php' ) && readFileSync( join( built, path ), 'utf8' ).includes( "'wp-i18n'" ) )
			.map( ( path ) => `build/${ path.replace( /\.asset\.php$/, '.js' ) }` );
		const known = builtScripts( ROOT ).map( ( { script } ) => script );
		expect( known ).toEqual( expect.arrayContaining( translated ) );
		for ( const script of known ) expect( existsSync( resolve( ROOT, 'plugin', script ) ), script ).toBe( true );
	} );
} );
