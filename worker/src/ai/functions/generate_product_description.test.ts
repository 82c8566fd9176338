/** generate_product_description end to end in workerd (the fake model is a test double), and its reply cleaning. */
import { describe, expect, it } from 'vitest';
import { createSite, registerTenant } from '../../../test/helpers';
import { createAiJob, runToEnd } from '../../../test/ai-helpers';
import { generateProductDescription, generateProductDescriptionInput } from './generate_product_description';

const product = {
	product_id: 31,
	title: 'Linen apron',
	categories: [ 'Kitchen textiles' ],
	attributes: [ { name: 'Colour', values: [ 'Sage', 'Sand' ] }, { name: 'Material', values: [ 'Linen' ] } ],
	price: '29.00 €',
	language: 'en_GB',
};

describe( 'generate_product_description', () => {
	it( 'writes the description and short description of the product it was asked for, from its data, for two credits', async () => {
		const site = await createSite( await registerTenant() );
		const job = await runToEnd( site.apiKey, ( await createAiJob( site.apiKey, 'generate_product_description', product ) ).id );
		expect( job.status ).toBe( 'completed' );
		expect( job.credits_charged ).toBe( 2 );
		const result = job.result as { product_id: number; description_html: string; short_description: string };
		expect( result.product_id ).toBe( 31 );
		expect( result.description_html ).toContain( 'Sage, Sand' );
		expect( result.description_html ).toContain( '29.00 €' );
		expect( result.description_html ).toMatch( /^<[a-z]/ );
		expect( result.description_html ).not.toContain( '<!-- wp:' );
		expect( result.short_description ).toContain( 'Linen apron' );
	} );

	it( 'asks for a rewrite that keeps the facts when the product has copy, and for new copy when it has none', () => {
		const fresh = generateProductDescription.buildMessages( generateProductDescriptionInput.parse( product ) )[ 1 ]!.content;
		expect( fresh ).toContain( 'Attribute: Colour = Sage, Sand' );
		expect( fresh ).toContain( 'Price: 29.00 €' );
		expect( fresh ).toContain( 'The product has no copy yet.' );
		const rewrite = generateProductDescription.buildMessages(
			generateProductDescriptionInput.parse( { ...product, description_html: '<p>Old <b>copy</b> with a <script>x()</script>fact.</p>' } )
		)[ 1 ]!.content;
		expect( rewrite ).toContain( 'Rewrite the existing copy below; keep its facts.' );
		expect( rewrite ).toContain( 'Old copy with a' );
		expect( rewrite ).not.toContain( '<b>' );
	} );

	it( 'passes the reply through the allowlist: no scripts, handlers, images or block comments reach the shop', () => {
		const input = generateProductDescriptionInput.parse( { ...product, author_profile: { banned_words: [ 'cheap' ] } } );
		const result = generateProductDescription.toResult(
			{
				description: '<p onclick="steal()">A cheap apron.</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">more</a>',
				short_description: '<p>Short <iframe src="https://evil.test"></iframe>copy.</p>',
				language: 'en',
			},
			input
		) as { description_html: string; short_description: string };
		expect( result.description_html ).not.toMatch( /script|onclick|onerror|<img|javascript:|cheap/i );
		expect( result.description_html ).toContain( 'apron' );
		expect( result.short_description ).not.toMatch( /iframe|evil/ );
	} );

	it( 'refuses a product without a name', () => {
		expect( generateProductDescriptionInput.safeParse( { ...product, title: ' ' } ).success ).toBe( false );
	} );
} );
