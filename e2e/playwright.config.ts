/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against
 * the real WordPress and Worker that `npm test` starts. IGNY8_E2E_PHASE picks
 * the specs: the normal flow, every screen's console, or the ones that run after the Worker is stopped.
 */
import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { OLDEST_LINE_SPECS, specFiles } from './spec-groups';

const wpUrl = process.env.IGNY8_TEST_WP_URL ?? 'http://127.0.0.1:8898';
// specs: the flows; screens: every screen's console (run on each WordPress line); cloud-down: after the Worker stops.
const phase = [ 'cloud-down', 'screens' ].includes( process.env.IGNY8_E2E_PHASE ?? '' ) ? ( process.env.IGNY8_E2E_PHASE as string ) : 'specs';
// IGNY8_E2E_ARTIFACTS lets parallel test stacks (own IGNY8_STATE_DIR) keep their own login state.
const artifacts = process.env.IGNY8_E2E_ARTIFACTS || resolve( __dirname, 'artifacts' );
// IGNY8_E2E_GROUP: `oldest` runs the specs of spec-groups.ts, `newest` the others; unset, all of them.
const group = phase === 'specs' ? process.env.IGNY8_E2E_GROUP : undefined;

export default defineConfig( {
	testDir: resolve( __dirname, phase ),
	...( group === 'oldest' ? { testMatch: specFiles( OLDEST_LINE_SPECS ) } : {} ),
	...( group === 'newest' ? { testIgnore: specFiles( OLDEST_LINE_SPECS ) } : {} ),
	outputDir: resolve( artifacts, 'results', phase ),
	globalSetup: resolve( __dirname, 'global-setup.ts' ),
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 120_000,
	expect: { timeout: 15_000 },
	reporter: [ [ 'list' ], [ 'junit' ] ],
	use: {
		baseURL: wpUrl,
		storageState: resolve( artifacts, 'admin-state.json' ),
		screenshot: 'only-on-failure',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.IGNY8_CHROMIUM ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-quic',
			],
		},
	},
} );
