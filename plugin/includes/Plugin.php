<?php
/**
 * Plugin bootstrap: wires the subsystems, nothing else.
 *
 * @package Igny8
 */

declare( strict_types=1 );

namespace Igny8;

use Igny8\Rest\Automation_Controller;
use Igny8\Rest\Billing_Controller;
use Igny8\Rest\Cluster_Detail_Controller;
use Igny8\Rest\Opportunities_Controller;
use Igny8\Rest\Clusters_Controller;
use Igny8\Rest\Connection_Controller;
use Igny8\Rest\Content_Controller;
use Igny8\Rest\Dashboard_Controller;
use Igny8\Rest\Deliveries_Controller;
use Igny8\Rest\Editor_Controller;
use Igny8\Rest\Editor_Prices_Controller;
use Igny8\Rest\Pending_Changes_Controller;
use Igny8\Rest\Estimate_Controller;
use Igny8\Rest\Ideas_Controller;
use Igny8\Rest\Industries_Controller;
use Igny8\Rest\Models_Controller;
use Igny8\Rest\Provider_Controller;
use Igny8\Rest\Jobs_Controller;
use Igny8\Rest\Keyword_Bulk_Controller;
use Igny8\Rest\Keyword_Import_Controller;
use Igny8\Rest\Keywords_Controller;
use Igny8\Rest\Linker_Controller;
use Igny8\Rest\Optimizer_Controller;
use Igny8\Rest\Sectors_Controller;
use Igny8\Rest\Strategies_Controller;
use Igny8\Rest\Setup_Controller;
use Igny8\Rest\System_Controller;
use Igny8\Rest\Tasks_Controller;
use Igny8\Storage\Schema;
use Igny8\Sync\Outbox_Cron;
use Igny8\Sync\Post_Sync;
use Igny8\Sync\Pull_Cron;
use Igny8\System\Settings;
use Igny8\Writer\Post_Meta;

defined( 'ABSPATH' ) || exit;

/**
 * Single entry point created by igny8.php.
 *
 * @since 0.1.0
 */
final class Plugin {

	/**
	 * REST controllers registered on rest_api_init, one per seed module.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	private const REST_CONTROLLERS = array(
		Connection_Controller::class,
		Setup_Controller::class,
		Sectors_Controller::class,
		Strategies_Controller::class,
		Keywords_Controller::class,
		Keyword_Bulk_Controller::class,
		Keyword_Import_Controller::class,
		Clusters_Controller::class,
		Cluster_Detail_Controller::class,
		Opportunities_Controller::class,
		Industries_Controller::class,
		Ideas_Controller::class,
		Tasks_Controller::class,
		Content_Controller::class,
		System_Controller::class,
		Models_Controller::class,
		Provider_Controller::class,
		Billing_Controller::class,
		Jobs_Controller::class,
		Deliveries_Controller::class,
		// Screens: dashboard, credits and settings sections.
		Dashboard_Controller::class,
		Estimate_Controller::class,
		// Editor: sidebar and blocks.
		Editor_Controller::class,
		Editor_Prices_Controller::class,
		Pending_Changes_Controller::class,
		// Linker, optimizer and automation.
		Linker_Controller::class,
		Optimizer_Controller::class,
		Automation_Controller::class,
	);

	/**
	 * The one instance.
	 *
	 * @var Plugin|null
	 */
	private static ?Plugin $instance = null;

	/**
	 * Returns the plugin instance, booting it on first call.
	 *
	 * @since 0.1.0
	 *
	 * @return Plugin
	 */
	public static function instance(): Plugin {
		if ( null === self::$instance ) {
			self::$instance = new self();
			self::$instance->boot();
		}
		return self::$instance;
	}

	/**
	 * Private: use instance().
	 */
	private function __construct() {
	}

	/**
	 * Wires every subsystem. A subsystem that throws is reported and skipped so the site keeps working.
	 *
	 * @since 0.1.0
	 */
	private function boot(): void {
		$this->guard( static fn () => ( new I18n\Translations() )->init() );
		$this->guard( static fn () => ( new Schema() )->init() );
		$this->guard( static fn () => ( new Post_Meta() )->init() );
		$this->guard( static fn () => ( new Pull_Cron() )->init() );
		$this->guard( static fn () => ( new Outbox_Cron() )->init() );
		$this->guard( static fn () => ( new Post_Sync() )->init() );
		$this->guard( static fn () => ( new Settings() )->init() );
		$this->guard( static fn () => ( new Cloud\Account_Notice() )->init() );
		$this->guard( static fn () => ( new Setup\Activation_Redirect() )->init() );
		// Linker, optimizer and automation.
		$this->guard( static fn () => ( new Linker\Graph_Hooks() )->init() );
		$this->guard( static fn () => ( new Linker\Graph_Cron() )->init() );
		$this->guard( static fn () => ( new Optimizer\Score_Cron() )->init() );
		$this->guard( static fn () => ( new Automation\Cron_Runner() )->init() );
		$this->guard( static fn () => ( new Editor\Provenance_Charges() )->init() );
		// The pipeline as WordPress abilities (6.9+), for the REST API, the MCP Adapter and agents.
		$this->guard( static fn () => ( new Abilities\Abilities() )->init() );
		// WooCommerce products (only on a shop: the panel checks once plugins have loaded).
		$this->guard( static fn () => ( new Shop\Products_Panel() )->init() );
		$this->guard( static fn () => ( new Shop\Product_Review() )->init() );
		// WP-CLI commands exist only where WP-CLI runs; the class is not even loaded otherwise.
		if ( defined( 'WP_CLI' ) && WP_CLI ) {
			$this->guard( static fn () => \WP_CLI::add_command( 'igny8', Cli\Command::class ) );
			$this->guard( static fn () => \WP_CLI::add_command( 'igny8 ideas', Cli\Ideas_Command::class ) );
		}
		$this->guard(
			function (): void {
				add_action( 'rest_api_init', array( $this, 'register_rest_routes' ) );
			}
		);

		// The admin screens are optional: the plugin's REST core works without them.
		if ( class_exists( Admin\Admin_Pages::class ) ) {
			$this->guard( static fn () => ( new Admin\Admin_Pages() )->init() );
		}
	}

	/**
	 * Registers the routes of every REST controller.
	 *
	 * @since 0.1.0
	 */
	public function register_rest_routes(): void {
		foreach ( self::REST_CONTROLLERS as $controller ) {
			$this->guard( static fn () => ( new $controller() )->register_routes() );
		}
	}

	/**
	 * Runs one wiring step, turning any throwable into a _doing_it_wrong notice.
	 *
	 * @param callable $step Wiring step.
	 */
	private function guard( callable $step ): void {
		try {
			$step();
		} catch ( \Throwable $error ) {
			_doing_it_wrong(
				__METHOD__,
				esc_html(
					sprintf(
						/* translators: %s: error message */
						__( 'IGNY8 could not start one of its parts: %s', 'igny8' ),
						$error->getMessage()
					)
				),
				'0.1.0'
			);
		}
	}
}
