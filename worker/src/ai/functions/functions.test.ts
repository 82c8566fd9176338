/** Every AI function end to end in workerd: API → consumer → fake model (a test double) → result. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { app, createSite, registerTenant, unique } from '../../../test/helpers';
import { createAiJob, runToEnd } from '../../../test/ai-helpers';
import { scorePost } from '@igny8/blocks/score';

async function site() {
	const tenant = await registerTenant();
	return { tenant, site: await createSite( tenant ) };
}

describe( 'the AI functions against the fake model (a test double)', () => {
	it( 'auto_cluster groups keywords, each id once, the ones the model dropped in the fallback cluster', async () => {
		const { site: blog } = await site();
		const keywords = [ 'cold brew coffee', 'iced coffee', 'green tea', 'matcha tea', 'espresso' ].map( ( keyword, index ) => ( { id: index + 1, keyword } ) );
		const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'auto_cluster', { keywords, language: 'de_DE' } ) ).id );
		expect( job.status ).toBe( 'completed' );
		const clusters = ( job.result as { clusters: Array<{ name: string; keyword_ids: number[] }> } ).clusters;
		expect( clusters.map( ( cluster ) => cluster.name ).sort() ).toEqual( [ 'Coffee', 'Tea', 'Weitere Keywords' ] );
		expect( clusters.flatMap( ( cluster ) => cluster.keyword_ids ).sort() ).toEqual( [ 1, 2, 3, 4, 5 ] );
	} );

	it( 'generate_ideas returns ideas with outlines for the given clusters only', async () => {
		const { site: blog } = await site();
		const input = { clusters: [ { id: 11, name: 'Coffee', keywords: [ 'cold brew coffee', 'iced coffee' ] }, { id: 12, name: 'Tea', keywords: [ 'green tea' ] } ], ideas_per_cluster: 2, language: 'fr' };
		const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'generate_ideas', input ) ).id );
		expect( job.status ).toBe( 'completed' );
		const ideas = ( job.result as { ideas: Array<{ cluster_id: number; outline: unknown[]; content_type: string }> } ).ideas;
		expect( ideas ).toHaveLength( 4 );
		expect( ideas.map( ( idea ) => idea.cluster_id ).sort() ).toEqual( [ 11, 11, 12, 12 ] );
		expect( ideas[ 0 ]!.outline.length ).toBeGreaterThan( 2 );
	} );

	it( 'generate_content honours the site’s template and author profile, in the site’s language', async () => {
		const { site: blog } = await site();
		const input = {
			title: unique( 'Kaffee richtig mahlen' ),
			keywords: [ 'kaffeemühle' ],
			language: 'de_DE',
			template: { system: 'Du bist die Redaktion von Kaffeewelt.', instructions: 'Kurze Absätze.' },
			author_profile: { tone: 'locker', audience: 'Einsteiger', point_of_view: 'du', banned_words: [ 'revolutionär' ] },
		};
		const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'generate_content', input ) ).id );
		expect( job.status ).toBe( 'completed' );
		const result = job.result as Record<string, string>;
		expect( result.language ).toBe( 'de-DE' );
		// The fake model (a test double) uses the banned word on purpose; the Worker removes it.
		expect( result.content_html ).not.toMatch( /revolutionär/i );
		expect( result.content_blocks ).not.toMatch( /revolutionär/i );
		expect( result.content_blocks ).toContain( '<!-- wp:heading -->' );
	} );

	it( 'generate_content gives the article a title with its target keyword, so it passes the title and slug checks (through the fake model)', async () => {
		const { site: blog } = await site();
		// The fake model (a test double) titles the article with the task's title, which lacks the keyword.
		const title = unique( 'Hill repeats for trail runners' );
		const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'generate_content', { title, keywords: [ 'trail running', 'hill training' ] } ) ).id );
		expect( job.status ).toBe( 'completed' );
		const result = job.result as Record<string, string>;
		expect( result.title ).toBe( `Trail running: ${ title }` );
		const slug = result.title!.toLowerCase().replace( /[^a-z0-9]+/g, '-' );
		const checks = scorePost( { title: result.title!, slug, keyword: 'trail running', metaTitle: '', metaDescription: '', targetWords: null, siteHost: '', blocks: [] } ).checks;
		expect( checks.find( ( item ) => item.id === 'keyword_in_title' )?.status ).toBe( 'good' );
		expect( checks.find( ( item ) => item.id === 'keyword_in_slug' )?.status ).toBe( 'good' );

		// A title that already holds the keyword is kept as the model wrote it.
		const kept = unique( 'Trail running for beginners' );
		const second = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'generate_content', { title: kept, keywords: [ 'trail running' ] } ) ).id );
		expect( ( second.result as Record<string, string> ).title ).toBe( kept );
	} );

	it( 'generate_content carries the writing strategy to the model: key takeaways on, no FAQ, no links', async () => {
		const { site: blog } = await site();
		const input = { title: unique( 'Cold brew at home' ), keywords: [ 'cold brew' ], faq: false, takeaways: true, internal_links: 'none', target_words: 900 };
		const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'generate_content', input ) ).id );
		expect( job.status ).toBe( 'completed' );
		// The fake model (a test double) follows the request's FAQ and Key takeaways lines, as a good model does.
		const html = ( job.result as Record<string, string> ).content_html;
		expect( html ).toContain( 'Key takeaways' );
		expect( html ).not.toContain( 'Frequently asked questions' );
	} );

	it( 'generate_content keeps its FAQ and adds no takeaways when no strategy says otherwise', async () => {
		const { site: blog } = await site();
		const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'generate_content', { title: unique( 'Pour-over basics' ) } ) ).id );
		expect( job.status ).toBe( 'completed' );
		const html = ( job.result as Record<string, string> ).content_html;
		expect( html ).toContain( 'Frequently asked questions' );
		expect( html ).not.toContain( 'Key takeaways' );
	} );

	it( 'generate_image_prompts anchors in-article images to the article’s own headings', async () => {
		const { site: blog } = await site();
		const content_html = '<p>Intro.</p><h2>Grinding</h2><p>Text.</p><h2>Brewing</h2><p>Text.</p>';
		const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'generate_image_prompts', { title: 'Coffee at home', content_html, max_in_article: 2 } ) ).id );
		expect( job.status ).toBe( 'completed' );
		const result = job.result as { featured: { prompt: string; alt: string }; in_article: Array<{ after_heading: string | null }> };
		expect( result.featured.prompt ).toContain( 'Coffee at home' );
		expect( result.in_article.map( ( image ) => image.after_heading ) ).toEqual( [ 'Grinding', 'Brewing' ] );
	} );

	it( 'generate_images stores PNGs in R2, served only to the owning site', async () => {
		const { tenant, site: blog } = await site();
		const images = [ { prompt: 'A coffee grinder', alt: 'Grinder', caption: 'Burr grinder', role: 'featured', position: 0 }, { prompt: 'A kettle', alt: 'Kettle', caption: '', role: 'in_article', position: 1 } ];
		const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'generate_images', { images } ) ).id );
		expect( job.status ).toBe( 'completed' );
		expect( job.credits_charged ).toBe( 10 );
		const stored = ( job.result as { images: Array<{ url: string; key: string; width: number; mime: string }> } ).images;
		expect( stored ).toHaveLength( 2 );
		expect( stored[ 0 ]!.url ).toMatch( new RegExp( `/api/v1/ai/media/${ stored[ 0 ]!.key }$` ) );
		expect( stored[ 0 ]!.width ).toBeGreaterThan( 0 );
		const own = await app.request( `/api/v1/ai/media/${ stored[ 0 ]!.key }`, { headers: { 'X-IGNY8-API-Key': blog.apiKey } }, env );
		expect( own.status ).toBe( 200 );
		expect( own.headers.get( 'content-type' ) ).toBe( 'image/png' );
		expect( [ ...new Uint8Array( await own.arrayBuffer() ).slice( 1, 4 ) ] ).toEqual( [ 0x50, 0x4e, 0x47 ] );
		const other = await createSite( tenant, 'Other blog' );
		expect( ( await app.request( `/api/v1/ai/media/${ stored[ 0 ]!.key }`, { headers: { 'X-IGNY8-API-Key': other.apiKey } }, env ) ).status ).toBe( 404 );
		expect( ( await app.request( `/api/v1/ai/media/${ stored[ 0 ]!.key }`, {}, env ) ).status ).toBe( 401 );
	} );

	it( 'optimize_content returns rewritten segments by id, the section it adds and a change list (through the fake model)', async () => {
		const { site: blog } = await site();
		const segments = [
			{ id: 's1', kind: 'p', html: 'Tea is nice.' },
			{ id: 's2', kind: 'faq_question', html: 'Hot or cold?' },
			{ id: 's3', kind: 'faq_answer', html: 'Both work.' },
		];
		const input = { title: 'Brewing tea', segments, keywords: [ 'green tea' ], language: 'en_GB' };
		const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'optimize_content', input ) ).id );
		expect( job.status, job.error ?? '' ).toBe( 'completed' );
		const result = job.result as { segments: Array<{ id: string; html: string }>; inserted: Array<{ after: string; tag: string; html: string }>; changes: string[] };
		expect( result.changes.length ).toBeGreaterThan( 0 );
		expect( result.segments ).toEqual( [
			{ id: 's1', html: 'Tea is nice. It is the heart of green tea.' },
			{ id: 's3', html: 'Both work. That holds for green tea too.' },
		] );
		expect( result.inserted[ 0 ] ).toEqual( { after: 's1', tag: 'h2', html: 'Key points about green tea' } );
		expect( result ).not.toHaveProperty( 'content_blocks' );
	} );

	it( 'generate_content writes the task’s outline headings in order, in its structure (through the fake model)', async () => {
		const { site: blog } = await site();
		const outline = [ { heading: 'Gather your tools', level: 2 }, { heading: 'Sharpen the blade', level: 3 }, { heading: 'Test the edge', level: 2 } ];
		const input = { title: 'Sharpening a knife', content_structure: 'how_to', outline, language: 'en_GB' };
		const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'generate_content', input ) ).id );
		expect( job.status, job.error ?? '' ).toBe( 'completed' );
		const html = ( job.result as { content_html: string } ).content_html;
		const at = outline.map( ( item ) => html.indexOf( `>${ item.heading }</h${ item.level }>` ) );
		expect( at.every( ( index ) => index > 0 ) ).toBe( true );
		expect( [ ...at ].sort( ( a, b ) => a - b ) ).toEqual( at );
	} );

	it( 'generate_excerpt returns one plain-text excerpt for the post it was asked for, charged one credit', async () => {
		const { site: blog } = await site();
		const input = { post_id: 42, title: 'Brewing tea', content_html: '<p>Tea is <strong>nice</strong>.</p><script>alert(1)</script>', keywords: [ 'green tea' ], language: 'en_GB' };
		const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'generate_excerpt', input ) ).id );
		expect( job.status ).toBe( 'completed' );
		expect( job.credits_charged ).toBe( 1 );
		const result = job.result as { post_id: number; excerpt: string };
		expect( result.post_id ).toBe( 42 );
		expect( result.excerpt ).toContain( 'green tea' );
		expect( result.excerpt ).not.toMatch( /[<>]/ );
	} );
} );
