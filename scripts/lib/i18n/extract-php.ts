/**
 * Strings of the PHP sources (wp-pot: WordPress's gettext functions, `translators:` comments,
 * the text domain filter) and of block.json files (title, description and keywords, which
 * WordPress translates with the contexts its block i18n schema gives them).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { WP_Pot } from 'wp-pot';
import { readEntries, TEXT_DOMAIN, type Entry } from './entries.ts';

/**
 * Extracts the igny8 strings of PHP files, references relative to `root`, with the plugin
 * header's name and description (WordPress translates them in the plugins list).
 */
export function extractPhpFiles( files: string[], root: string, pluginFile: string ): Entry[] {
	if ( files.length === 0 ) return [];
	const pot = new WP_Pot( { pathsRelativeTo: root, php: { textdomain: TEXT_DOMAIN, metadataFile: pluginFile }, pot: { defaultHeaders: false } } )
		.parse( files )
		.generatePot();
	return readEntries( pot );
}

/** The fields of block.json WordPress translates, with their gettext context (wp-includes/block-i18n.json). */
const BLOCK_FIELDS = { title: 'block title', description: 'block description', keywords: 'block keyword' } as const;

/** Extracts title, description and keywords of block.json files in the igny8 domain. */
export function extractBlockJsonFiles( files: string[], root: string ): Entry[] {
	const entries: Entry[] = [];
	for ( const file of files ) {
		const text = readFileSync( file, 'utf8' );
		const json = JSON.parse( text ) as Record<string, unknown>;
		if ( json.textdomain !== TEXT_DOMAIN ) continue;
		for ( const [ field, context ] of Object.entries( BLOCK_FIELDS ) ) {
			const line = text.slice( 0, Math.max( 0, text.indexOf( `"${ field }"` ) ) ).split( '\n' ).length;
			for ( const value of [ json[ field ] ].flat() ) {
				if ( typeof value === 'string' && value !== '' ) {
					entries.push( { msgid: value, context, comments: [], references: [ `${ relative( root, file ) }:${ line }` ] } );
				}
			}
		}
	}
	return entries;
}
