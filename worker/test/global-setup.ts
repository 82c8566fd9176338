/**
 * Starts, in the Node process that runs vitest, the fake OpenAI-compatible model
 * (a test double) and the delivery receiver (a test double for WordPress), each on
 * a free port, and hands their URLs to the Worker's bindings through provide/inject; likewise
 * the local mailbox (a development stand-in), the Turnstile test double and the Stripe stand-in (a test double).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFakeModel } from '../../scripts/fake-openai/server.ts';
import { startReceiver } from '../../scripts/fake-openai/receiver.ts';
import { startMailbox } from '../../scripts/mailbox/server.ts';
import { startTurnstile } from '../../scripts/turnstile/server.ts';
import { startStripeStandIn } from '../../scripts/stripe/server.ts';

/** The key the second fake model requires (test-only, like the customer's own provider key). */
const OWN_PROVIDER_KEY = 'sk-own-provider-test-key-7f3a9c21';

export default async function setup( project: TestProject ) {
	const fake = await startFakeModel( { quiet: true, timeoutHoldMs: 10_000 } );
	// A second instance that answers only to its own key: a customer's own provider (bring your own key).
	const ownProvider = await startFakeModel( { quiet: true, requireKey: OWN_PROVIDER_KEY } );
	const receiver = await startReceiver();
	const mailDir = mkdtempSync( join( tmpdir(), 'igny8-mail-' ) );
	const mailbox = await startMailbox( { dir: mailDir, quiet: true } );
	const turnstile = await startTurnstile();
	// No webhook URL: the tests deliver the events it produces themselves (app.request), in any order they choose.
	const stripe = await startStripeStandIn( { quiet: true } );
	project.provide( 'fakeModelUrl', fake.url );
	project.provide( 'fakeModelOrigin', fake.origin );
	project.provide( 'ownProviderUrl', ownProvider.url );
	project.provide( 'ownProviderOrigin', ownProvider.origin );
	project.provide( 'ownProviderKey', OWN_PROVIDER_KEY );
	project.provide( 'receiverUrl', receiver.url );
	project.provide( 'mailboxUrl', mailbox.url );
	project.provide( 'turnstileVerifyUrl', turnstile.verifyUrl );
	project.provide( 'stripeApiBase', stripe.apiBase );
	return async () => {
		await stripe.close();
		await turnstile.close();
		await mailbox.close();
		rmSync( mailDir, { recursive: true, force: true } );
		await receiver.close();
		await fake.close();
		await ownProvider.close();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		fakeModelUrl: string;
		fakeModelOrigin: string;
		ownProviderUrl: string;
		ownProviderOrigin: string;
		ownProviderKey: string;
		receiverUrl: string;
		mailboxUrl: string;
		turnstileVerifyUrl: string;
		stripeApiBase: string;
	}
}
