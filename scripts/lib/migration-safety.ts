/**
 * Reads the D1 migrations as a reviewer would and refuses the ones that would lose or
 * rewrite data in place. D1 keeps no undo but Time Travel, and a Worker rollback does not
 * roll back a migration, so every migration must keep what was there:
 * - `DROP TABLE t` only in drizzle's table rebuild, after an `INSERT INTO … SELECT … FROM t`;
 * - `ALTER TABLE … DROP COLUMN c` only after a statement that copies `c` somewhere;
 * - `UPDATE` may only fill columns that a migration added after the table was created (a
 *   backfill), never rewrite an original column;
 * - `DELETE FROM` never.
 * A reviewed exception carries `-- igny8-data-change: <reason>` on the line before it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface MigrationFile {
	name: string;
	sql: string;
}

interface Statement {
	text: string;
	/** The reviewed-exception reason written just before the statement, if any. */
	exception: string | null;
}

const EXCEPTION = /--\s*igny8-data-change:\s*(\S.*)$/;
const ident = '[`"\\[]?(\\w+)[`"\\]]?';

/** The migrations of a folder in the order wrangler applies them (by file name). */
export function readMigrations( dir: string ): MigrationFile[] {
	return readdirSync( dir )
		.filter( ( name ) => name.endsWith( '.sql' ) )
		.sort()
		.map( ( name ) => ( { name, sql: readFileSync( resolve( dir, name ), 'utf8' ) } ) );
}

/** Statements of a migration, comments removed, each with the exception marker before it. */
function statements( sql: string ): Statement[] {
	const out: Statement[] = [];
	let exception: string | null = null;
	let current = '';
	for ( const line of sql.split( '\n' ) ) {
		const marker = EXCEPTION.exec( line );
		if ( marker ) exception = marker[ 1 ]!.trim();
		const code = line.replace( /--.*$/, '' );
		for ( const char of code ) {
			if ( char === ';' ) {
				if ( current.trim() ) out.push( { text: current.trim().replace( /\s+/g, ' ' ), exception } );
				current = '';
				exception = null;
			} else {
				current += char;
			}
		}
		current += ' ';
	}
	if ( current.trim() ) out.push( { text: current.trim().replace( /\s+/g, ' ' ), exception } );
	return out;
}

/** Every statement, in order, that would drop or rewrite data without carrying it over. */
export function unsafeStatements( migrations: MigrationFile[] ): string[] {
	const problems: string[] = [];
	// Columns each table had when it was created; later ADDs are fair game for backfills.
	const original = new Map<string, Set<string>>();
	for ( const migration of migrations ) {
		const seen: string[] = [];
		for ( const { text, exception } of statements( migration.sql ) ) {
			const where = `${ migration.name }: ${ text.slice( 0, 120 ) }`;
			const create = new RegExp( `^CREATE TABLE (?:IF NOT EXISTS )?${ ident } ?\\((.*)\\)$`, 'i' ).exec( text );
			if ( create ) {
				const table = create[ 1 ]!;
				// drizzle's rebuild creates __new_t, copies, drops t and renames: t keeps its original columns.
				if ( ! table.startsWith( '__new_' ) ) original.set( table, new Set( [ ...create[ 2 ]!.matchAll( /(?:^|,)\s*[`"](\w+)[`"]\s+\w+/g ) ].map( ( m ) => m[ 1 ]! ) ) );
			}
			const dropTable = new RegExp( `^DROP TABLE (?:IF EXISTS )?${ ident }`, 'i' ).exec( text );
			if ( dropTable && ! exception ) {
				const table = dropTable[ 1 ]!;
				const copied = seen.some( ( earlier ) => new RegExp( `^INSERT INTO .* SELECT .* FROM ${ ident }`, 'i' ).exec( earlier )?.[ 1 ] === table );
				if ( ! copied ) problems.push( `${ where } — drops table ${ table } without copying its rows first` );
			}
			const dropColumn = new RegExp( `^ALTER TABLE ${ ident } DROP (?:COLUMN )?${ ident }`, 'i' ).exec( text );
			if ( dropColumn && ! exception ) {
				const column = dropColumn[ 2 ]!;
				const copied = seen.some( ( earlier ) => /^(UPDATE|INSERT)\b/i.test( earlier ) && new RegExp( `[\`"]?\\b${ column }\\b[\`"]?`, 'i' ).test( earlier.replace( /^UPDATE \S+ SET [`"]?\w+[`"]? =/i, '' ) ) );
				if ( ! copied ) problems.push( `${ where } — drops column ${ dropColumn[ 1 ] }.${ column } without a backfill that copies it` );
			}
			if ( /^DELETE FROM\b/i.test( text ) && ! exception ) problems.push( `${ where } — deletes rows` );
			const update = new RegExp( `^UPDATE (?:OR \\w+ )?${ ident } SET (.*?)(?: WHERE .*)?$`, 'i' ).exec( text );
			if ( update && ! exception ) {
				const table = update[ 1 ]!;
				const assigned = [ ...update[ 2 ]!.matchAll( /(?:^|,)\s*[`"]?(\w+)[`"]?\s*=/g ) ].map( ( m ) => m[ 1 ]! );
				const rewritten = assigned.filter( ( column ) => original.get( table )?.has( column ) ?? false );
				if ( rewritten.length ) problems.push( `${ where } — rewrites ${ rewritten.map( ( c ) => `${ table }.${ c }` ).join( ', ' )} in place (only added columns may be backfilled)` );
			}
			seen.push( text );
		}
	}
	return problems;
}
