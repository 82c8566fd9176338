<?php
/**
 * The plugin's translations: the .mo folder for PHP, the md5-named JSON for scripts.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\I18n;

use Igny8\Assets\Asset_Loader;
use Igny8\Tests\TestCase;

/**
 * What `npm run i18n -- json` writes is what WordPress looks for.
 */
final class Translations_Test extends TestCase {

	public function test_a_screen_script_finds_the_json_named_by_the_md5_of_its_path_in_the_plugin(): void {
		$dir = sys_get_temp_dir() . '/igny8-i18n-' . wp_generate_password( 8, false );
		mkdir( $dir );
		// md5( 'build/admin-ui/planner.js' ), as scripts/lib/i18n/compile.ts names the Planner's file.
		$json = '{"locale_data":{"messages":{"":{"domain":"messages","lang":"de_DE"},"Import keywords":["Suchbegriffe importieren"]}}}';
		$file = $dir . '/igny8-de_DE-7296ceb432efa3303b8da5dff05ddf6e.json';
		file_put_contents( $file, $json );
		add_filter( 'pre_determine_locale', static fn (): string => 'de_DE' );

		try {
			$this->assertTrue( Asset_Loader::for_plugin()->register( 'igny8-planner', 'admin-ui/planner' ) );
			$this->assertSame( $json, load_script_textdomain( 'igny8-planner', 'igny8', $dir ) );
		} finally {
			wp_deregister_script( 'igny8-planner' );
			unlink( $file );
			rmdir( $dir );
		}
	}

	public function test_just_in_time_loading_finds_the_mo_in_the_plugin_languages_folder(): void {
		global $wp_textdomain_registry;
		$languages = WP_PLUGIN_DIR . '/' . dirname( plugin_basename( IGNY8_PLUGIN_FILE ) ) . '/languages/';
		// Pretend the folder holds a .mo for a locale no test uses, instead of writing one into the plugin.
		add_filter(
			'pre_get_language_files_from_path',
			static fn ( $files, string $path ) => $path === $languages ? array( $languages . 'igny8-xx_XX.mo' ) : $files,
			10,
			2
		);

		( new \Igny8\I18n\Translations() )->load_textdomain();

		$this->assertSame( $languages, $wp_textdomain_registry->get( 'igny8', 'xx_XX' ) );
	}
}
