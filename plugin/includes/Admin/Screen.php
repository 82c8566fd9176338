<?php
/**
 * Shared behaviour of the IGNY8 wp-admin screens.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

use Igny8\Assets\Asset_Loader;
use Igny8\Assets\Boot_Data;
use Igny8\Storage\Upgrade_Status;

defined( 'ABSPATH' ) || exit;

/**
 * One React screen: its assets load only on its own page (load-{$hook}), the boot data
 * `window.igny8Boot = { rest: { root, nonce }, initialState }` is printed before its script,
 * and render_page() prints a single root element.
 *
 * @since 0.1.0
 */
abstract class Screen {

	/**
	 * The asset loader.
	 *
	 * @var Asset_Loader
	 */
	protected Asset_Loader $assets;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Asset_Loader $assets The asset loader.
	 */
	public function __construct( Asset_Loader $assets ) {
		$this->assets = $assets;
	}

	/**
	 * Capability a user needs to open the screen.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	abstract public function capability(): string;

	/**
	 * The screen's heading.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	abstract public function title(): string;

	/**
	 * The screen's page slug (admin.php?page=<slug>).
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	abstract public function slug(): string;

	/**
	 * The screen's label in the IGNY8 menu.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	abstract public function menu_title(): string;

	/**
	 * Entry name in build/admin-ui/ (also the script handle suffix and the root id suffix).
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	abstract protected function entry(): string;

	/**
	 * The screen's initial state, computed without any call to the cloud.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	abstract protected function initial_state(): array;

	/**
	 * Script and style handle.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function handle(): string {
		return 'igny8-' . $this->entry();
	}

	/**
	 * Id of the element the React app mounts into.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function root_id(): string {
		return 'igny8-' . $this->entry() . '-root';
	}

	/**
	 * Runs on load-{$hook}: only this screen's page enqueues its assets.
	 *
	 * @since 0.1.0
	 */
	public function on_load(): void {
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue_assets' ) );
		$this->add_help();
	}

	/**
	 * The screen's Help tab (WordPress's contextual help): its steps, prices and statuses.
	 *
	 * @since 0.9.0
	 */
	protected function add_help(): void {
		$screen = get_current_screen();
		if ( $screen ) {
			Help_Tabs::add( $screen, $this->slug() );
		}
	}

	/**
	 * Enqueues the screen's script and style, with the boot data printed before the script.
	 *
	 * @since 0.1.0
	 */
	public function enqueue_assets(): void {
		$loaded = $this->assets->enqueue(
			$this->handle(),
			'admin-ui/' . $this->entry(),
			array( 'style_deps' => array( 'wp-components' ) )
		);
		if ( ! $loaded ) {
			return;
		}

		Boot_Data::print_before( $this->handle(), $this->initial_state() );
	}

	/**
	 * The boot data: REST root and nonce for apiFetch, and the initial state.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function boot_data(): array {
		return Boot_Data::of( $this->initial_state() );
	}

	/**
	 * What the root shows until the app mounts and replaces it.
	 *
	 * @since 0.4.0
	 */
	protected function render_placeholder(): void {
		?>
		<p class="igny8-loading"><?php esc_html_e( 'Loading…', 'igny8' ); ?></p>
		<?php
	}

	/**
	 * Prints the page: heading and the one root element. The root holds a loading line that
	 * the app replaces, so the page is never blank while (or if) the script loads.
	 *
	 * @since 0.1.0
	 */
	public function render_page(): void {
		if ( ! current_user_can( $this->capability() ) ) {
			return;
		}
		// Half-upgraded or newer-release tables are not worked on: the notice says what to do.
		$upgrade = Upgrade_Status::message();
		if ( '' !== $upgrade ) {
			printf( '<div class="wrap igny8-wrap"><h1>%1$s</h1><div class="notice notice-warning inline"><p>%2$s</p></div></div>', esc_html( $this->title() ), esc_html( $upgrade ) );
			return;
		}
		?>
		<div class="wrap igny8-wrap">
			<h1><?php echo esc_html( $this->title() ); ?></h1>
			<hr class="wp-header-end" />
			<div id="<?php echo esc_attr( $this->root_id() ); ?>">
				<?php $this->render_placeholder(); ?>
				<noscript>
					<div class="notice notice-error inline"><p><?php esc_html_e( 'This IGNY8 screen needs JavaScript. Turn it on in your browser, then reload the page.', 'igny8' ); ?></p></div>
				</noscript>
			</div>
		</div>
		<?php
	}
}
