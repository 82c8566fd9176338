/**
 * plugin/languages/igny8.pot from every source that ships: the plugin's PHP, the admin screens
 * and blocks (TypeScript), and the blocks' block.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { po, type GetTextTranslations } from 'gettext-parser';
import { extractBlockJsonFiles, extractPhpFiles } from './extract-php.ts';
import { extractTsFiles } from './extract-ts.ts';
import { mergeEntries, TEXT_DOMAIN, type Entry, type Skipped } from './entries.ts';

/** Where the POT and the translations live, relative to the repository root. */
export const LANGUAGES_DIR = 'plugin/languages';
/** The POT's path relative to the repository root. */
export const POT_PATH = `${ LANGUAGES_DIR }/${ TEXT_DOMAIN }.pot`;

/** Files below `dir` (relative to root) whose path matches, tests and build output left out. */
function filesUnder( root: string, dir: string, pattern: RegExp ): string[] {
	return readdirSync( resolve( root, dir ), { recursive: true, encoding: 'utf8' } )
		.map( ( path ) => `${ dir }/${ path }` )
		.filter( ( path ) => pattern.test( path ) && ! /(^|\/)(tests?|build|vendor|node_modules)\//.test( path ) && ! /\.(test|d)\.tsx?$/.test( path ) )
		.sort()
		.map( ( path ) => resolve( root, path ) );
}

/** Every translatable string of the shipped sources, and the calls that were skipped. */
export function extractAll( root: string ): { entries: Entry[]; skipped: Skipped[] } {
	const ts = extractTsFiles( [ ...filesUnder( root, 'admin-ui/src', /\.tsx?$/ ), ...filesUnder( root, 'blocks/src', /\.tsx?$/ ) ], root );
	const php = extractPhpFiles( [ ...filesUnder( root, 'plugin', /\.php$/ ), ...filesUnder( root, 'blocks/src', /\.php$/ ) ], root, 'plugin/igny8.php' );
	const blocks = extractBlockJsonFiles( filesUnder( root, 'blocks/src', /(^|\/)block\.json$/ ), root );
	return { entries: mergeEntries( [ ...php, ...blocks, ...ts.entries ] ), skipped: ts.skipped };
}

/** The plugin's version, from its header. */
function pluginVersion( root: string ): string {
	return /^\s*\*\s*Version:\s*(\S+)/m.exec( readFileSync( resolve( root, 'plugin/igny8.php' ), 'utf8' ) )?.[ 1 ] ?? '0.0.0';
}

/** Entries in gettext-parser's shape: context → msgid → message. */
export function toTranslations( entries: Entry[], headers: Record<string, string>, translate: ( entry: Entry ) => string[] = ( entry ) => ( entry.plural ? [ '', '' ] : [ '' ] ) ): GetTextTranslations {
	const translations: GetTextTranslations[ 'translations' ] = { '': { '': { msgid: '', msgstr: [ '' ] } } };
	for ( const entry of entries ) {
		const context = entry.context ?? '';
		translations[ context ] ??= {};
		translations[ context ][ entry.msgid ] = {
			msgid: entry.msgid,
			...( entry.context ? { msgctxt: entry.context } : {} ),
			...( entry.plural ? { msgid_plural: entry.plural } : {} ),
			msgstr: translate( entry ),
			comments: { extracted: entry.comments.join( '\n' ), reference: entry.references.join( '\n' ) },
		};
	}
	return { charset: 'utf-8', headers, translations };
}

/**
 * The POT's text. No POT-Creation-Date: a date would change the file on every run, and the
 * POT is committed and checked to be current.
 */
export function renderPot( root: string, entries: Entry[] ): string {
	const headers = {
		'Project-Id-Version': `IGNY8 ${ pluginVersion( root ) }`,
		'Report-Msgid-Bugs-To': 'https://github.com/igny8/igny8/issues',
		'MIME-Version': '1.0',
		'Content-Type': 'text/plain; charset=UTF-8',
		'Content-Transfer-Encoding': '8bit',
		'X-Generator': 'npm run i18n (scripts/i18n.ts)',
		'X-Domain': TEXT_DOMAIN,
	};
	const pot = po.compile( toTranslations( entries, headers ), { foldLength: 0, sort: false } ).toString( 'utf8' );
	return `# Copyright (C) IGNY8\n# This file is distributed under the GPL-2.0-or-later.\n${ pot }\n`;
}
