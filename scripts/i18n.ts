/**
 * `npm run i18n`: plugin/languages/igny8.pot from the PHP, TypeScript and block.json sources.
 * `npm run i18n -- json [--po=<file>]… [--out=<dir>]`: each plugin/languages/igny8-<locale>.po
 * (or the given ones) into the per-script JSON files and the .mo WordPress loads, written to
 * plugin/languages (or <dir>). Prints the files written, one a line.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './lib/config.ts';
import { extractAll, LANGUAGES_DIR, POT_PATH, renderPot } from './lib/i18n/pot.ts';
import { compilePo } from './lib/i18n/compile.ts';
import { TEXT_DOMAIN } from './lib/i18n/entries.ts';

const args = process.argv.slice( 2 );
const option = ( name: string ): string[] => args.filter( ( arg ) => arg.startsWith( `--${ name }=` ) ).map( ( arg ) => arg.slice( name.length + 3 ) );
const command = args.find( ( arg ) => ! arg.startsWith( '--' ) ) ?? 'pot';

if ( command === 'pot' ) {
	const { entries, skipped } = extractAll( ROOT );
	writeFileSync( resolve( ROOT, POT_PATH ), renderPot( ROOT, entries ) );
	for ( const { reference, reason } of skipped ) console.warn( `igny8 i18n: skipped ${ reference }: ${ reason }` );
	console.log( `igny8 i18n: ${ entries.length } strings in ${ POT_PATH }` );
} else if ( command === 'json' ) {
	const languages = resolve( ROOT, LANGUAGES_DIR );
	const given = option( 'po' ).map( ( path ) => resolve( path ) );
	const poFiles = given.length > 0 ? given : readdirSync( languages ).filter( ( name ) => name.startsWith( `${ TEXT_DOMAIN }-` ) && name.endsWith( '.po' ) ).map( ( name ) => resolve( languages, name ) );
	const outDir = resolve( option( 'out' )[ 0 ] ?? languages );
	for ( const poFile of poFiles ) {
		for ( const written of compilePo( ROOT, poFile, outDir ) ) console.log( written );
	}
} else {
	console.error( `igny8 i18n: unknown command "${ command }" (pot or json)` );
	process.exit( 2 );
}
