/**
 * Planner → Opportunities through the screen: opened from the Dashboard, a Search Console export
 * (query/page columns under the export's own header spellings) imported with the file picker, a
 * striking-distance query shown with the post that ranks for it, "Optimise this post" opening the
 * Optimizer on that post, selected; a file without the page column refused with the reason while the
 * chosen file stays; the ranked unclustered keywords; no serious or critical axe violation. The post
 * and keywords are made inside WordPress first.
 */
import { test, expect } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { seriousA11yViolations } from '../lib/axe';
import {
	collectConsoleErrors,
	expectNoPhpErrors,
	wpEval,
	wpEvalJson,
} from '../lib/wordpress';

const token = `op${ Date.now().toString( 36 ) }`;
let fixture: { post: number; url: string };

test.describe.configure( { mode: 'serial' } );

test.beforeAll( () => {
	fixture = wpEvalJson( `
		$post = wp_insert_post( [ 'post_title' => ${ JSON.stringify( `Composting guide ${ token }` ) }, 'post_content' => '<p>Compost.</p>', 'post_status' => 'publish' ] );
		( new \\Igny8\\Storage\\Keywords_Repository() )->bulk_insert( [
			[ 'keyword' => ${ JSON.stringify( `${ token } easy big` ) }, 'search_volume' => 9000, 'difficulty' => 12 ],
			[ 'keyword' => ${ JSON.stringify( `${ token } easy small` ) }, 'search_volume' => 300, 'difficulty' => 5 ],
			[ 'keyword' => ${ JSON.stringify( `${ token } hard` ) }, 'search_volume' => 20000, 'difficulty' => 90 ],
		] );
		echo wp_json_encode( [ 'post' => $post, 'url' => get_permalink( $post ) ] );
	` );
	expect( fixture.post ).toBeGreaterThan( 0 );
} );

test.afterAll( () => {
	wpEval( `
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}igny8_keywords WHERE keyword LIKE %s", ${ JSON.stringify( token ) } . '%' ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}igny8_search_queries WHERE query LIKE %s", '%' . ${ JSON.stringify( token ) } . '%' ) );
		wp_delete_post( ${ fixture?.post ?? 0 }, true );
	` );
} );

test( 'a Search Console import shows a striking-distance query matched to its post, one click from the Optimizer', async ( {
	page,
} ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8' );
	await page.getByRole( 'link', { name: 'See opportunities' } ).click();
	await expect( page ).toHaveURL( /page=igny8-planner&tab=opportunities/ );
	await expectNoPhpErrors( page );
	const striking = page.getByRole( 'region', {
		name: 'Striking distance (Search Console)',
	} );

	// A file without a page column: refused with the reason; the chosen file stays chosen.
	const file = striking.getByLabel( 'Search Console export (CSV)' );
	await file.setInputFiles( {
		name: 'Queries.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			`Top queries,Clicks,Impressions,CTR,Position\ncompost ${ token },1,10,10%,9\n`
		),
	} );
	await striking.getByRole( 'button', { name: 'Import queries' } ).click();
	await expect(
		page
			.locator( '.igny8-notice' )
			.filter( { hasText: 'it has no page column' } )
	).toBeVisible();
	expect(
		await file.evaluate(
			( input: HTMLInputElement ) => input.files?.[ 0 ]?.name
		)
	).toBe( 'Queries.csv' );

	const csv = [
		'Top queries,Landing Page,Url Clicks,Impressions,URL CTR,Average Position',
		`compost at home ${ token },${ fixture.url },12,"1,500",0.8%,9.4`,
		`compost on page one ${ token },${ fixture.url },90,900,10%,3.2`,
		`compost elsewhere ${ token },https://example.org/compost,1,800,0.1%,12`,
	].join( '\n' );
	await file.setInputFiles( {
		name: 'search-console.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from( csv ),
	} );
	await striking.getByRole( 'button', { name: 'Import queries' } ).click();
	await expect(
		page.locator( '.igny8-notice' ).filter( {
			hasText: 'Imported 3 query rows (2 matched to a post, 0 rejected).',
		} )
	).toBeVisible();

	await striking
		.getByRole( 'searchbox', { name: 'Search queries' } )
		.fill( token );
	const row = striking
		.getByRole( 'row' )
		.filter( { hasText: `compost at home ${ token }` } );
	await expect( row ).toContainText( `Composting guide ${ token }` );
	await expect( row ).toContainText( '9.4' );
	await expect( row ).toContainText( '1,500' );
	await expect(
		striking
			.getByRole( 'row' )
			.filter( { hasText: `compost elsewhere ${ token }` } )
	).toContainText( '(not a post of this site)' );
	// Position 3.2 is already on page one: not in striking distance.
	await expect(
		striking
			.getByRole( 'row' )
			.filter( { hasText: `compost on page one ${ token }` } )
	).toHaveCount( 0 );

	// The ranked unclustered keywords: the easy ones, biggest first; the hard one left out.
	const unclustered = page.getByRole( 'region', {
		name: 'High volume, low difficulty, in no cluster',
	} );
	await unclustered
		.getByRole( 'searchbox', { name: 'Search unclustered opportunities' } )
		.fill( token );
	await expect(
		unclustered
			.getByRole( 'row' )
			.filter( { hasText: `${ token } easy small` } )
	).toBeVisible();
	const keywords = await unclustered
		.getByRole( 'row' )
		.filter( { hasText: token } )
		.allInnerTexts();
	expect(
		keywords.map( ( text ) =>
			text.includes( 'easy big' )
				? 'big'
				: text.includes( 'easy small' )
					? 'small'
					: text
		)
	).toEqual( [ 'big', 'small' ] );

	expect(
		await seriousA11yViolations( page, '.igny8-opportunities' )
	).toEqual( [] );
	await page.screenshot( {
		path: screenshotPath( 'planner-opportunities' ),
		fullPage: true,
	} );

	await row
		.getByRole( 'link', {
			name: `Optimise this post: “Composting guide ${ token }”`,
		} )
		.click();
	await expect( page ).toHaveURL(
		new RegExp( `page=igny8-optimizer&post=${ fixture.post }$` )
	);
	await expectNoPhpErrors( page );
	const post = page
		.getByRole( 'row' )
		.filter( { hasText: `Composting guide ${ token }` } );
	await expect( post ).toBeVisible();
	await expect( post.getByRole( 'checkbox' ) ).toBeChecked();
	await expect(
		page.getByRole( 'link', { name: 'Show all posts' } )
	).toBeVisible();
	// The one failed request is the refused file's 400, shown as the notice above.
	expect( errors ).toEqual( [
		'Failed to load resource: the server responded with a status of 400 (Bad Request)',
	] );
} );
