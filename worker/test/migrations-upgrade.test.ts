/**
 * Upgrades keep data: for every migration, a database populated just after it (one row
 * in every table, foreign keys pointing at real rows) is taken through all the later
 * migrations, and every row must still be there with every value it had.
 */
import { applyD1Migrations, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

type Row = Record<string, unknown>;
interface Column {
	name: string;
	type: string;
	notnull: number;
	dflt_value: string | null;
	pk: number;
}
interface ForeignKey {
	table: string;
	from: string;
	to: string;
}

const db = () => env.MIGRATION_DB;
const quote = ( name: string ) => `"${ name.replace( /"/g, '""' ) }"`;

async function tables(): Promise<string[]> {
	const { results } = await db().prepare( "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations' ORDER BY name" ).all<{ name: string }>();
	return results.map( ( row ) => row.name );
}

/** Drops everything, children before parents, so the next round starts from nothing. */
async function emptyDatabase(): Promise<void> {
	for ( let round = 0; round < 10; round++ ) {
		const names = [ ...( await tables() ), 'd1_migrations' ];
		let dropped = 0;
		for ( const name of names ) {
			dropped += await db().prepare( `DROP TABLE IF EXISTS ${ quote( name ) }` ).run().then( () => 1, () => 0 );
		}
		if ( ( await tables() ).length === 0 ) return;
		if ( dropped === 0 ) break;
	}
	throw new Error( `could not empty the migration test database: ${ ( await tables() ).join( ', ' ) }` );
}

/** A value that fits the column and differs per table, so a lost or swapped value shows. */
function sample( table: string, column: Column, seq: number ): unknown {
	const type = column.type.toUpperCase();
	if ( type.includes( 'INT' ) ) return 1_767_225_600_000 + seq;
	if ( type.includes( 'REAL' ) ) return seq + 0.5;
	if ( type.includes( 'BLOB' ) ) return null;
	// JSON-looking columns stay valid JSON for code that reads them.
	return JSON.stringify( `${ table }.${ column.name }#${ seq }` );
}

/** Inserts one row in every table (parents first) and returns what went in, by table. */
async function populate(): Promise<Map<string, Row>> {
	const rows = new Map<string, Row>();
	const pending = await tables();
	let seq = 0;
	while ( pending.length > 0 ) {
		const before = pending.length;
		for ( const table of [ ...pending ] ) {
			const columns = ( await db().prepare( `PRAGMA table_info(${ quote( table ) })` ).all<Column>() ).results;
			const keys = ( await db().prepare( `PRAGMA foreign_key_list(${ quote( table ) })` ).all<ForeignKey>() ).results;
			if ( keys.some( ( key ) => key.table !== table && ! rows.has( key.table ) ) ) continue;
			const row: Row = {};
			for ( const column of columns ) {
				const key = keys.find( ( candidate ) => candidate.from === column.name );
				row[ column.name ] = key ? ( key.table === table ? null : rows.get( key.table )![ key.to ] ) : sample( table, column, ++seq );
			}
			const names = Object.keys( row );
			await db()
				.prepare( `INSERT INTO ${ quote( table ) } (${ names.map( quote ).join( ', ' ) }) VALUES (${ names.map( () => '?' ).join( ', ' ) })` )
				.bind( ...names.map( ( name ) => row[ name ] ) )
				.run();
			rows.set( table, row );
			pending.splice( pending.indexOf( table ), 1 );
		}
		if ( pending.length === before ) throw new Error( `foreign keys form a cycle among: ${ pending.join( ', ' ) }` );
	}
	return rows;
}

/** Tables whose populated row is no longer there exactly as it was. */
async function lostRows( before: Map<string, Row> ): Promise<string[]> {
	const lost: string[] = [];
	for ( const [ table, row ] of before ) {
		const where = Object.keys( row ).map( ( name ) => `${ quote( name ) } IS ?` ).join( ' AND ' );
		const found = await db()
			.prepare( `SELECT COUNT(*) AS n FROM ${ quote( table ) } WHERE ${ where }` )
			.bind( ...Object.values( row ) )
			.first<{ n: number }>();
		if ( found?.n !== 1 ) lost.push( table );
	}
	return lost;
}

describe( 'D1 migrations keep existing data', () => {
	const migrations = env.TEST_MIGRATIONS;

	it( 'has migrations to check', () => {
		expect( migrations.length ).toBeGreaterThan( 4 );
	} );

	// The last migration has nothing after it to upgrade through.
	for ( let index = 0; index < migrations.length - 1; index++ ) {
		it( `a database populated at ${ migrations[ index ]!.name } keeps every row and value through the later migrations`, async () => {
			await emptyDatabase();
			await applyD1Migrations( db(), migrations.slice( 0, index + 1 ) );
			const before = await populate();
			await applyD1Migrations( db(), migrations );
			expect( before.size ).toBeGreaterThan( 5 );
			expect( await lostRows( before ) ).toEqual( [] );
		} );
	}

	it( 'notices a later migration that rewrites a value in place', async () => {
		await emptyDatabase();
		await applyD1Migrations( db(), migrations );
		const before = await populate();
		await applyD1Migrations( db(), [ ...migrations, { name: '9999_rewrite_names.sql', queries: [ "UPDATE accounts SET name = 'renamed'" ] } ] );
		expect( await lostRows( before ) ).toEqual( [ 'accounts' ] );
	} );
} );
