<?php
/**
 * Where WordPress finds the plugin's own translations.
 *
 * @package Igny8\I18n
 */

declare( strict_types=1 );

namespace Igny8\I18n;

defined( 'ABSPATH' ) || exit;

/**
 * Points the igny8 text domain at the plugin's languages/ folder (igny8-<locale>.mo, built by
 * `npm run i18n -- json`). Since WordPress 6.7 this only records the folder and the .mo loads
 * just in time on the first translated string, after wp-content/languages/plugins (where
 * translate.wordpress.org language packs go) has been looked in. The scripts' JSON files are
 * found through wp_set_script_translations() (Assets\Asset_Loader, Blocks\Block_Registry).
 *
 * @since 0.4.0
 */
final class Translations {

	/**
	 * Registers the folder before anything on `init` (block titles are translated when the
	 * blocks register there).
	 *
	 * @since 0.4.0
	 */
	public function init(): void {
		add_action( 'init', array( $this, 'load_textdomain' ), 0 );
	}

	/**
	 * Registers plugin/languages for the igny8 text domain.
	 *
	 * @since 0.4.0
	 */
	public function load_textdomain(): void {
		load_plugin_textdomain( 'igny8', false, dirname( plugin_basename( IGNY8_PLUGIN_FILE ) ) . '/languages' );
	}
}
