/** Bindings the test config adds on top of the Worker's own Env. */
import type { D1Migration } from 'cloudflare:test';
import type { Env as WorkerEnv } from '../src/env';

declare global {
	namespace Cloudflare {
		interface Env extends WorkerEnv {
			TEST_MIGRATIONS: D1Migration[];
			MIGRATION_DB: D1Database;
			FAKE_MODEL_ORIGIN: string;
			OWN_PROVIDER_URL: string;
			OWN_PROVIDER_ORIGIN: string;
			OWN_PROVIDER_KEY: string;
			RECEIVER_URL: string;
			STRIPE_STAND_IN_API: string;
			RATE_LIMIT_IP_STRICT: RateLimit;
		}
	}
}

export {};
