/**
 * The IGNY8 sidebar and blocks in the block editor (Chromium, real WordPress + Worker + fake
 * model, a test double): the live score, a streamed rewrite undone in one step, chosen internal
 * links inserted, generated meta, and an FAQ block whose FAQPage JSON-LD reaches the front end.
 * No block is ever invalid. Runs on its own: it connects the site and writes its draft first.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, wpEval, wpEvalJson } from '../lib/wordpress';
import { openEditorWithSidebar } from '../lib/editor';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';

test.describe.configure( { mode: 'serial' } );

let postId = 0;
let taskId = 0;
const targets: Array<{ id: number; title: string }> = [];

/** The parts of wp.data the spec calls (window globals of the editor page). */
type Fn = ( ...args: never[] ) => unknown;
type Wp = {
	data: {
		select: ( store: string ) => {
			getBlocks: () => unknown[];
			getBlock: ( clientId: string ) => unknown;
			getSelectedBlock: () => unknown;
			isSavingPost: () => boolean;
			isEditedPostDirty: () => boolean;
			getEditedPostContent: () => string;
		} & Record<string, Fn>;
		dispatch: ( store: string ) => {
			set: ( scope: string, name: string, value: unknown ) => void;
			openGeneralSidebar: ( name: string ) => void;
			savePost: () => Promise<void>;
			selectBlock: ( clientId: string ) => void;
		};
		subscribe: ( listener: () => void ) => () => void;
	};
};

/** Waits until the draft is in the editor, with the IGNY8 sidebar open and its score shown. */
async function openEditor( page: Page ): Promise<void> {
	await openEditorWithSidebar( page, postId );
	await expect( page.getByTestId( 'igny8-score' ) ).toHaveText( /^\d+$/ );
}

/** Every block (nested too) is valid. */
async function expectValidBlocks( page: Page ): Promise<void> {
	const invalid = await page.evaluate( () => {
		type Block = { name: string; isValid: boolean; innerBlocks: Block[] };
		const wp = ( window as unknown as { wp: Wp } ).wp;
		const bad: string[] = [];
		const walk = ( blocks: Block[] ): void => blocks.forEach( ( block ) => {
			if ( ! block.isValid ) bad.push( block.name );
			walk( block.innerBlocks );
		} );
		walk( wp.data.select( 'core/block-editor' ).getBlocks() as Block[] );
		return bad;
	} );
	expect( invalid ).toEqual( [] );
}

async function score( page: Page ): Promise<number> {
	return Number( await page.getByTestId( 'igny8-score' ).textContent() );
}

async function savePost( page: Page ): Promise<void> {
	await page.evaluate( async () => {
		const wp = ( window as unknown as { wp: Wp } ).wp;
		await wp.data.dispatch( 'core/editor' ).savePost();
	} );
	await page.waitForFunction( () => {
		const editor = ( window as unknown as { wp: Wp } ).wp.data.select( 'core/editor' );
		return ! editor.isSavingPost() && ! editor.isEditedPostDirty();
	} );
}

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	const connected = wpEvalJson<{ ok?: boolean; error?: string }>(
		`$r = ( new Igny8\\Cloud\\Connection() )->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( siteKey ) } ); echo wp_json_encode( is_wp_error( $r ) ? [ 'error' => $r->get_error_message() ] : [ 'ok' => true ] );`
	);
	expect( connected ).toEqual( { ok: true } );

	// A cluster with two published posts to link to, and a writer task in it for the draft.
	const setup = wpEvalJson<{ task: number; targets: Array<{ id: number; title: string }> }>( `
		$clusters = new Igny8\\Storage\\Clusters_Repository();
		$tasks    = new Igny8\\Storage\\Tasks_Repository();
		$cluster  = (int) $clusters->insert( [ 'name' => 'Trail running ' . wp_generate_uuid4() ] );
		$out      = [];
		foreach ( [ 'Trail running shoes', 'Hill training plan' ] as $title ) {
			$t = (int) $tasks->insert( [ 'title' => $title, 'keywords' => [ strtolower( $title ) ] ] );
			$tasks->update( $t, [ 'cluster_id' => $cluster ] );
			$id = wp_insert_post( [ 'post_title' => $title, 'post_status' => 'publish', 'post_content' => '<!-- wp:paragraph --><p>All about ' . $title . '.</p><!-- /wp:paragraph -->', 'meta_input' => [ '_igny8_task_id' => $t, '_igny8_target_keyword' => strtolower( $title ) ] ] );
			$out[] = [ 'id' => $id, 'title' => $title ];
		}
		$task = (int) $tasks->insert( [ 'title' => 'Trail running for beginners', 'brief' => 'Shoes, pacing, hills and safety.', 'keywords' => [ 'trail running', 'beginner trail running' ] ] );
		$tasks->update( $task, [ 'cluster_id' => $cluster ] );
		$started = Igny8\\Actions\\Registry::get( 'generate_content' )->run( [ 'ids' => [ $task ] ] );
		if ( is_wp_error( $started ) ) { echo wp_json_encode( [ 'error' => $started->get_error_message() ] ); return; }
		echo wp_json_encode( [ 'task' => $task, 'targets' => $out ] );
	` );
	expect( setup.task ).toBeGreaterThan( 0 );
	taskId = setup.task;
	targets.push( ...setup.targets );
} );

test( 'a generated draft shows the live score, and editing text changes it', async ( { page } ) => {
	test.setTimeout( 180_000 );
	// The article arrives through the job path (queue → fake model → signed delivery).
	const assigned = () => Number( wpEval( `$t = ( new Igny8\\Storage\\Tasks_Repository() )->find( ${ taskId } ); echo (int) ( $t['assigned_post_id'] ?? 0 );` ) );
	await expect.poll( assigned, { timeout: 120_000, intervals: [ 2_000 ] } ).toBeGreaterThan( 0 );
	postId = assigned();
	// A sentence naming both link targets, so the Linker has anchors in this post.
	wpEval( `$p = get_post( ${ postId } ); wp_update_post( [ 'ID' => $p->ID, 'post_content' => $p->post_content . "\\n\\n<!-- wp:paragraph -->\\n<p>Before your first race, buy trail running shoes and follow a hill training plan for four weeks.</p>\\n<!-- /wp:paragraph -->" ] );` );

	const errors = collectConsoleErrors( page );
	// The post's context comes with the editor's page (the score waits for it), not in a request after the sidebar opens.
	const contextRequests: string[] = [];
	page.on( 'request', ( request ) => {
		if ( /igny8(\/|%2F)v1(\/|%2F)editor(\/|%2F)context/.test( request.url() ) ) {
			contextRequests.push( request.url() );
		}
	} );
	await openEditor( page );
	await expect( page.locator( '.igny8-check' ) ).toHaveCount( 13 );
	await expect( page.locator( '.igny8-sidebar__details' ) ).toContainText( `#${ taskId } Trail running for beginners` );
	expect( contextRequests ).toEqual( [] );
	await expect( page.locator( '.igny8-check[data-check="readability"] .igny8-check__message' ) ).toContainText( 'Flesch reading ease' );
	const before = await score( page );
	await page.screenshot( { path: screenshotPath( 'editor-score' ) } );

	// A keyword the text lacks, then typing it into the body: density and the score move.
	await page.getByRole( 'textbox', { name: 'Target keyword', exact: true } ).fill( 'zebra stripes' );
	await expect.poll( () => score( page ) ).toBeLessThan( before );
	const withoutKeyword = await score( page );
	const canvas = page.frameLocator( 'iframe[name="editor-canvas"]' );
	await canvas.locator( 'p.wp-block-paragraph' ).last().click();
	await page.keyboard.press( 'End' );
	await page.keyboard.type( ' Zebra stripes help you see the trail. Zebra stripes are bold.' );
	await expect.poll( () => score( page ) ).toBeGreaterThan( withoutKeyword );
	await expect( page.locator( '.igny8-check[data-check="keyword_density"]' ) ).toContainText( 'occurs 2 times' );

	// Clicking a check with a block selects that block.
	await page.getByRole( 'textbox', { name: 'Target keyword', exact: true } ).fill( 'trail running' );
	const firstParagraphCheck = page.locator( '.igny8-check[data-check="keyword_in_first_paragraph"] button' );
	await firstParagraphCheck.click();
	const selected = await page.evaluate( () => ( window as unknown as { wp: Wp } ).wp.data.select( 'core/block-editor' ).getSelectedBlock() as { name: string } | null );
	expect( selected?.name ).toBe( 'core/paragraph' );
	await savePost( page );
	await expectValidBlocks( page );
	expect( errors.filter( ( error ) => /block validation|invalid block/i.test( error ) ) ).toEqual( [] );
} );

test( 'a rewrite streams into the selected block and one undo restores it', async ( { page } ) => {
	// The sidebar shows the context's balance first and the cloud's fresh one once the score is up:
	// the charge is counted from the fresh one.
	const refreshed = page.waitForResponse( ( response ) => response.url().includes( 'billing/balance' ) && response.url().includes( 'refresh=true' ) );
	await openEditor( page );
	const fresh = ( ( await ( await refreshed ).json() ) as { credits: number } ).credits;
	await expect( page.getByTestId( 'igny8-credits' ) ).toHaveText( String( fresh ) );
	const target = await page.evaluate( () => {
		const wp = ( window as unknown as { wp: Wp } ).wp;
		const blocks = wp.data.select( 'core/block-editor' ).getBlocks() as Array<{ clientId: string; name: string; attributes: { content?: unknown } }>;
		const paragraph = blocks.find( ( block ) => block.name === 'core/paragraph' && String( block.attributes.content ?? '' ).length > 40 );
		if ( ! paragraph ) return null;
		wp.data.dispatch( 'core/block-editor' ).selectBlock( paragraph.clientId );
		// Record every state the block's text goes through while the rewrite streams in.
		const seen: string[] = [];
		( window as unknown as { __igny8Seen: string[] } ).__igny8Seen = seen;
		wp.data.subscribe( () => {
			const block = wp.data.select( 'core/block-editor' ).getBlock( paragraph.clientId ) as { attributes: { content?: unknown } } | null;
			const text = String( block?.attributes.content ?? '' );
			if ( seen[ seen.length - 1 ] !== text ) seen.push( text );
		} );
		return { clientId: paragraph.clientId, original: String( paragraph.attributes.content ), content: wp.data.select( 'core/editor' ).getEditedPostContent() };
	} );
	expect( target ).not.toBeNull();

	await page.getByRole( 'combobox', { name: 'Rewrite the selected blocks to be' } ).selectOption( 'longer' );
	await page.getByRole( 'button', { name: 'Rewrite selection' } ).click();
	await expect( page.locator( '.igny8-action-notice', { hasText: /Rewritten for 1 credit\./ } ) ).toBeVisible();

	const states = await page.evaluate( () => ( window as unknown as { __igny8Seen: string[] } ).__igny8Seen );
	const final = states[ states.length - 1 ] ?? '';
	expect( final ).toContain( 'In practice, this means starting small' );
	// Several partial states: the text arrived in pieces, not at once.
	expect( states.filter( ( state ) => state !== target!.original ).length ).toBeGreaterThan( 2 );
	await expect( page.getByTestId( 'igny8-credits' ) ).toHaveText( String( fresh - 1 ) );
	await expectValidBlocks( page );
	await page.screenshot( { path: screenshotPath( 'editor-rewrite' ) } );

	// One undo step brings the original paragraph back.
	await page.getByRole( 'button', { name: 'Undo', exact: true } ).first().click();
	// (Undoing to the loaded state re-parses the content, so compare the post, not the block object.)
	await expect.poll( () => page.evaluate( () => ( window as unknown as { wp: Wp } ).wp.data.select( 'core/editor' ).getEditedPostContent() ) ).toBe( target!.content );
	expect( target!.content ).toContain( target!.original );
	await expectValidBlocks( page );

	// The change is in the post's AI history with its provenance.
	await page.getByRole( 'button', { name: 'AI history' } ).click();
	await expect( page.locator( '.igny8-history__entry[data-function="rewrite"]' ).first() ).toContainText( /rewrite · .+ · prompt default-1 · 1 credit · / );
} );

test( 'chosen internal link suggestions are inserted into the text', async ( { page } ) => {
	await openEditor( page );
	await page.getByRole( 'button', { name: 'Internal links' } ).click();
	await page.getByRole( 'button', { name: 'Suggest internal links' } ).click();
	const boxes = page.locator( '.igny8-links input[type="checkbox"]' );
	await expect( boxes.first() ).toBeVisible();
	// Choose one suggestion: the "trail running shoes" anchor; leave the others out.
	const labels = await page.locator( '.igny8-links label' ).allTextContents();
	const chosen = labels.findIndex( ( label ) => label.startsWith( '“trail running shoes” → Trail running shoes' ) );
	expect( chosen, labels.join( ' | ' ) ).toBeGreaterThanOrEqual( 0 );
	for ( let i = 0; i < labels.length; i++ ) {
		if ( i !== chosen ) await boxes.nth( i ).uncheck();
	}
	await page.getByRole( 'button', { name: 'Insert chosen links' } ).click();
	await expect( page.locator( '.igny8-action-notice', { hasText: /1 link inserted \(Ctrl\+Z undoes it\)/ } ) ).toBeVisible();

	const content = await page.evaluate( () => ( window as unknown as { wp: Wp } ).wp.data.select( 'core/editor' ).getEditedPostContent() );
	const links = [ ...content.matchAll( /<a href="([^"]+)">([^<]+)<\/a>/g ) ];
	expect( links.map( ( link ) => link[ 2 ] ) ).toEqual( [ 'trail running shoes' ] );
	const target = wpEval( `echo get_the_title( url_to_postid( ${ JSON.stringify( links[ 0 ]![ 1 ] ) } ) );` ).trim();
	expect( target ).toBe( 'Trail running shoes' );
	await expectValidBlocks( page );
	await savePost( page );
	await page.screenshot( { path: screenshotPath( 'editor-links' ) } );
} );

test( 'generated meta and an FAQ block reach the front end, the FAQ as valid FAQPage JSON-LD', async ( { page } ) => {
	await openEditor( page );
	await page.getByRole( 'button', { name: 'Search appearance' } ).click();
	const oldDescription = await page.getByRole( 'textbox', { name: 'Meta description', exact: true } ).inputValue();
	await page.getByRole( 'button', { name: 'Generate meta title and description' } ).click();
	await expect( page.locator( '.igny8-action-notice', { hasText: /Meta generated/ } ) ).toBeVisible();
	await expect( page.getByRole( 'textbox', { name: 'Meta title', exact: true } ) ).toHaveValue( /trail running/i );
	await expect( page.getByRole( 'textbox', { name: 'Meta description', exact: true } ) ).not.toHaveValue( oldDescription );
	// The counters say how long each is.
	await expect( page.getByText( /^\d+ characters \(aim for 120–160\)$/ ) ).toBeVisible();
	const metaDescription = await page.getByRole( 'textbox', { name: 'Meta description', exact: true } ).inputValue();
	expect( metaDescription.length ).toBeGreaterThan( 50 );

	await page.getByRole( 'button', { name: 'Generate', exact: true } ).click();
	await page.getByRole( 'button', { name: 'Generate an FAQ block' } ).click();
	await expect( page.locator( '.igny8-action-notice', { hasText: /FAQ block inserted/ } ) ).toBeVisible();
	await expectValidBlocks( page );
	await savePost( page );
	await page.screenshot( { path: screenshotPath( 'editor-faq' ) } );

	// Reloaded from the database, the FAQ block is still valid.
	await openEditor( page );
	await expectValidBlocks( page );
	const saved = wpEvalJson<{ content: string; title: string }>( `echo wp_json_encode( [ 'content' => get_post( ${ postId } )->post_content, 'title' => get_post_meta( ${ postId }, '_igny8_meta_title', true ) ] );` );
	expect( saved.content ).toContain( '<!-- wp:igny8/faq' );
	expect( saved.title ).not.toBe( '' );

	// A second FAQ asks first (it is charged again): Replace fills the block the post has, no second one.
	const faqButton = page.getByRole( 'button', { name: 'Generate an FAQ block' } );
	if ( ! ( await faqButton.isVisible() ) ) {
		await page.getByRole( 'button', { name: 'Generate', exact: true } ).click();
	}
	await faqButton.click();
	const ask = page.getByRole( 'dialog', { name: 'The post has this block already' } );
	await expect( ask.getByText( /charged again/ ) ).toBeVisible();
	await expect( ask.getByRole( 'button', { name: 'Add another' } ) ).toBeVisible();
	await ask.getByRole( 'button', { name: 'Replace it' } ).click();
	await expect( page.locator( '.igny8-action-notice', { hasText: /FAQ block inserted/ } ) ).toBeVisible();
	const faqBlocks = await page.evaluate( () => {
		const wp = ( window as unknown as { wp: { data: { select: ( store: string ) => { getBlocks: () => Array<{ name: string }> } } } } ).wp;
		return wp.data.select( 'core/block-editor' ).getBlocks().filter( ( block ) => block.name === 'igny8/faq' ).length;
	} );
	expect( faqBlocks ).toBe( 1 );
	await expectValidBlocks( page );
	await savePost( page );

	await page.goto( `/?p=${ postId }&preview=true` );
	const scripts = await page.locator( 'script[type="application/ld+json"]' ).allTextContents();
	const faq = scripts.map( ( text ) => JSON.parse( text ) as Record<string, unknown> ).find( ( data ) => data[ '@type' ] === 'FAQPage' );
	expect( faq ).toBeDefined();
	expect( faq![ '@context' ] ).toBe( 'https://schema.org' );
	const entities = faq!.mainEntity as Array<{ '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }>;
	expect( entities.length ).toBe( 4 );
	for ( const entity of entities ) {
		expect( entity[ '@type' ] ).toBe( 'Question' );
		expect( entity.name ).toMatch( /\?$/ );
		expect( entity.acceptedAnswer[ '@type' ] ).toBe( 'Answer' );
		expect( entity.acceptedAnswer.text.length ).toBeGreaterThan( 10 );
	}
	// No SEO plugin here: IGNY8 prints the generated meta in the head.
	await expect( page.locator( 'meta[name="description"]' ) ).toHaveAttribute( 'content', metaDescription );
	await expect( page ).toHaveTitle( saved.title );
} );

test( 'key takeaways filled by the AI are a valid saved block, and Undo in the AI history removes them', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await openEditor( page );
	await page.getByRole( 'button', { name: 'Generate', exact: true } ).click();
	await page.getByRole( 'button', { name: 'Fill key takeaways' } ).click();
	await expect( page.locator( '.igny8-action-notice', { hasText: /Key takeaways filled/ } ) ).toBeVisible();

	const block = await page.evaluate( () => {
		const wp = ( window as unknown as { wp: Wp } ).wp;
		const blocks = wp.data.select( 'core/block-editor' ).getBlocks() as Array<{ name: string; attributes: { heading?: string; items?: Array<{ text: string }> } }>;
		return blocks.find( ( candidate ) => candidate.name === 'igny8/key-takeaways' )?.attributes ?? null;
	} );
	expect( block?.heading ).toBe( 'Key takeaways' );
	// The fake model (a test double) answers one sentence per takeaway asked for, about the keyword.
	expect( block?.items?.map( ( item ) => item.text ) ).toEqual( [
		'Start trail running small and build up week by week.',
		'Good equipment makes trail running safer and more fun.',
		'Check your progress with trail running every week and adjust.',
		'Most mistakes with trail running come from doing too much too soon.',
	] );
	await expectValidBlocks( page );
	await savePost( page );
	await page.screenshot( { path: screenshotPath( 'editor-takeaways' ) } );

	// Reloaded from the database, the block is still valid and holds the four points.
	await openEditor( page );
	await expectValidBlocks( page );
	const saved = () => wpEval( `echo get_post( ${ postId } )->post_content;` );
	const markup = /<!-- wp:igny8\/key-takeaways[\s\S]*?<!-- \/wp:igny8\/key-takeaways -->/.exec( saved() )?.[ 0 ] ?? '';
	expect( markup ).toContain( '<h2 class="wp-block-igny8-key-takeaways__heading">Key takeaways</h2>' );
	expect( markup.match( /<li>[^<]*trail running[^<]*<\/li>/g ) ).toHaveLength( 4 );

	// The AI history lists the change; its Undo restores the post without the block.
	await page.getByRole( 'button', { name: 'AI history' } ).click();
	const entry = page.locator( '.igny8-history__entry[data-function="fill_takeaways"]' ).first();
	await expect( entry ).toContainText( /Filled key takeaways with 4 points/ );
	await expect( entry ).toContainText( /fill_takeaways · .+ · prompt default-1 · 1 credit · / );
	await entry.getByRole( 'button', { name: 'Undo', exact: true } ).click();
	await expect( page.locator( '.igny8-action-notice', { hasText: /Change undone/ } ) ).toBeVisible();
	await expect( entry ).toContainText( 'Undone' );
	await expect.poll( () => page.evaluate( () => ( window as unknown as { wp: Wp } ).wp.data.select( 'core/editor' ).getEditedPostContent() ) ).not.toContain( 'wp:igny8/key-takeaways' );
	expect( saved() ).not.toContain( 'wp:igny8/key-takeaways' );
	expect( saved() ).toContain( '<!-- wp:igny8/faq' );
	await expectValidBlocks( page );
	expect( errors.filter( ( error ) => /block validation|invalid block/i.test( error ) ) ).toEqual( [] );
} );

test( 'the featured image action sets the post’s featured image through the image job', async ( { page } ) => {
	test.setTimeout( 240_000 );
	const featured = () => Number( wpEval( `echo (int) get_post_thumbnail_id( ${ postId } );` ) );
	// Start without one (whatever the content job did), so only this action can set it.
	wpEval( `delete_post_thumbnail( ${ postId } );` );
	expect( featured() ).toBe( 0 );
	await openEditor( page );
	await page.getByRole( 'button', { name: 'Generate', exact: true } ).click();
	await page.getByRole( 'button', { name: 'Generate a featured image' } ).click();
	await expect( page.locator( '.igny8-action-notice', { hasText: /Generating the featured image/ } ) ).toBeVisible();

	// The job runs in the cloud (queue → fake model, a test double → signed delivery to WordPress).
	await expect.poll( featured, { timeout: 180_000, intervals: [ 2_000 ] } ).toBeGreaterThan( 0 );
	const media = featured();
	const attachment = wpEvalJson<{ type: string; mime: string; file: boolean }>(
		`$p = get_post( ${ media } ); echo wp_json_encode( [ 'type' => $p->post_type, 'mime' => $p->post_mime_type, 'file' => file_exists( (string) get_attached_file( ${ media } ) ) ] );`
	);
	expect( attachment ).toEqual( { type: 'attachment', mime: expect.stringMatching( /^image\// ), file: true } );

	// The sidebar notices the finished job and shows the image in the editor.
	await expect( page.locator( '.igny8-action-notice', { hasText: /Featured image set/ } ) ).toBeVisible( { timeout: 60_000 } );
	const inEditor = await page.evaluate( () => ( ( window as unknown as { wp: Wp } ).wp.data.select( 'core/editor' ) as unknown as { getEditedPostAttribute: ( name: string ) => unknown } ).getEditedPostAttribute( 'featured_media' ) );
	expect( inEditor ).toBe( media );
	await page.screenshot( { path: screenshotPath( 'editor-featured-image' ) } );
} );
