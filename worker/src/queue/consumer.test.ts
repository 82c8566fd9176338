import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { balanceOf, connectSite, createJob, createSite, deliveriesTo, failNextDeliveries, getJob, ledgerOf, registerTenant, runQueue, scriptFaults, unique } from '../../test/helpers';
import { DELIVERY_WINDOW_MS, processJob } from './consumer';

async function setup() {
	const tenant = await registerTenant();
	const site = await createSite( tenant );
	const { secret, deliveryPath } = await connectSite( site.apiKey );
	const title = unique( 'How to brew pour over coffee' );
	const job = ( await createJob( site.apiKey, { title, brief: 'Beans, grind, water.', keywords: [ 'pour over', 'grinder' ] }, {}, { task_id: 7 } ) ).body.data.job;
	return { tenant, site, secret, deliveryPath, title, job };
}

async function hmacHex( secret: string, message: string ): Promise<string> {
	const key = await crypto.subtle.importKey( 'raw', new TextEncoder().encode( secret ), { name: 'HMAC', hash: 'SHA-256' }, false, [ 'sign' ] );
	const signature = await crypto.subtle.sign( 'HMAC', key, new TextEncoder().encode( message ) );
	return [ ...new Uint8Array( signature ) ].map( ( byte ) => byte.toString( 16 ).padStart( 2, '0' ) ).join( '' );
}

describe( 'the AI jobs consumer', () => {
	it( 'completes a job from a batch: block markup, tokens, settled credits, signed delivery', async () => {
		const { tenant, site, secret, deliveryPath, title, job } = await setup();
		const result = await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		expect( result.explicitAcks ).toHaveLength( 1 );
		expect( result.retryMessages ).toEqual( [] );
		// The run hands the push to the deliveries queue, whose consumer delivers it.
		expect( result.handedOff ).toEqual( [ { type: 'job.deliver', job_id: job.id } ] );
		expect( result.deliveries?.explicitAcks ).toHaveLength( 1 );

		const done = ( await getJob( site.apiKey, job.id ) ).body.data;
		expect( done ).toMatchObject( { status: 'completed', progress: 100, step: 'completed', error: null } );
		expect( done.tokens_in ).toBeGreaterThan( 50 );
		expect( done.tokens_out ).toBeGreaterThan( 500 );
		expect( done.credits_charged ).toBeGreaterThan( 0 );
		expect( done.credits_charged ).toBeLessThanOrEqual( 10 );
		const article = done.result as Record<string, string | number>;
		expect( article.title ).toBe( title );
		expect( String( article.meta_title ).length ).toBeLessThanOrEqual( 60 );
		expect( String( article.meta_description ).length ).toBeLessThanOrEqual( 160 );
		expect( article.word_count ).toBeGreaterThan( 300 );
		const blocks = String( article.content_blocks );
		expect( blocks ).toMatch( /^<!-- wp:paragraph -->\n<p>/ );
		expect( blocks ).toContain( '<!-- wp:heading -->\n<h2 class="wp-block-heading">' );
		expect( blocks ).toContain( '<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">' );
		expect( blocks ).toContain( '<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>' );
		expect( blocks ).toContain( '<!-- wp:list {"ordered":true} -->\n<ol class="wp-block-list">' );
		expect( blocks ).toContain( '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->' );
		expect( blocks ).toContain( '<!-- wp:table -->\n<figure class="wp-block-table"><table class="has-fixed-layout"><thead>' );
		// Every opened block is closed, in order.
		const opened = [ ...blocks.matchAll( /<!-- wp:([a-z-]+)/g ) ].map( ( match ) => match[ 1 ] );
		const closed = [ ...blocks.matchAll( /<!-- \/wp:([a-z-]+)/g ) ].map( ( match ) => match[ 1 ] );
		expect( closed.sort() ).toEqual( opened.sort() );

		const charged = done.credits_charged;
		expect( await balanceOf( site.apiKey ) ).toBe( 2000 - charged );
		const ledger = await ledgerOf( tenant.accountId );
		expect( ledger.map( ( row ) => row.kind ) ).toEqual( [ 'grant', 'reserve', 'settle' ] );
		expect( ledger[ 2 ] ).toMatchObject( { amount: 10 - charged, balance_after: 2000 - charged, job_id: job.id } );
		expect( ledger[ 2 ]!.reason ).toContain( `charged ${ charged } of 10` );

		const [ delivery, ...more ] = await deliveriesTo( deliveryPath );
		expect( more ).toEqual( [] );
		expect( delivery!.headers[ 'x-igny8-job-id' ] ).toBe( job.id );
		expect( delivery!.headers[ 'content-type' ] ).toBe( 'application/json' );
		const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec( delivery!.headers[ 'x-igny8-signature' ] ?? '' );
		expect( match ).not.toBeNull();
		expect( Math.abs( Date.now() / 1000 - Number( match![ 1 ] ) ) ).toBeLessThan( 300 );
		expect( match![ 2 ] ).toBe( await hmacHex( secret, `${ match![ 1 ] }.POST./igny8/v1/deliveries.${ delivery!.body }` ) );
		expect( match![ 2 ] ).not.toBe( await hmacHex( `${ secret }x`, `${ match![ 1 ] }.POST./igny8/v1/deliveries.${ delivery!.body }` ) );
		const delivered = JSON.parse( delivery!.body ) as Record<string, unknown>;
		expect( delivered ).toMatchObject( { id: job.id, function: 'generate_content', status: 'completed', reference: { task_id: 7 }, error: null, credits_charged: charged, result: { title }, delivered_at: null } );
		// One job shape on the wire: the push carries what the job API answers, field for field.
		const answered = ( await getJob( site.apiKey, job.id ) ).body.data as Record<string, unknown>;
		expect( answered.delivered_at ).not.toBeNull();
		expect( Object.keys( delivered ).sort() ).toEqual( Object.keys( answered ).sort() );
		expect( { ...delivered, delivered_at: null, updated_at: null } ).toEqual( { ...answered, delivered_at: null, updated_at: null } );
	} );

	it( 'runs the model without waiting on WordPress: the push comes from the deliveries queue', async () => {
		const { site, deliveryPath, job } = await setup();
		expect( await processJob( env, { type: 'job.run', job_id: job.id } ) ).toMatchObject( { action: 'hand_off' } );
		expect( ( await getJob( site.apiKey, job.id ) ).body.data ).toMatchObject( { status: 'completed', delivered_at: null } );
		expect( await deliveriesTo( deliveryPath ) ).toEqual( [] );
		// A run message repeated before the push only hands off again; the push happens once.
		expect( await processJob( env, { type: 'job.run', job_id: job.id } ) ).toMatchObject( { action: 'hand_off' } );
		expect( await processJob( env, { type: 'job.deliver', job_id: job.id } ) ).toMatchObject( { action: 'ack', note: 'delivered' } );
		expect( await processJob( env, { type: 'job.deliver', job_id: job.id } ) ).toMatchObject( { action: 'ack', note: 'already delivered' } );
		expect( ( await deliveriesTo( deliveryPath ) ).map( ( request ) => JSON.parse( request.body ).id ) ).toEqual( [ job.id ] );
		expect( ( await getJob( site.apiKey, job.id ) ).body.data.delivered_at ).not.toBeNull();
	} );

	it( 'does nothing for a redelivered message of a settled, delivered job', async () => {
		const { tenant, site, deliveryPath, job } = await setup();
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		const before = await ledgerOf( tenant.accountId );
		const again = await runQueue( [ { type: 'job.run', job_id: job.id }, { type: 'job.deliver', job_id: job.id } ] );
		expect( again.explicitAcks ).toHaveLength( 2 );
		expect( again.handedOff ).toEqual( [] );
		expect( await ledgerOf( tenant.accountId ) ).toEqual( before );
		expect( await deliveriesTo( deliveryPath ) ).toHaveLength( 1 );
		expect( ( await processJob( env, { type: 'job.run', job_id: job.id } ) ).note ).toBe( 'already delivered' );
		expect( await balanceOf( site.apiKey ) ).toBe( before.at( -1 )!.balance_after );
	} );

	it( 'settles once when the same message arrives twice at the same time', async () => {
		const { tenant, job } = await setup();
		await Promise.all( [ processJob( env, { type: 'job.run', job_id: job.id } ), processJob( env, { type: 'job.run', job_id: job.id } ) ] );
		const kinds = ( await ledgerOf( tenant.accountId ) ).map( ( row ) => row.kind );
		expect( kinds ).toEqual( [ 'grant', 'reserve', 'settle' ] );
	} );

	it( 'retries model faults (429, 500, timeout) and then succeeds', async () => {
		const { site, title, job } = await setup();
		await scriptFaults( [ '429', '500', 'timeout' ], title );
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		const done = ( await getJob( site.apiKey, job.id ) ).body.data;
		expect( done.status ).toBe( 'completed' );
		expect( done.result?.title ).toBe( title );
	} );

	it( 'repairs a malformed reply with one more call', async () => {
		const { site, title, job } = await setup();
		await scriptFaults( [ 'malformed' ], title );
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		const done = ( await getJob( site.apiKey, job.id ) ).body.data;
		expect( done.status ).toBe( 'completed' );
		expect( done.tokens_out ).toBeGreaterThan( 700 ); // both replies are counted
	} );

	it( 'fails, refunds in full and still delivers the failure when the model keeps failing', async () => {
		const { tenant, site, deliveryPath, title, job } = await setup();
		await scriptFaults( [ '500', '500', '500', '500' ], title );
		const result = await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		expect( result.explicitAcks ).toHaveLength( 1 );
		const failed = ( await getJob( site.apiKey, job.id ) ).body.data;
		expect( failed ).toMatchObject( { status: 'failed', credits_charged: 0, result: null } );
		expect( failed.error ).toMatch( /failed after 4 attempts/ );
		expect( await balanceOf( site.apiKey ) ).toBe( 2000 );
		const refund = ( await ledgerOf( tenant.accountId ) ).at( -1 )!;
		expect( refund ).toMatchObject( { kind: 'refund', amount: 10, balance_after: 2000, job_id: job.id } );
		expect( refund.reason ).toMatch( /^Refund: The model failed after 4 attempts/ );
		const [ delivery ] = await deliveriesTo( deliveryPath );
		expect( JSON.parse( delivery!.body ) ).toMatchObject( { id: job.id, status: 'failed', result: null, credits_charged: 0 } );
		expect( JSON.parse( delivery!.body ).error ).toMatch( /failed after 4 attempts/ );
	} );

	it( 'retries a failed delivery as delayed messages with backoff, keeping the result pullable', async () => {
		const { site, deliveryPath, job } = await setup();
		await failNextDeliveries( deliveryPath, 2, 503 );
		const first = await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		expect( first.explicitAcks ).toHaveLength( 1 );
		// The push failed. Acked, not retried: the next try is a fresh delayed job.deliver message (no queue max_retries limit).
		expect( first.deliveries?.explicitAcks ).toHaveLength( 1 );
		expect( first.deliveries?.retryMessages ).toEqual( [] );
		expect( first.deliveries?.requeued ).toEqual( [ { body: { type: 'job.deliver', job_id: job.id }, delaySeconds: 30 } ] );
		const pending = ( await getJob( site.apiKey, job.id ) ).body.data;
		expect( pending ).toMatchObject( { status: 'completed', delivered_at: null } );
		expect( pending.result ).toHaveProperty( 'content_blocks' );

		// The second try: backoff doubles (base 30 s in tests).
		expect( await processJob( env, { type: 'job.deliver', job_id: job.id } ) ).toMatchObject( { action: 'requeue', delaySeconds: 60 } );

		const third = await runQueue( [ { type: 'job.deliver', job_id: job.id } ] );
		expect( third.explicitAcks ).toHaveLength( 1 );
		expect( ( await deliveriesTo( deliveryPath ) ).map( ( request ) => JSON.parse( request.body ).id ) ).toEqual( [ job.id, job.id, job.id ] );
		expect( ( await getJob( site.apiKey, job.id ) ).body.data.delivered_at ).not.toBeNull();
		const row = await env.DB.prepare( 'SELECT delivery_attempts, last_delivery_error FROM jobs WHERE id = ?' ).bind( job.id ).first<Record<string, unknown>>();
		expect( row ).toEqual( { delivery_attempts: 3, last_delivery_error: null } );
	} );

	it( 'stops pushing after 24 hours and leaves the result pullable until acknowledged', async () => {
		const { site, deliveryPath, job } = await setup();
		await failNextDeliveries( deliveryPath, 2, 503 );
		expect( ( await processJob( env, { type: 'job.run', job_id: job.id } ) ).action ).toBe( 'hand_off' );
		expect( ( await processJob( env, { type: 'job.deliver', job_id: job.id } ) ).action ).toBe( 'requeue' );
		const late = await processJob( env, { type: 'job.deliver', job_id: job.id }, Date.now() + DELIVERY_WINDOW_MS );
		expect( late ).toMatchObject( { action: 'ack' } );
		expect( late.note ).toMatch( /window closed.*pullable/ );
		const pulled = ( await getJob( site.apiKey, job.id ) ).body.data;
		expect( pulled ).toMatchObject( { status: 'completed', delivered_at: null } );
		expect( pulled.result ).toHaveProperty( 'content_blocks' );
	} );

	it( 'drops malformed messages and messages for unknown jobs', async () => {
		expect( await processJob( env, { type: 'nope' } ) ).toMatchObject( { action: 'ack' } );
		expect( await processJob( env, { type: 'job.run', job_id: 'missing' } ) ).toMatchObject( { action: 'ack', note: 'job not found' } );
	} );
} );
