/**
 * Child-process helpers shared by `npm start`, `npm test` and the benchmarks:
 * run a command to completion, start a long-lived service in its own process
 * group (so stopping it also stops what it spawned), and wait for a port.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { openSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Result of a finished command. */
export interface RunResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs a command to completion; rejects on a non-zero exit unless `allowFailure`. */
export function run(
	command: string,
	args: string[],
	options: SpawnOptions & { allowFailure?: boolean; quiet?: boolean; input?: string } = {}
): Promise<RunResult> {
	const { allowFailure = false, quiet = false, input, ...spawnOptions } = options;
	return new Promise( ( resolve, reject ) => {
		const child = spawn( command, args, {
			stdio: [ input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe' ],
			...spawnOptions,
		} );
		let stdout = '';
		let stderr = '';
		child.stdout?.on( 'data', ( chunk: Buffer ) => {
			stdout += chunk.toString();
			if ( ! quiet ) process.stdout.write( chunk );
		} );
		child.stderr?.on( 'data', ( chunk: Buffer ) => {
			stderr += chunk.toString();
			if ( ! quiet ) process.stderr.write( chunk );
		} );
		if ( input !== undefined ) {
			child.stdin?.end( input );
		}
		child.on( 'error', reject );
		child.on( 'close', ( code ) => {
			const result = { code: code ?? 1, stdout, stderr };
			if ( result.code !== 0 && ! allowFailure ) {
				reject(
					new Error(
						`${ command } ${ args.join( ' ' ) } exited with ${ result.code }\n${ stderr.slice( -4000 ) }`
					)
				);
				return;
			}
			resolve( result );
		} );
	} );
}

/** A long-lived service started in its own process group. */
export interface Service {
	name: string;
	child: ChildProcess;
	stop(): Promise<void>;
}

/** Starts a service detached into its own process group, logging to `logFile`. */
export function startService(
	name: string,
	command: string,
	args: string[],
	options: { cwd?: string; env?: NodeJS.ProcessEnv; logFile: string }
): Service {
	mkdirSync( dirname( options.logFile ), { recursive: true } );
	const log = openSync( options.logFile, 'a' );
	const child = spawn( command, args, {
		cwd: options.cwd,
		env: options.env ?? process.env,
		stdio: [ 'ignore', log, log ],
		detached: true,
	} );
	let exited = false;
	child.on( 'exit', () => {
		exited = true;
	} );
	return {
		name,
		child,
		async stop() {
			if ( exited || child.pid === undefined ) return;
			const done = new Promise<void>( ( resolve ) => child.once( 'exit', () => resolve() ) );
			try {
				process.kill( -child.pid, 'SIGTERM' );
			} catch {
				return;
			}
			const timer = setTimeout( () => {
				try {
					process.kill( -( child.pid as number ), 'SIGKILL' );
				} catch {
					// Already gone.
				}
			}, 5000 );
			await done;
			clearTimeout( timer );
		},
	};
}

/** Polls a URL until it answers with any HTTP status, or throws after `timeoutMs`. */
export async function waitForHttp( url: string, timeoutMs: number, service?: Service ): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let lastError = '';
	while ( Date.now() < deadline ) {
		if ( service && service.child.exitCode !== null ) {
			throw new Error( `${ service.name } exited (code ${ service.child.exitCode }) before ${ url } answered` );
		}
		try {
			const response = await fetch( url, { signal: AbortSignal.timeout( 2000 ) } );
			await response.body?.cancel();
			return;
		} catch ( error ) {
			lastError = error instanceof Error ? error.message : String( error );
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 250 ) );
	}
	throw new Error( `Timed out after ${ timeoutMs } ms waiting for ${ url }: ${ lastError }` );
}
