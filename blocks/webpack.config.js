/**
 * Webpack config for the editor build.
 *
 * wp-scripts finds block entries through block.json; the editor sidebar is a
 * plugin, not a block, so its entry is added here. The rest is the default
 * config (dependency extraction writes each <entry>.asset.php); the sidebar's panels are
 * chunks it loads on demand.
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );
const path = require( 'path' );

module.exports = {
	...defaultConfig,
	entry: () => ( {
		...( typeof defaultConfig.entry === 'function'
			? defaultConfig.entry()
			: defaultConfig.entry ),
		'editor-sidebar/index': path.resolve(
			__dirname,
			'src/editor-sidebar/index.tsx'
		),
	} ),
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, '../plugin/build/blocks' ),
		// The sidebar's lazily loaded parts sit beside it (webpack finds them from the script's own URL).
		chunkFilename: 'editor-sidebar/[name].js?ver=[contenthash]',
	},
};
