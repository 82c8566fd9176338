<?php
/**
 * The one loader for the scripts and styles that `wp-scripts build` writes to build/.
 *
 * @package Igny8\Assets
 */

declare( strict_types=1 );

namespace Igny8\Assets;

defined( 'ABSPATH' ) || exit;

/**
 * Registers and enqueues built entries: dependencies and version come from `<entry>.asset.php`,
 * the paired `<entry>.css` (and its `-rtl.css`) is loaded with the script, translations are set.
 *
 * A missing build is logged and skipped, never fatal: the page still renders and an admin
 * notice says which npm command produces the files.
 *
 * @since 0.1.0
 */
class Asset_Loader {

	/**
	 * Text domain of the script translations.
	 *
	 * @since 0.1.0
	 */
	public const TEXT_DOMAIN = 'igny8';

	/**
	 * Absolute path of the plugin's build/ directory, with a trailing slash.
	 *
	 * @var string
	 */
	private string $build_dir;

	/**
	 * URL of the plugin's build/ directory, with a trailing slash.
	 *
	 * @var string
	 */
	private string $build_url;

	/**
	 * Absolute path of the plugin's languages/ directory.
	 *
	 * @var string
	 */
	private string $languages_dir;

	/**
	 * Build paths (relative to build/) found missing during this request.
	 *
	 * @var array<string, true>
	 */
	private array $missing = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param string $plugin_dir Absolute plugin directory.
	 * @param string $plugin_url Plugin directory URL.
	 */
	public function __construct( string $plugin_dir, string $plugin_url ) {
		$this->build_dir     = trailingslashit( $plugin_dir ) . 'build/';
		$this->build_url     = trailingslashit( $plugin_url ) . 'build/';
		$this->languages_dir = trailingslashit( $plugin_dir ) . 'languages';
	}

	/**
	 * A loader for this plugin: the constants igny8.php defines, or paths derived from this file.
	 *
	 * @since 0.1.0
	 *
	 * @return self
	 */
	public static function for_plugin(): self {
		$plugin_file = defined( 'IGNY8_PLUGIN_FILE' ) ? (string) IGNY8_PLUGIN_FILE : dirname( __DIR__, 2 ) . '/igny8.php';
		return new self( plugin_dir_path( $plugin_file ), plugin_dir_url( $plugin_file ) );
	}

	/**
	 * Absolute path of a file or folder inside build/.
	 *
	 * @since 0.1.0
	 *
	 * @param string $relative Path relative to build/.
	 * @return string
	 */
	public function build_path( string $relative = '' ): string {
		return $this->build_dir . ltrim( $relative, '/' );
	}

	/**
	 * Absolute path of the plugin's languages/ directory (script translations).
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function languages_dir(): string {
		return $this->languages_dir;
	}

	/**
	 * Registers a built script and, when the build has one, its paired stylesheet under the same handle.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $handle Script and style handle (prefixed igny8-).
	 * @param string               $entry  Entry path relative to build/, without extension, e.g. 'admin-ui/settings'.
	 * @param array<string, mixed> $args {
	 *     Optional.
	 *
	 *     @type string[]    $script_deps Extra script dependencies, added to those of the asset file.
	 *     @type string[]    $style_deps  Style dependencies, e.g. 'wp-components'.
	 *     @type string|null $strategy    'defer' (default), 'async', or null for a blocking footer script.
	 * }
	 * @return bool False when the build is missing (already reported).
	 */
	public function register( string $handle, string $entry, array $args = array() ): bool {
		if ( wp_script_is( $handle, 'registered' ) ) {
			return true;
		}

		$asset = $this->read_asset( $entry );
		if ( null === $asset ) {
			return false;
		}

		$script_args = array( 'in_footer' => true );
		$strategy    = array_key_exists( 'strategy', $args ) ? $args['strategy'] : 'defer';
		if ( is_string( $strategy ) && '' !== $strategy ) {
			$script_args['strategy'] = $strategy;
		}

		wp_register_script(
			$handle,
			$this->build_url . $entry . '.js',
			array_values( array_unique( array_merge( $asset['dependencies'], (array) ( $args['script_deps'] ?? array() ) ) ) ),
			$asset['version'],
			$script_args
		);

		if ( in_array( 'wp-i18n', $asset['dependencies'], true ) ) {
			wp_set_script_translations( $handle, self::TEXT_DOMAIN, $this->languages_dir );
		}

		$css = $this->build_dir . $entry . '.css';
		if ( is_readable( $css ) ) {
			wp_register_style(
				$handle,
				$this->build_url . $entry . '.css',
				(array) ( $args['style_deps'] ?? array() ),
				$asset['version'] . '-' . (string) filemtime( $css )
			);
			if ( is_readable( $this->build_dir . $entry . '-rtl.css' ) ) {
				wp_style_add_data( $handle, 'rtl', 'replace' );
			}
		}

		return true;
	}

	/**
	 * Registers (see register()) and enqueues a built script and its stylesheet.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $handle Script and style handle.
	 * @param string               $entry  Entry path relative to build/, without extension.
	 * @param array<string, mixed> $args   See register().
	 * @return bool False when the build is missing.
	 */
	public function enqueue( string $handle, string $entry, array $args = array() ): bool {
		if ( ! $this->register( $handle, $entry, $args ) ) {
			return false;
		}
		wp_enqueue_script( $handle );
		if ( wp_style_is( $handle, 'registered' ) ) {
			wp_enqueue_style( $handle );
		}
		return true;
	}

	/**
	 * Records a missing build file: logs it, flags it to developers, and queues the admin notice.
	 *
	 * @since 0.1.0
	 *
	 * @param string $relative Path relative to build/.
	 */
	public function report_missing( string $relative ): void {
		if ( isset( $this->missing[ $relative ] ) ) {
			return;
		}
		$this->missing[ $relative ] = true;

		$message = sprintf( 'IGNY8: build/%s is missing or unreadable; run `npm run build` in the plugin repository.', $relative );
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- a missing build must be visible in logs.
		error_log( $message );
		if ( defined( 'WP_DEBUG' ) && WP_DEBUG ) {
			_doing_it_wrong( __METHOD__, esc_html( $message ), '0.1.0' );
		}

		if ( 1 === count( $this->missing ) ) {
			add_action( 'admin_notices', array( $this, 'print_missing_notice' ) );
		}
	}

	/**
	 * Build paths reported missing during this request.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public function missing(): array {
		return array_keys( $this->missing );
	}

	/**
	 * Prints the admin notice about missing build files.
	 *
	 * @since 0.1.0
	 */
	public function print_missing_notice(): void {
		if ( ! $this->missing ) {
			return;
		}
		printf(
			'<div class="notice notice-error"><p>%1$s</p><p><code>%2$s</code></p></div>',
			esc_html__( 'IGNY8: the screens and blocks are not built yet, so they cannot load. Run `npm run build` in the IGNY8 repository, then reload this page. Missing:', 'igny8' ),
			esc_html( implode( ', ', array_map( static fn ( string $path ): string => 'build/' . $path, $this->missing() ) ) )
		);
	}

	/**
	 * Reads `<entry>.asset.php` and checks that the script beside it exists.
	 *
	 * @param string $entry Entry path relative to build/, without extension.
	 * @return array{dependencies: string[], version: string}|null Null when missing (reported).
	 */
	private function read_asset( string $entry ): ?array {
		$asset_file = $this->build_dir . $entry . '.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			$this->report_missing( $entry . '.asset.php' );
			return null;
		}
		if ( ! is_readable( $this->build_dir . $entry . '.js' ) ) {
			$this->report_missing( $entry . '.js' );
			return null;
		}

		$asset = require $asset_file;
		if ( ! is_array( $asset ) ) {
			$this->report_missing( $entry . '.asset.php' );
			return null;
		}

		return array(
			'dependencies' => array_values( array_filter( (array) ( $asset['dependencies'] ?? array() ), 'is_string' ) ),
			'version'      => isset( $asset['version'] ) ? (string) $asset['version'] : (string) filemtime( $asset_file ),
		);
	}
}
