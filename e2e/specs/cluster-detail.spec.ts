/**
 * A cluster's page in the Planner (the seed's ClusterDetail), through the screen: opened from the
 * Clusters table with the keyboard, its totals for 2,000 keywords read while only one page of
 * keywords is fetched, its ideas, tasks and posts with the internal links between them, its
 * actions (rename, archive, delete with Undo), a link straight to it, Back, and the notice for a
 * cluster that does not exist. The cluster and its content are made inside WordPress first.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { seriousA11yViolations } from '../lib/axe';
import { collectConsoleErrors, expectNoPhpErrors, wpEval, wpEvalJson } from '../lib/wordpress';

const token = `cd${ Date.now().toString( 36 ) }`;
const name = `Cluster e2e ${ token }`;
let ids: { cluster: number; posts: number[] };

test.describe.configure( { mode: 'serial' } );

test.beforeAll( () => {
	// 2,000 keywords (volume i+1, difficulty i % 100), three ideas, three written and published posts
	// (the second links to the first), indexed by the Linker's graph builder.
	ids = wpEvalJson( `
		$cluster = ( new \\Igny8\\Storage\\Clusters_Repository() )->insert( [ 'name' => ${ JSON.stringify( name ) } ] );
		$rows = [];
		for ( $i = 0; $i < 2000; $i++ ) {
			$rows[] = [ 'keyword' => ${ JSON.stringify( token ) } . ' keyword ' . $i, 'search_volume' => $i + 1, 'difficulty' => $i % 100, 'cluster_id' => $cluster ];
		}
		( new \\Igny8\\Storage\\Keywords_Repository() )->bulk_insert( $rows );
		foreach ( [ 'draft', 'draft', 'approved' ] as $i => $status ) {
			( new \\Igny8\\Storage\\Ideas_Repository() )->insert( [ 'title' => ${ JSON.stringify( token ) } . ' idea ' . $i, 'cluster_id' => $cluster, 'status' => $status ] );
		}
		$tasks = new \\Igny8\\Storage\\Tasks_Repository();
		$posts = [];
		foreach ( [ 'A', 'B', 'C' ] as $letter ) {
			$task = $tasks->insert( [ 'title' => ${ JSON.stringify( token ) } . ' post ' . $letter, 'cluster_id' => $cluster ] );
			$content = $posts ? '<p>Read <a href="' . get_permalink( $posts[0] ) . '">the first one</a>.</p>' : '<p>First.</p>';
			if ( 'C' === $letter ) { $content = '<p>No links.</p>'; }
			$post = wp_insert_post( [ 'post_title' => ${ JSON.stringify( token ) } . ' post ' . $letter, 'post_content' => $content, 'post_status' => 'publish' ] );
			update_post_meta( $post, '_igny8_task_id', (string) $task );
			$tasks->mark_completed( $task, $post, (string) get_permalink( $post ) );
			$posts[] = $post;
		}
		foreach ( $posts as $post ) { ( new \\Igny8\\Linker\\Graph_Builder() )->index_post( $post ); }
		echo wp_json_encode( [ 'cluster' => $cluster, 'posts' => $posts ] );
	` );
	expect( ids.cluster ).toBeGreaterThan( 0 );
} );

test.afterAll( () => {
	wpEval( `
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}igny8_keywords WHERE keyword LIKE %s", ${ JSON.stringify( token ) } . '%' ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}igny8_ideas WHERE title LIKE %s", ${ JSON.stringify( token ) } . '%' ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}igny8_tasks WHERE title LIKE %s", ${ JSON.stringify( token ) } . '%' ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}igny8_clusters WHERE id = %d", ${ ids?.cluster ?? 0 } ) );
		foreach ( ${ JSON.stringify( ids?.posts ?? [] ) } as $post ) { wp_delete_post( $post, true ); }
	` );
} );

/** The definition (dd) of a term (dt) in the cluster's figures. */
function figure( page: Page, term: string ) {
	return page.locator( '.igny8-cluster-summary__figures dt', { hasText: new RegExp( `^${ term }$` ) } ).locator( 'xpath=following-sibling::dd[1]' );
}

function section( page: Page, heading: string ) {
	return page.getByRole( 'region', { name: heading, exact: true } );
}

test( 'the cluster page opens from the table with the keyboard and totals a 2,000-keyword cluster one page at a time', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	const keywordRequests: string[] = [];
	page.on( 'request', ( request ) => {
		const url = decodeURIComponent( request.url() );
		if ( url.includes( '/igny8/v1/planner/keywords' ) && url.includes( `cluster_id=${ ids.cluster }` ) ) keywordRequests.push( url );
	} );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=clusters' );
	await expectNoPhpErrors( page );
	await page.getByRole( 'searchbox', { name: 'Search clusters' } ).fill( token );
	const link = page.getByRole( 'link', { name, exact: true } );
	await expect( link ).toHaveAttribute( 'href', new RegExp( `cluster=${ ids.cluster }` ) );
	await link.focus();
	await page.keyboard.press( 'Enter' );

	await expect( page.getByRole( 'heading', { name: `Cluster: ${ name }` } ) ).toBeVisible();
	expect( page.url() ).toContain( `cluster=${ ids.cluster }` );
	await expect( figure( page, 'Keywords' ) ).toHaveText( '2,000' );
	await expect( figure( page, 'Total search volume' ) ).toHaveText( '2,001,000' );
	await expect( figure( page, 'Difficulty' ) ).toHaveText( '50 average (0–99)' );
	await expect( figure( page, 'Ideas' ) ).toContainText( '3' );
	await expect( figure( page, 'Ideas' ) ).toContainText( '2 New' );
	await expect( figure( page, 'Ideas' ) ).toContainText( '1 Approved' );
	await expect( figure( page, 'Writer tasks' ) ).toContainText( '3 Completed' );
	await expect( figure( page, 'Posts written' ) ).toHaveText( '3' );
	await expect( figure( page, 'Internal links' ) ).toHaveText( /^1 of 3 published posts are linked from another post of this cluster \(33%\); 1 link between them\.$/ );

	// Keywords: one page of 20 of the 2,000, the next page on request; never the whole cluster.
	const keywords = section( page, 'Keywords' );
	await expect( keywords.locator( 'tbody tr' ) ).toHaveCount( 20 );
	await expect( keywords.getByText( `${ token } keyword 1999`, { exact: true } ) ).toBeVisible();
	await keywords.getByRole( 'button', { name: 'Next page' } ).click();
	await expect( keywords.getByText( `${ token } keyword 1979`, { exact: true } ) ).toBeVisible();
	expect( keywordRequests.length ).toBeGreaterThan( 0 );
	for ( const url of keywordRequests ) expect( url ).toMatch( /per_page=20(&|$)/ );

	await expect( section( page, 'Ideas' ).locator( 'tbody tr' ) ).toHaveCount( 3 );
	await expect( section( page, 'Writer tasks' ).locator( 'tbody tr' ) ).toHaveCount( 3 );
	const posts = section( page, 'Posts written' );
	await expect( posts.locator( 'tbody tr' ) ).toHaveCount( 3 );
	const first = posts.locator( 'tbody tr', { hasText: `${ token } post A` } );
	await expect( first.locator( 'td' ).nth( 2 ) ).toHaveText( '1' );
	await expect( first.getByRole( 'link', { name: `${ token } post A` } ) ).toHaveAttribute( 'href', /post\.php\?post=\d+&action=edit/ );

	expect( await seriousA11yViolations( page, '.igny8-cluster-detail' ) ).toEqual( [] );
	await page.screenshot( { path: screenshotPath( 'planner-cluster-detail' ), fullPage: true } );

	// Back returns to the Clusters table.
	await page.goBack();
	await expect( page.getByRole( 'searchbox', { name: 'Search clusters' } ) ).toBeVisible();
	expect( page.url() ).not.toContain( 'cluster=' );
	expect( errors ).toEqual( [] );
} );

test( 'the actions of the Clusters table apply to the cluster on its page', async ( { page } ) => {
	// A link straight to the cluster: its figures come with the page (preloaded), not by another request.
	const detailRequests: string[] = [];
	page.on( 'request', ( request ) => {
		const url = decodeURIComponent( request.url() );
		// Its figures and the first page of each of its tables; later pages and searches are asked for.
		if ( url.includes( `clusters/${ ids.cluster }/detail` ) || url.includes( `cluster_id=${ ids.cluster }` ) ) detailRequests.push( request.url() );
	} );
	await page.goto( `/wp-admin/admin.php?page=igny8-planner&tab=clusters&cluster=${ ids.cluster }` );
	await expect( page.getByRole( 'heading', { name: `Cluster: ${ name }` } ) ).toBeVisible();
	await expect( figure( page, 'Keywords' ) ).toHaveText( '2,000' );
	await expect( section( page, 'Keywords' ).locator( 'tbody tr' ) ).toHaveCount( 20 );
	await expect( section( page, 'Ideas' ).locator( 'tbody tr' ) ).toHaveCount( 3 );
	await expect( section( page, 'Writer tasks' ).locator( 'tbody tr' ) ).toHaveCount( 3 );
	expect( detailRequests ).toEqual( [] );
	const actions = page.getByRole( 'group', { name: 'Cluster actions' } );
	await expect( actions.getByRole( 'button', { name: 'Generate ideas' } ) ).toBeVisible();

	const renamed = `${ name } renamed`;
	await actions.getByRole( 'button', { name: 'Rename' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'Rename cluster' } );
	await dialog.getByLabel( 'Cluster name' ).fill( renamed );
	await dialog.getByRole( 'button', { name: 'Save' } ).click();
	await expect( page.getByRole( 'heading', { name: `Cluster: ${ renamed }` } ) ).toBeVisible();

	await actions.getByRole( 'button', { name: 'Archive' } ).click();
	await expect( page.locator( '.igny8-cluster-detail__status' ) ).toHaveText( 'Archived' );
	await actions.getByRole( 'button', { name: 'Make active' } ).click();
	await expect( page.locator( '.igny8-cluster-detail__status' ) ).toHaveText( 'Active' );

	// Delete asks first, returns to the table, and Undo brings the cluster back with its keywords.
	await actions.getByRole( 'button', { name: 'Delete' } ).click();
	await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Delete' } ).click();
	await expect( page.getByRole( 'tab', { name: 'Clusters' } ) ).toHaveAttribute( 'aria-selected', 'true' );
	expect( page.url() ).not.toContain( 'cluster=' );
	const deleted = page.locator( '.components-snackbar', { hasText: 'Deleted 1 cluster.' } );
	await expect( deleted ).toBeVisible();
	await deleted.getByRole( 'button', { name: 'Undo' } ).click();
	await expect( page.locator( '.components-snackbar', { hasText: 'Restored 1 cluster.' } ) ).toBeVisible();
	await page.goto( `/wp-admin/admin.php?page=igny8-planner&tab=clusters&cluster=${ ids.cluster }` );
	await expect( figure( page, 'Keywords' ) ).toHaveText( '2,000' );
} );

test( 'a cluster that does not exist says so and offers the way back', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=clusters&cluster=999999999' );
	const notice = page.locator( '.igny8-cluster-detail .igny8-notice' );
	await expect( notice.locator( '.igny8-notice__message' ) ).toHaveText( 'This cluster does not exist.' );
	await expect( notice.locator( '.igny8-notice__next-step' ) ).toHaveText( 'It may have been deleted. Go back to the clusters and open another one.' );
	await expect( page.getByRole( 'button', { name: 'Retry' } ) ).toBeVisible();
	await page.getByRole( 'link', { name: '← All clusters' } ).click();
	await expect( page.getByRole( 'tab', { name: 'Clusters' } ) ).toHaveAttribute( 'aria-selected', 'true' );
	expect( errors ).toEqual( [ 'Failed to load resource: the server responded with a status of 404 (Not Found)' ] );
} );
