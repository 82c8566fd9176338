/**
 * Starts, in the Node process that runs vitest, the fake OpenAI-compatible model
 * (a test double) and the delivery receiver (a test double for WordPress), each on
 * a free port, and hands their URLs to the Worker's bindings through provide/inject.
 */
import type { TestProject } from 'vitest/node';
import { startFakeModel } from '../../scripts/fake-openai/server.ts';
import { startReceiver } from '../../scripts/fake-openai/receiver.ts';

export default async function setup( project: TestProject ) {
	const fake = await startFakeModel( { quiet: true, timeoutHoldMs: 10_000 } );
	const receiver = await startReceiver();
	project.provide( 'fakeModelUrl', fake.url );
	project.provide( 'fakeModelOrigin', fake.origin );
	project.provide( 'receiverUrl', receiver.url );
	return async () => {
		await receiver.close();
		await fake.close();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		fakeModelUrl: string;
		fakeModelOrigin: string;
		receiverUrl: string;
	}
}
