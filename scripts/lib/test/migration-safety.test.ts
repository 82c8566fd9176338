import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { readMigrations, unsafeStatements } from '../migration-safety.ts';

const base = { name: '0000_create.sql', sql: 'CREATE TABLE `sites` (\n\t`id` text PRIMARY KEY NOT NULL,\n\t`secret` text NOT NULL\n);\n' };
const check = ( sql: string ) => unsafeStatements( [ base, { name: '0001_change.sql', sql } ] );

describe( 'D1 migrations keep data', () => {
	it( 'every migration in d1-migrations/ drops or rewrites nothing without carrying it over', () => {
		const migrations = readMigrations( resolve( ROOT, 'd1-migrations' ) );
		expect( migrations.length ).toBeGreaterThan( 4 );
		expect( unsafeStatements( migrations ) ).toEqual( [] );
	} );

	it( 'refuses a dropped table whose rows were not copied', () => {
		expect( check( 'DROP TABLE `sites`;' ) ).toEqual( [ '0001_change.sql: DROP TABLE `sites` — drops table sites without copying its rows first' ] );
	} );

	it( "accepts drizzle's table rebuild, which copies the rows before the drop", () => {
		const rebuild = [
			'PRAGMA foreign_keys=OFF;--> statement-breakpoint',
			'CREATE TABLE `__new_sites` (`id` text PRIMARY KEY NOT NULL, `secret` text NOT NULL, `note` text);--> statement-breakpoint',
			'INSERT INTO `__new_sites`("id", "secret") SELECT "id", "secret" FROM `sites`;--> statement-breakpoint',
			'DROP TABLE `sites`;--> statement-breakpoint',
			'ALTER TABLE `__new_sites` RENAME TO `sites`;',
		].join( '\n' );
		expect( check( rebuild ) ).toEqual( [] );
	} );

	it( 'refuses a dropped column unless a backfill copied it first', () => {
		expect( check( 'ALTER TABLE `sites` DROP COLUMN `secret`;' ) ).toEqual( [ '0001_change.sql: ALTER TABLE `sites` DROP COLUMN `secret` — drops column sites.secret without a backfill that copies it' ] );
		expect( check( 'ALTER TABLE `sites` ADD `secret_enc` text;\nUPDATE `sites` SET `secret_enc` = `secret`;\nALTER TABLE `sites` DROP COLUMN `secret`;' ) ).toEqual( [] );
	} );

	it( 'lets an UPDATE fill an added column but not rewrite an original one', () => {
		expect( check( "ALTER TABLE `sites` ADD `note` text;\nUPDATE `sites` SET `note` = 'x' WHERE `note` IS NULL;" ) ).toEqual( [] );
		expect( check( "UPDATE `sites` SET `secret` = '' WHERE 1;" ) ).toEqual( [ "0001_change.sql: UPDATE `sites` SET `secret` = '' WHERE 1 — rewrites sites.secret in place (only added columns may be backfilled)" ] );
	} );

	it( 'refuses deleted rows, and accepts a reviewed exception that gives its reason', () => {
		expect( check( 'DELETE FROM `sites`;' ) ).toEqual( [ '0001_change.sql: DELETE FROM `sites` — deletes rows' ] );
		expect( check( '-- igny8-data-change: expired sessions carry nothing worth keeping\nDELETE FROM `sites`;' ) ).toEqual( [] );
	} );
} );
