/** `npm run set-version -- 1.2.3`: the one way to change the product version everywhere it appears. */
import { ROOT } from './lib/config.ts';
import { setVersion } from './lib/version.ts';

const version = process.argv[ 2 ];
if ( ! version ) {
	console.error( 'Usage: npm run set-version -- <x.y.z>' );
	process.exit( 2 );
}
try {
	const changed = setVersion( ROOT, version );
	console.log( changed.length ? `Version ${ version } written to: ${ changed.join( ', ' ) }` : `Everything already says ${ version }.` );
	console.log( 'Add a "= ' + version + ' =" entry to the Changelog and Upgrade Notice of plugin/readme.txt before releasing.' );
} catch ( error ) {
	console.error( error instanceof Error ? error.message : error );
	process.exit( 1 );
}
