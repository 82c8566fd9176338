/**
 * Where the browser specs save what a reviewer looks at (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** e2e/artifacts, or the stack's own folder when IGNY8_E2E_ARTIFACTS is set. */
export const artifactsDir = process.env.IGNY8_E2E_ARTIFACTS || resolve( __dirname, '..', 'artifacts' );

/** Path for a screenshot named `name` (without extension), creating the folder. */
export function screenshotPath( name: string ): string {
	const dir = resolve( artifactsDir, 'screens' );
	mkdirSync( dir, { recursive: true } );
	return resolve( dir, `${ name }.png` );
}
