/**
 * POST /api/v1/ai/score: the one score model behind the site key, free of credits.
 */
import { describe, expect, it } from 'vitest';
import { scorePost, blocksFromPostContent } from '../../blocks/src/score/index.ts';
import type { ScoreResult } from '../../blocks/src/score/types.ts';
import { asSite, balanceOf, call, createSite, registerTenant } from './helpers';

const article = {
	title: 'Compost bins for small gardens',
	slug: 'compost-bins-small-gardens',
	content:
		'<!-- wp:paragraph -->\n<p>Compost bins turn kitchen scraps into soil. A <a href="https://blog.example/worms/">worm farm</a> helps too; see <a href="https://other.example/">this study</a>.</p>\n<!-- /wp:paragraph -->\n' +
		'<!-- wp:heading -->\n<h2>Choosing compost bins</h2>\n<!-- /wp:heading -->\n' +
		'<!-- wp:paragraph -->\n<p>Pick a bin that fits your space. Turn the heap every week and keep it moist.</p>\n<!-- /wp:paragraph -->',
	keyword: 'compost bins',
	metaTitle: 'Compost bins for small gardens: a short guide',
	metaDescription: 'How to choose and use compost bins in a small garden, from size and material to turning the heap.',
	targetWords: 800,
	siteHost: 'blog.example',
};

async function site() {
	const tenant = await registerTenant();
	return ( await createSite( tenant ) ).apiKey;
}

describe( 'POST /api/v1/ai/score', () => {
	it( 'returns what the shared module computes for the same post, and charges nothing', async () => {
		const key = await site();
		const before = await balanceOf( key );

		const response = await call<ScoreResult>( 'POST', '/api/v1/ai/score/', { headers: asSite( key ), body: article } );

		expect( response.status ).toBe( 200 );
		const { content, ...rest } = article;
		expect( response.body.data ).toEqual( scorePost( { ...rest, blocks: blocksFromPostContent( content ) } ) );
		expect( response.body.data.score ).toBeGreaterThan( 0 );
		expect( response.body.data.stats.internalLinks ).toBe( 1 );
		expect( response.body.data.stats.externalLinks ).toBe( 1 );
		expect( await balanceOf( key ) ).toBe( before );
	} );

	it( 'counts the featured image it is sent, as the editor does', async () => {
		const key = await site();
		const featuredImage = { alt: 'A compost bin by a shed' };
		const response = await call<ScoreResult>( 'POST', '/api/v1/ai/score/', { headers: asSite( key ), body: { ...article, featuredImage } } );
		expect( response.status ).toBe( 200 );
		const { content, ...rest } = article;
		expect( response.body.data ).toEqual( scorePost( { ...rest, featuredImage, blocks: blocksFromPostContent( content ) } ) );
		expect( response.body.data.stats.images ).toBe( 1 );
		expect( response.body.data.checks.find( ( item ) => item.id === 'image_alt' )?.status ).toBe( 'good' );
	} );

	it( 'counts the further keywords it is sent (a product’s attribute terms) as the target keyword', async () => {
		const key = await site();
		const product = { ...article, title: 'Oak board', slug: 'oak-board', keyword: '', keywords: [ 'compost', 'heap' ] };
		const response = await call<ScoreResult>( 'POST', '/api/v1/ai/score/', { headers: asSite( key ), body: product } );
		expect( response.status ).toBe( 200 );
		const { content, ...rest } = product;
		expect( response.body.data ).toEqual( scorePost( { ...rest, blocks: blocksFromPostContent( content ) } ) );
		expect( response.body.data.checks.find( ( item ) => item.id === 'keyword_in_first_paragraph' )?.status ).toBe( 'good' );
		expect( response.body.data.checks.find( ( item ) => item.id === 'keyword_in_title' )?.status ).toBe( 'problem' );
	} );

	it( 'fills optional fields with their defaults', async () => {
		const key = await site();
		const response = await call<ScoreResult>( 'POST', '/api/v1/ai/score/', { headers: asSite( key ), body: { title: 'Hello', content: '<p>Hello world.</p>' } } );
		expect( response.status ).toBe( 200 );
		expect( response.body.data.checks.length ).toBeGreaterThan( 5 );
	} );

	it( 'rejects missing or foreign fields with per-field errors', async () => {
		const key = await site();
		const response = await call( 'POST', '/api/v1/ai/score/', { headers: asSite( key ), body: { title: 'x', blocks: [] } } );
		expect( response.status ).toBe( 400 );
		expect( response.body.success ).toBe( false );
		expect( Object.keys( response.body.errors ?? {} ) ).toContain( 'content' );
	} );

	it( 'demands a site key', async () => {
		const anonymous = await call( 'POST', '/api/v1/ai/score/', { body: article } );
		expect( anonymous.status ).toBe( 401 );
		const tenant = await registerTenant();
		const asUserToken = await call( 'POST', '/api/v1/ai/score/', { headers: { Authorization: `Bearer ${ tenant.access }` }, body: article } );
		expect( [ 401, 403 ] ).toContain( asUserToken.status );
	} );
} );
