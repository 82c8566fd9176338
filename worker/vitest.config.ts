/**
 * Worker tests run inside workerd (@cloudflare/vitest-plugin) with the real
 * D1 migrations, a real local queue binding, and the fake model (a test double)
 * plus a delivery receiver started in globalSetup on free ports.
 */
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { LOCAL_ENCRYPTION_KEY, LOCAL_PROVIDER_KEYS_ENCRYPTION_KEY } from '../scripts/lib/local-worker-vars.ts';

const here = ( path: string ) => fileURLToPath( new URL( path, import.meta.url ) );

export default defineConfig( {
	plugins: [
		cloudflareTest( async ( { inject } ) => ( {
			main: './src/index.ts',
			wrangler: { configPath: '../wrangler.toml' },
			miniflare: {
				// Tests drive the consumer themselves (createMessageBatch), so no automatic consumer.
				queueConsumers: {},
				// An empty database beside DB, for the test that upgrades data through every migration.
				d1Databases: { DB: 'igny8', MIGRATION_DB: 'igny8-migration-test' },
				// The whole suite shares one client address ("unknown"), so the per-IP limit is lifted
				// here; rate-limit.test.ts exercises the real limiters with their own keys.
				ratelimits: {
					RATE_LIMIT_SITE: { namespace_id: '1001', simple: { limit: 1200, period: 60 } },
					RATE_LIMIT_IP: { namespace_id: '1002', simple: { limit: 1_000_000, period: 60 } },
					RATE_LIMIT_LOGIN: { namespace_id: '1003', simple: { limit: 5, period: 60 } },
					// The real per-address limiter at a small limit, for the red-team tests that must reach it.
					RATE_LIMIT_IP_STRICT: { namespace_id: '1004', simple: { limit: 5, period: 60 } },
				},
				bindings: {
					ENVIRONMENT: 'test',
					JWT_SECRET: 'test-only-jwt-secret-not-for-production',
					ENCRYPTION_KEY: LOCAL_ENCRYPTION_KEY,
					OPENAI_BASE_URL: inject<string>( 'fakeModelUrl' ),
					OPENAI_API_KEY: 'fake-key-for-the-test-double',
					AI_RETRY_BASE_MS: '5',
					AI_MAX_RETRIES: '3',
					AI_TIMEOUT_MS: '1500',
					DELIVERY_RETRY_BASE_SECONDS: '30',
					FAKE_MODEL_ORIGIN: inject<string>( 'fakeModelOrigin' ),
					// The second fake model (a test double) standing in for a site's own provider, and its key.
					OWN_PROVIDER_URL: inject<string>( 'ownProviderUrl' ),
					OWN_PROVIDER_ORIGIN: inject<string>( 'ownProviderOrigin' ),
					OWN_PROVIDER_KEY: inject<string>( 'ownProviderKey' ),
					PROVIDER_KEYS_ENCRYPTION_KEY: LOCAL_PROVIDER_KEYS_ENCRYPTION_KEY,
					RECEIVER_URL: inject<string>( 'receiverUrl' ),
					// The local mailbox (a development stand-in) and the Turnstile test double, from globalSetup.
					MAIL_HTTP_URL: inject<string>( 'mailboxUrl' ),
					TURNSTILE_SITE_KEY: '1x00000000000000000000AA',
					TURNSTILE_SECRET_KEY: '1x0000000000000000000000000000000AA',
					TURNSTILE_VERIFY_URL: inject<string>( 'turnstileVerifyUrl' ),
					// The Stripe stand-in (a test double); tests that buy pass it as STRIPE_API_BASE with its key (test/stripe-helpers.ts).
					STRIPE_STAND_IN_API: inject<string>( 'stripeApiBase' ),
					TEST_MIGRATIONS: await readD1Migrations( here( '../d1-migrations' ) ),
				},
			},
		} ) ),
	],
	test: {
		include: [ 'src/**/*.test.ts', 'test/**/*.test.ts' ],
		globalSetup: [ './test/global-setup.ts' ],
		setupFiles: [ './test/apply-migrations.ts' ],
		testTimeout: 20_000,
	},
} );
