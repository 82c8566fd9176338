/**
 * Webpack config for the wp-admin screens.
 *
 * wp-scripts only discovers entries from block.json files or a single src/index.*, so every
 * screen directory with an index.tsx (src/<screen>/index.tsx) becomes the entry <screen>;
 * src/shared holds no entry. Everything else (Babel, TypeScript, SCSS, the dependency
 * extraction that writes <entry>.asset.php) is the default config.
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );
const fs = require( 'fs' );
const path = require( 'path' );

const src = path.resolve( __dirname, 'src' );
const entry = Object.fromEntries(
	fs
		.readdirSync( src, { withFileTypes: true } )
		.filter( ( dir ) => dir.isDirectory() && fs.existsSync( path.join( src, dir.name, 'index.tsx' ) ) )
		.map( ( dir ) => [ dir.name, path.join( src, dir.name, 'index.tsx' ) ] )
);

module.exports = {
	...defaultConfig,
	entry,
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, '../plugin/build/admin-ui' ),
	},
};
