/**
 * Local addresses and folders of the stack, each overridable by an environment
 * variable. `npm start` uses the defaults; `npm test` uses its own set so a
 * running demo and a test run never share ports or databases.
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve( dirname( fileURLToPath( import.meta.url ) ), '..', '..' );

/** The project's own wrangler (never a global one). */
export const WRANGLER_JS = resolve( ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js' );

/** The WordPress lines the runtime can run: the newest (npm start, the browser suite) and the oldest supported. */
export const NEWEST_WP_LINE = '7.1';
export const OLDEST_WP_LINE = '6.8';
export type WpLine = typeof NEWEST_WP_LINE | typeof OLDEST_WP_LINE;

/** Where every part of one local stack lives. */
export interface StackConfig {
	/** Which WordPress (IGNY8_WP_LINE): 7.1 from Debian sid or 6.8 from trixie. */
	wpLine: WpLine;
	/** Folder for git-ignored state (WordPress, MariaDB, wrangler, logs). */
	stateDir: string;
	wpPort: number;
	dbPort: number;
	workerPort: number;
	fakeModelPort: number;
	/** A second fake model that answers only to OWN_PROVIDER_TEST_KEY: a site's own provider (bring your own key). */
	ownProviderPort: number;
	wpUser: string;
	wpPassword: string;
	/** OpenAI-compatible base URL the Worker calls. */
	modelBaseUrl: string;
	/** True when the local fake model (a test double) stands in for the paid API. */
	useFakeModel: boolean;
	/** False for a clean site: the plugin is not linked from the repo but uploaded as a user would. */
	linkPlugin?: boolean;
	/** Where downloaded WordPress packages are kept, when shared with another site of the run. */
	debsCache?: string;
}

function intFromEnv( name: string, fallback: number ): number {
	const value = process.env[ name ];
	if ( value === undefined || value === '' ) return fallback;
	const parsed = Number.parseInt( value, 10 );
	if ( ! Number.isInteger( parsed ) || parsed <= 0 || parsed > 65535 ) {
		throw new Error( `${ name } must be a port number, got "${ value }"` );
	}
	return parsed;
}

/** The key the second fake model (a test double for a site's own provider) requires; test-only. */
export const OWN_PROVIDER_TEST_KEY = 'sk-own-provider-stack-key-4e1b';

/** The demo stack that `npm start` brings up. */
export function demoConfig(): StackConfig {
	return buildConfig( {
		stateDir: resolve( ROOT, '.state' ),
		wpPort: 8888,
		dbPort: 3307,
		workerPort: 8787,
		fakeModelPort: 8790,
	} );
}

/** The isolated stack that `npm test` brings up (other ports, other state). */
export function testConfig(): StackConfig {
	return buildConfig( {
		stateDir: resolve( ROOT, '.state', 'test' ),
		wpPort: 8898,
		dbPort: 3317,
		workerPort: 8797,
		fakeModelPort: 8799,
	} );
}

function buildConfig( defaults: {
	stateDir: string;
	wpPort: number;
	dbPort: number;
	workerPort: number;
	fakeModelPort: number;
} ): StackConfig {
	const fakeModelPort = intFromEnv( 'IGNY8_FAKE_MODEL_PORT', defaults.fakeModelPort );
	const useFakeModel = ! process.env.OPENAI_API_KEY;
	const line = process.env.IGNY8_WP_LINE || NEWEST_WP_LINE;
	if ( line !== NEWEST_WP_LINE && line !== OLDEST_WP_LINE ) throw new Error( `IGNY8_WP_LINE must be ${ NEWEST_WP_LINE } or ${ OLDEST_WP_LINE }, got "${ line }"` );
	return {
		wpLine: line,
		stateDir: process.env.IGNY8_STATE_DIR || defaults.stateDir,
		wpPort: intFromEnv( 'IGNY8_WP_PORT', defaults.wpPort ),
		dbPort: intFromEnv( 'IGNY8_DB_PORT', defaults.dbPort ),
		workerPort: intFromEnv( 'IGNY8_WORKER_PORT', defaults.workerPort ),
		fakeModelPort,
		ownProviderPort: intFromEnv( 'IGNY8_OWN_PROVIDER_PORT', fakeModelPort + 5 ),
		wpUser: process.env.IGNY8_WP_USER || 'admin',
		wpPassword: process.env.IGNY8_WP_PASSWORD || 'password',
		modelBaseUrl: useFakeModel
			? `http://127.0.0.1:${ fakeModelPort }/v1`
			: process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1',
		useFakeModel,
	};
}

/** The stack `npm run bench` brings up (its own ports and state). */
export function benchConfig(): StackConfig {
	return buildConfig( {
		stateDir: resolve( ROOT, '.state', 'bench' ),
		wpPort: 8878,
		dbPort: 3327,
		workerPort: 8777,
		fakeModelPort: 8779,
	} );
}

/**
 * A second WordPress of the test stack on the oldest supported line, for PHPUnit (its own
 * state, database and ports, the same Worker): the suite must pass on both ends.
 */
export function oldestLineConfig( config: StackConfig ): StackConfig {
	return { ...config, wpLine: OLDEST_WP_LINE, stateDir: resolve( config.stateDir, `wp-${ OLDEST_WP_LINE }` ), wpPort: config.wpPort + 2, dbPort: config.dbPort + 2, debsCache: resolve( config.stateDir, 'wp' ) };
}

/**
 * A third WordPress of the test stack, on the newest line, without the plugin: the browser
 * suite uploads the release zip into it, activates, uses and deletes it as a user would.
 */
export function cleanSiteConfig( config: StackConfig ): StackConfig {
	return { ...config, wpLine: NEWEST_WP_LINE, stateDir: resolve( config.stateDir, 'wp-clean' ), wpPort: config.wpPort + 4, dbPort: config.dbPort + 4, linkPlugin: false, debsCache: resolve( config.stateDir, 'wp' ) };
}

/** Environment for the WordPress runtime scripts of this stack. */
export function wpEnv( config: StackConfig ): NodeJS.ProcessEnv {
	return {
		...process.env,
		IGNY8_STATE_DIR: config.stateDir,
		IGNY8_WP_LINE: config.wpLine,
		IGNY8_WP_PORT: String( config.wpPort ),
		IGNY8_DB_PORT: String( config.dbPort ),
		IGNY8_WP_USER: config.wpUser,
		IGNY8_WP_PASSWORD: config.wpPassword,
		IGNY8_CLOUD_URL: `http://127.0.0.1:${ config.workerPort }`,
		IGNY8_WP_LINK_PLUGIN: config.linkPlugin === false ? '0' : '1',
		...( config.debsCache ? { IGNY8_WP_DEBS_CACHE: config.debsCache } : {} ),
	};
}
