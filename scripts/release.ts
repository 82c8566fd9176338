/**
 * `npm run release`: builds the browser code, then writes dist/igny8-<version>.zip (the
 * plugin as WordPress.org expects it) and, when the e2e suite has taken them, the
 * readme's screenshots beside it. Fails, changing nothing in dist/, when a check fails.
 */
import { relative, resolve } from 'node:path';
import { ROOT } from './lib/config.ts';
import { buildBrowserCode } from './lib/build.ts';
import { buildRelease, copyScreenshots } from './lib/release.ts';

try {
	if ( ! process.argv.includes( '--no-build' ) ) await buildBrowserCode();
	const release = buildRelease( ROOT );
	const screens = copyScreenshots( resolve( process.env.IGNY8_E2E_ARTIFACTS || resolve( ROOT, 'e2e/artifacts' ), 'screens' ), resolve( ROOT, 'dist' ), release.version );
	console.log( `\nigny8 ${ release.version }: ${ relative( ROOT, release.zip ) }` );
	console.log( `  ${ release.files } files, ${ ( release.bytes / 1024 ).toFixed( 0 ) } KB, sha256 ${ release.sha256 }` );
	if ( screens.missing.length > 0 ) console.log( `  screenshots: ${ screens.missing.length } not taken yet (${ screens.missing.join( ', ' ) }); run the e2e suite (npm test) first` );
	else console.log( `  screenshots: ${ relative( ROOT, screens.dir ) }/` );
	// The release notes attach these: every IGNY8 screen at 1280 and 1440 px, as the e2e suite last saw it.
	if ( screens.screens.length > 0 ) console.log( `  release-notes screenshots: ${ screens.screens.length } in ${ relative( ROOT, screens.dir ) }/screens/` );
	else console.log( '  release-notes screenshots: none yet; run the e2e suite (npm test) first' );
} catch ( error ) {
	console.error( error instanceof Error ? error.message : error );
	process.exit( 1 );
}
