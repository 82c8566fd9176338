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

	/**
	 * A folder of this test's own, removed afterwards.
	 *
	 * @var string
	 */
	private string $dir = '';

	protected function tear_down_dir(): void {
		foreach ( (array) glob( $this->dir . '/*' ) as $file ) {
			unlink( (string) $file );
		}
		rmdir( $this->dir );
	}

	public function test_a_screen_script_finds_the_json_named_by_the_md5_of_its_path_in_the_plugin(): void {
		$this->dir = sys_get_temp_dir() . '/igny8-i18n-' . wp_generate_password( 8, false );
		mkdir( $this->dir );
		// md5( 'build/admin-ui/planner.js' ), as scripts/lib/i18n/compile.ts names the Planner's file.
		$json = '{"locale_data":{"messages":{"":{"domain":"messages","lang":"de_DE"},"Import keywords":["Suchbegriffe importieren"]}}}';
		file_put_contents( $this->dir . '/igny8-de_DE-7296ceb432efa3303b8da5dff05ddf6e.json', $json );
		add_filter( 'pre_determine_locale', static fn (): string => 'de_DE' );

		try {
			$this->assertTrue( Asset_Loader::for_plugin()->register( 'igny8-planner', 'admin-ui/planner' ) );
			$this->assertSame( $json, load_script_textdomain( 'igny8-planner', 'igny8', $this->dir ) );
		} finally {
			wp_deregister_script( 'igny8-planner' );
			$this->tear_down_dir();
		}
	}

	public function test_the_plugin_languages_folder_serves_the_igny8_text_domain(): void {
		global $wp_textdomain_registry;

		( new \Igny8\I18n\Translations() )->load_textdomain();

		$this->assertTrue( $wp_textdomain_registry->has_custom_path( 'igny8' ) );
		$this->assertSame( realpath( IGNY8_PLUGIN_DIR . 'languages' ), realpath( $wp_textdomain_registry->get_custom_path( 'igny8' ) ) );
	}
}
