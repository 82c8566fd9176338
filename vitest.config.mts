/**
 * Node-side unit tests (test doubles, scripts, benchmarks, the pure parts of
 * the admin screens and blocks). The Worker has its
 * own config in worker/vitest.config.ts because its tests run inside workerd.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig( {
	test: {
		include: [
			'scripts/**/*.test.ts',
			'bench/**/*.test.ts',
			'admin-ui/src/**/*.test.{ts,tsx}',
			'blocks/src/**/*.test.{ts,tsx}',
			'worker/test-node/**/*.test.ts', // Worker code checked against @wordpress/blocks in Node (jsdom), outside workerd
		],
		environment: 'node',
		testTimeout: 15_000,
	},
} );
