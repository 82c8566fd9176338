/**
 * Red team: what a delivery signature covers. WordPress verifies "<t>.<METHOD>.<route>.<body>"
 * (plugin/includes/Cloud/Signature.php), so a captured signature is worth nothing on another route or
 * method. (An empty-body signature passing for a signed GET is refused on the WordPress side:
 * plugin/tests/Red_Team/Signed_Delivery_Test.php.)
 */
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex } from '../lib/crypto';
import { deliveriesTo } from '../../test/helpers';
import { connectedSiteWithJob, expectedV1, parseSignature } from './helpers';

describe( 'red team: the signed text', () => {
	it( 'a captured delivery signature cannot be replayed against another route or method', async () => {
		const { secret, deliveryPath } = await connectedSiteWithJob();
		const [ delivery ] = await deliveriesTo( deliveryPath );
		const { t, v1 } = parseSignature( delivery!.headers[ 'x-igny8-signature' ] );

		expect( v1 ).toEqual( [ await expectedV1( secret, t, delivery!.body ) ] );
		// What a verifier of "<t>.<body>" alone would accept for any route: not what was signed.
		expect( v1 ).not.toContain( await hmacSha256Hex( secret, `${ t }.${ delivery!.body }` ) );
		expect( v1 ).not.toContain( await expectedV1( secret, t, delivery!.body, 'POST', '/igny8/v1/posts' ) );
		expect( v1 ).not.toContain( await expectedV1( secret, t, delivery!.body, 'PUT' ) );
	} );
} );
