/** Runs the project's own wrangler (never a global one) with telemetry off. */
import { resolve } from 'node:path';
import { ROOT, WRANGLER_JS } from '../config.ts';
import { run, type RunResult } from '../processes.ts';


export function wrangler( args: string[], options: { allowFailure?: boolean; quiet?: boolean; input?: string; config?: string } = {} ): Promise<RunResult> {
	const { config = resolve( ROOT, 'wrangler.toml' ), ...rest } = options;
	return run( process.execPath, [ WRANGLER_JS, ...args, '--config', config ], {
		cwd: ROOT,
		env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
		...rest,
	} );
}
