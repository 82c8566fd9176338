/**
 * The Optimizer rewrites a post's text, not its structure: a post holding every IGNY8 block (FAQ, Key
 * takeaways, Related articles) and the common core blocks (headings, paragraphs, nested lists, images,
 * quote, table, buttons, columns with nested blocks, custom HTML, an embed) is optimised and its
 * optimised version applied through the Optimizer screen; every block is still there, in its order, with
 * its attributes, and the editor finds every block valid. The model is the labelled fake
 * (scripts/fake-openai): it rewrites the first paragraph and each FAQ answer and adds a section.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { collectConsoleErrors, editorBlockValidity, expectNoPhpErrors, wpEval, wpEvalJson } from '../lib/wordpress';

const FIXTURE = resolve( __dirname, '..', '..', 'plugin/tests/Support/fixtures/optimizer-blocks.html' );
const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const tag = Date.now().toString( 36 );
const title = `Composting blocks ${ tag }`;

interface Stored {
	/** Every block, depth first: name and attributes as WordPress parses them. */
	blocks: Array<{ name: string; attrs: Record<string, unknown> }>;
	content: string;
}

/** The post's blocks as parse_blocks() reads them, and its raw content. */
const stored = ( postId: number ): Stored =>
	wpEvalJson<Stored>( `
		$content = get_post_field( 'post_content', ${ postId }, 'raw' );
		$out = [];
		$walk = function ( array $blocks ) use ( &$walk, &$out ) {
			foreach ( $blocks as $block ) {
				if ( null === $block['blockName'] ) { continue; }
				$out[] = [ 'name' => $block['blockName'], 'attrs' => (object) $block['attrs'] ];
				$walk( $block['innerBlocks'] );
			}
		};
		$walk( parse_blocks( $content ) );
		echo wp_json_encode( [ 'blocks' => $out, 'content' => $content ] );
	` );

let postId = 0;

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	wpEval(
		`$c = new Igny8\\Cloud\\Connection(); if ( ! $c->is_connected() ) { $r = $c->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( siteKey ) } ); if ( is_wp_error( $r ) ) { throw new Exception( $r->get_error_message() ); } }`
	);
	// The post an editor wrote, listed by the Optimizer with a poor stored score.
	const markup = Buffer.from( readFileSync( FIXTURE, 'utf8' ).trim() ).toString( 'base64' );
	postId = Number(
		wpEval( `
			$id = wp_insert_post( [ 'post_title' => ${ JSON.stringify( title ) }, 'post_status' => 'publish', 'post_author' => 1, 'post_content' => wp_slash( base64_decode( '${ markup }' ) ) ] );
			update_post_meta( $id, '_igny8_seo_score', 9 );
			update_post_meta( $id, '_igny8_seo_issues', wp_slash( wp_json_encode( [ [ 'id' => 'keyword', 'status' => 'problem', 'message' => 'The keyword is missing.' ] ] ) ) );
			echo (int) $id;
		` )
	);
	expect( postId ).toBeGreaterThan( 0 );
} );

test( 'optimising a post keeps every block: IGNY8 blocks and core blocks survive applying the optimised version', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	const before = stored( postId );
	expect( before.blocks.map( ( block ) => block.name ) ).toEqual(
		expect.arrayContaining( [ 'igny8/faq', 'igny8/key-takeaways', 'igny8/related-articles', 'core/columns', 'core/buttons', 'core/html', 'core/embed' ] )
	);

	await page.goto( '/wp-admin/admin.php?page=igny8-optimizer' );
	const row = page.getByRole( 'row' ).filter( { hasText: title } );
	await expect( row.getByText( 'The keyword is missing.' ) ).toBeVisible();
	await row.getByRole( 'checkbox' ).check();
	await page.getByRole( 'button', { name: 'Optimize', exact: true } ).click();
	await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Start' } ).click();
	await expect
		.poll( () => Number( wpEval( `echo (int) get_post_meta( ${ postId }, '_igny8_optimized_revision', true );` ) ), { timeout: 90_000 } )
		.toBeGreaterThan( 0 );
	expect( stored( postId ).content, 'the post itself is untouched until the editor applies the version' ).toBe( before.content );

	await page.reload();
	await page.getByRole( 'row' ).filter( { hasText: title } ).getByRole( 'button', { name: 'Optimised revision' } ).click();
	const dialog = page.getByRole( 'dialog' );
	await expect( dialog.getByRole( 'heading', { name: 'What the optimisation changed' } ) ).toBeVisible();
	await dialog.getByRole( 'button', { name: 'Use the optimised version' } ).click();
	await expect( page.locator( '.components-snackbar', { hasText: `Restored the revision of “` } ) ).toBeVisible();
	await expectNoPhpErrors( page );
	expect( errors ).toEqual( [] );

	const after = stored( postId );
	// The same blocks in the same order with the same attributes, plus the section the model added after the first paragraph.
	const added = [ { name: 'core/heading', attrs: {} }, { name: 'core/paragraph', attrs: {} } ];
	expect( after.blocks ).toEqual( [ before.blocks[ 0 ], ...added, ...before.blocks.slice( 1 ) ] );
	expect( after.content ).toContain( `<h2 class="wp-block-heading">Key points about ${ title }</h2>` );
	// The text was optimised in place, inside the IGNY8 blocks too.
	expect( after.content ).toContain( `<p class="wp-block-igny8-faq__answer">Not when balanced. That holds for ${ title } too.</p>` );
	expect( after.content ).toMatch( /<p>Compost with <strong>greens<\/strong>, <em>browns<\/em> and <a [^>]+>a guide<\/a>\. It is the heart of / );
	// Blocks the model never saw are byte for byte what the editor wrote.
	for ( const kept of [
		/<!-- wp:igny8\/key-takeaways [\s\S]*?<!-- \/wp:igny8\/key-takeaways -->/,
		/<!-- wp:igny8\/related-articles [^>]*\/-->/,
		/<!-- wp:html -->[\s\S]*?<!-- \/wp:html -->/,
		/<!-- wp:embed [\s\S]*?<!-- \/wp:embed -->/,
		/<!-- wp:buttons -->[\s\S]*?<!-- \/wp:buttons -->/,
		/<!-- wp:table -->[\s\S]*?<!-- \/wp:table -->/,
		/<!-- wp:image {"id":12[\s\S]*?<!-- \/wp:image -->/,
	] ) {
		expect( after.content.match( kept )?.[ 0 ], String( kept ) ).toBe( before.content.match( kept )?.[ 0 ] );
	}

	await page.goto( `/wp-admin/post.php?post=${ postId }&action=edit` );
	const validity = await editorBlockValidity( page );
	expect( validity.invalid ).toEqual( [] );
	expect( validity.total ).toBe( after.blocks.length );
} );
