/**
 * A cross-process lock (a directory created atomically, holding the owner's
 * pid) so two `npm test` runs on one machine take turns with the test stack
 * instead of fighting over its ports and databases.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function alive( pid: number ): boolean {
	try {
		process.kill( pid, 0 );
		return true;
	} catch {
		return false;
	}
}

/** Waits for and takes the lock at `dir`; returns a release function. */
export async function acquireLock( dir: string, label: string ): Promise<() => void> {
	let announced = false;
	for ( ;; ) {
		try {
			mkdirSync( dir, { recursive: false } );
			writeFileSync( join( dir, 'pid' ), String( process.pid ) );
			const release = (): void => rmSync( dir, { recursive: true, force: true } );
			process.once( 'exit', release );
			return release;
		} catch ( error ) {
			if ( ( error as NodeJS.ErrnoException ).code === 'ENOENT' ) {
				mkdirSync( join( dir, '..' ), { recursive: true } );
				continue;
			}
			let owner = 0;
			try {
				owner = Number( readFileSync( join( dir, 'pid' ), 'utf8' ) );
			} catch {
				// Being created or removed right now.
			}
			if ( owner > 0 && ! alive( owner ) ) {
				rmSync( dir, { recursive: true, force: true } );
				continue;
			}
			if ( ! announced ) {
				console.log( `igny8: waiting for another run using ${ label } (pid ${ owner || '?' }) …` );
				announced = true;
			}
			await new Promise( ( resolve ) => setTimeout( resolve, 1000 ) );
		}
	}
}
