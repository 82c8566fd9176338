/**
 * What the plugin's one writer of cloud output stores (kses on, no user, as a delivery runs) still
 * opens in the block editor with every block valid: core blocks the Worker produces and the
 * plugin's own, with attributes WordPress re-serialised while filtering them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { collectConsoleErrors, editorBlockValidity, wpEvalJson } from '../lib/wordpress';

const FIXTURE = resolve( __dirname, '..', '..', 'plugin/tests/Support/fixtures/all-blocks.html' );

test( 'every block a cloud write keeps is valid in the editor', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	const markup = Buffer.from( readFileSync( FIXTURE, 'utf8' ).trim() ).toString( 'base64' );
	const written = wpEvalJson<{ id: number; content: string; user: number }>(
		`$id = \\Igny8\\Results\\Post_Writer::insert( [ 'post_type' => 'post', 'post_status' => 'draft', 'post_title' => 'Every block', 'post_content' => base64_decode( '${ markup }' ) ] );` +
			" echo wp_json_encode( [ 'id' => $id, 'content' => get_post_field( 'post_content', $id, 'raw' ), 'user' => get_current_user_id() ] );"
	);
	expect( written.user, 'written with no user, as a delivery' ).toBe( 0 );
	expect( written.id ).toBeGreaterThan( 0 );
	// The attributes went through filter_block_content(), which escapes "--" when it serialises them.
	expect( written.content ).toContain( '"className":"is-style\\u002d\\u002dlead"' );

	await page.goto( `/wp-admin/post.php?post=${ written.id }&action=edit` );
	const validity = await editorBlockValidity( page );

	expect( validity.invalid ).toEqual( [] );
	expect( validity.total ).toBe( 21 );
	expect( errors.filter( ( error ) => /block validation|invalid block/i.test( error ) ) ).toEqual( [] );
} );
