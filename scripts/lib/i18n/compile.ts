/**
 * A translation (`igny8-<locale>.po`) into what WordPress loads: one Jed 1.x JSON file per
 * built script that uses its strings (as `wp i18n make-json` writes them), and a `.mo` with the
 * strings PHP and block.json translate (`load_plugin_textdomain`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { mo, po, type GetTextTranslation } from 'gettext-parser';
import { entryKey, readEntries, referenceFile, TEXT_DOMAIN } from './entries.ts';
import { builtScripts } from './scripts-map.ts';
import { POT_PATH } from './pot.ts';

/** One translated string of a PO file and the source files that use it. */
interface Translated {
	key: string;
	message: GetTextTranslation;
	files: Set<string>;
}

/** The JSON file name WordPress looks for: domain, locale, md5 of the script's path in the plugin. */
export function jsonFileName( locale: string, script: string ): string {
	return `${ TEXT_DOMAIN }-${ locale }-${ createHash( 'md5' ).update( script ).digest( 'hex' ) }.json`;
}

/** The locale of `igny8-<locale>.po`, or its Language header. */
function localeOf( path: string, language: string | undefined ): string {
	const fromName = new RegExp( `^${ TEXT_DOMAIN }-(.+)\\.po$` ).exec( basename( path ) )?.[ 1 ];
	const locale = fromName ?? language;
	if ( ! locale ) throw new Error( `${ path }: name it ${ TEXT_DOMAIN }-<locale>.po or give it a Language header` );
	return locale;
}

/**
 * The translated strings of a PO file. Where a string is used comes from the PO's references
 * and from the current POT's, so a PO made from an older POT still reaches the scripts that
 * use its strings today. Fuzzy and untranslated strings are left out, as msgfmt does.
 */
function translatedStrings( path: string, potPath: string ): { headers: Record<string, string>; strings: Translated[] } {
	// WordPress translations are UTF-8; a PO without a charset header is read as such.
	const parsed = po.parse( readFileSync( path ), { defaultCharset: 'utf-8' } );
	const potFiles = new Map<string, string[]>();
	for ( const entry of readEntries( readFileSync( potPath, 'utf8' ) ) ) {
		potFiles.set( entryKey( entry ), entry.references.map( referenceFile ) );
	}
	const strings: Translated[] = [];
	for ( const [ context, messages ] of Object.entries( parsed.translations ) ) {
		for ( const [ msgid, message ] of Object.entries( messages ) ) {
			if ( msgid === '' || message.msgstr.every( ( text ) => text === '' ) || /\bfuzzy\b/.test( message.comments?.flag ?? '' ) ) continue;
			const key = entryKey( { msgid, context } );
			const own = ( message.comments?.reference ?? '' ).split( /[\s,]+/ ).filter( Boolean ).map( referenceFile );
			strings.push( { key, message, files: new Set( [ ...own, ...( potFiles.get( key ) ?? [] ) ] ) } );
		}
	}
	return { headers: parsed.headers, strings };
}

/** Jed 1.x locale data for some strings, as WordPress's wp.i18n.setLocaleData takes it. */
function jed( locale: string, pluralForms: string, strings: Translated[] ): object {
	const messages: Record<string, unknown> = { '': { domain: 'messages', lang: locale, 'plural-forms': pluralForms } };
	for ( const { key, message } of strings ) messages[ key ] = message.msgstr;
	return { 'translation-revision-date': '', generator: 'npm run i18n (scripts/i18n.ts)', domain: 'messages', locale_data: { messages } };
}

/** Writes the JSON files and the .mo of one PO file into `outDir`; returns the paths written. */
export function compilePo( root: string, path: string, outDir: string, potPath = resolve( root, POT_PATH ) ): string[] {
	const { headers, strings } = translatedStrings( path, potPath );
	const locale = localeOf( path, headers.Language );
	const pluralForms = headers[ 'Plural-Forms' ] ?? 'nplurals=2; plural=(n != 1);';
	mkdirSync( outDir, { recursive: true } );
	const written: string[] = [];

	for ( const { script, sources } of builtScripts( root ) ) {
		const used = strings.filter( ( string ) => [ ...string.files ].some( ( file ) => sources.has( file ) ) );
		if ( used.length === 0 ) continue;
		const file = resolve( outDir, jsonFileName( locale, script ) );
		writeFileSync( file, `${ JSON.stringify( jed( locale, pluralForms, used ) ) }\n` );
		written.push( file );
	}

	// PHP reads the .mo; strings only the scripts use stay out of it, as make-json purges them.
	const forPhp = strings.filter( ( string ) => string.files.size === 0 || [ ...string.files ].some( ( file ) => /\.php$|block\.json$/.test( file ) ) );
	const translations: Record<string, Record<string, GetTextTranslation>> = { '': { '': { msgid: '', msgstr: [ '' ] } } };
	for ( const { message } of forPhp ) {
		const context = message.msgctxt ?? '';
		translations[ context ] ??= {};
		translations[ context ][ message.msgid ] = message;
	}
	const moFile = resolve( outDir, `${ TEXT_DOMAIN }-${ locale }.mo` );
	writeFileSync( moFile, mo.compile( { charset: 'utf-8', headers: { ...headers, 'Content-Type': 'text/plain; charset=UTF-8', Language: locale, 'Plural-Forms': pluralForms }, translations } ) );
	written.push( moFile );
	return written;
}
