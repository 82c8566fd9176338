/**
 * Webpack config for the wp-admin screens.
 *
 * wp-scripts only discovers entries from block.json files or a single src/index.*,
 * so each screen is listed here explicitly; everything else (Babel, TypeScript,
 * SCSS, the dependency-extraction that writes <entry>.asset.php) is the default config.
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );
const path = require( 'path' );

module.exports = {
	...defaultConfig,
	entry: {
		settings: path.resolve( __dirname, 'src/settings/index.tsx' ),
		writer: path.resolve( __dirname, 'src/writer/index.tsx' ),
	},
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, '../plugin/build/admin-ui' ),
	},
};
