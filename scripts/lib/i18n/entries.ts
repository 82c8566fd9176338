/**
 * One translatable string as the extractors find it, and the merge of many finds into the
 * POT's list (one entry per context + msgid, references and comments gathered).
 */
import { po } from 'gettext-parser';

/** The text domain every IGNY8 string belongs to. */
export const TEXT_DOMAIN = 'igny8';

/** A translatable string and where it is used. */
export interface Entry {
	msgid: string;
	plural?: string;
	context?: string;
	/** Translator comments ("translators: %s: the keyword"), without comment markers. */
	comments: string[];
	/** `path:line`, the path relative to the repository root. */
	references: string[];
}

/** A call the extractors skipped because it would never reach the igny8 domain. */
export interface Skipped {
	reference: string;
	reason: string;
}

/** What one extractor found in a set of files. */
export interface Extraction {
	entries: Entry[];
	skipped: Skipped[];
}

/** The key gettext and Jed use for a string: context EOT msgid, or msgid alone. */
export function entryKey( entry: Pick<Entry, 'msgid' | 'context'> ): string {
	return entry.context ? `${ entry.context }\u0004${ entry.msgid }` : entry.msgid;
}

/** Path and line of a reference, sorted numerically by line within a file. */
function compareReferences( a: string, b: string ): number {
	const [ fileA = '', lineA = '0' ] = a.split( ':' );
	const [ fileB = '', lineB = '0' ] = b.split( ':' );
	return fileA === fileB ? Number( lineA ) - Number( lineB ) : fileA < fileB ? -1 : 1;
}

/**
 * Merges finds of the same string, keeping the first plural form seen. The result is sorted
 * by first reference so a regenerated POT only changes where the sources did.
 */
export function mergeEntries( found: Entry[] ): Entry[] {
	const merged = new Map<string, Entry>();
	for ( const entry of found ) {
		const key = entryKey( entry );
		const existing = merged.get( key );
		if ( ! existing ) {
			merged.set( key, { ...entry, comments: [ ...entry.comments ], references: [ ...entry.references ] } );
			continue;
		}
		if ( entry.plural && ! existing.plural ) existing.plural = entry.plural;
		for ( const comment of entry.comments ) if ( ! existing.comments.includes( comment ) ) existing.comments.push( comment );
		for ( const reference of entry.references ) if ( ! existing.references.includes( reference ) ) existing.references.push( reference );
	}
	const entries = [ ...merged.values() ];
	for ( const entry of entries ) entry.references.sort( compareReferences );
	return entries.sort( ( a, b ) => compareReferences( a.references[ 0 ] ?? '', b.references[ 0 ] ?? '' ) || ( entryKey( a ) < entryKey( b ) ? -1 : 1 ) );
}

/** The file part of a `path:line` reference. */
export function referenceFile( reference: string ): string {
	return reference.replace( /:\d+$/, '' );
}

/** The entries of a POT or PO file (for the check that the committed POT is current). */
export function readEntries( text: string ): Entry[] {
	const entries: Entry[] = [];
	for ( const [ context, messages ] of Object.entries( po.parse( text ).translations ) ) {
		for ( const [ msgid, message ] of Object.entries( messages ) ) {
			if ( msgid === '' ) continue;
			entries.push( {
				msgid,
				...( context ? { context } : {} ),
				...( message.msgid_plural ? { plural: message.msgid_plural } : {} ),
				comments: ( message.comments?.extracted ?? '' ).split( '\n' ).filter( Boolean ),
				references: ( message.comments?.reference ?? '' ).split( /[\s,]+/ ).filter( Boolean ),
			} );
		}
	}
	return entries;
}
