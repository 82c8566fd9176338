<?php
/**
 * The IGNY8 → Help screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * The pipeline on one page (each step, whether it costs credits, the screen that runs it), what
 * the statuses mean, and the production notes. Printed by PHP: there is nothing to fetch, so it
 * has no script.
 *
 * @since 0.9.0
 */
class Help_Page extends Screen {

	/**
	 * Menu slug.
	 *
	 * @since 0.9.0
	 */
	public const SLUG = 'igny8-help';

	/**
	 * Capability: anyone who may open the Dashboard.
	 *
	 * @since 0.9.0
	 *
	 * @return string
	 */
	public function capability(): string {
		return 'edit_posts';
	}

	/**
	 * Page slug.
	 *
	 * @since 0.9.0
	 *
	 * @return string
	 */
	public function slug(): string {
		return self::SLUG;
	}

	/**
	 * Menu label.
	 *
	 * @since 0.9.0
	 *
	 * @return string
	 */
	public function menu_title(): string {
		return __( 'Help', 'igny8' );
	}

	/**
	 * Heading.
	 *
	 * @since 0.9.0
	 *
	 * @return string
	 */
	public function title(): string {
		return __( 'IGNY8 Help', 'igny8' );
	}

	/**
	 * Entry name; the page loads no built script.
	 *
	 * @since 0.9.0
	 *
	 * @return string
	 */
	protected function entry(): string {
		return 'help';
	}

	/**
	 * Initial state: none, the page is printed whole.
	 *
	 * @since 0.9.0
	 *
	 * @return array<string, mixed>
	 */
	protected function initial_state(): array {
		return array();
	}

	/**
	 * Only the Help tab: the page has no script or style of its own.
	 *
	 * @since 0.9.0
	 */
	public function on_load(): void {
		$this->add_help();
	}

	/**
	 * Prints the pipeline, the statuses and the production notes.
	 *
	 * @since 0.9.0
	 */
	public function render_page(): void {
		if ( ! current_user_can( $this->capability() ) ) {
			return;
		}
		?>
		<div class="wrap igny8-wrap igny8-help-page">
			<h1><?php echo esc_html( $this->title() ); ?></h1>
			<hr class="wp-header-end" />
			<h2><?php esc_html_e( 'The pipeline', 'igny8' ); ?></h2>
			<p><?php esc_html_e( 'Content moves through these steps, left to right on the Dashboard. Each screen\'s Help tab (top right) explains its own steps.', 'igny8' ); ?></p>
			<ol class="igny8-help-pipeline">
				<?php foreach ( Help_Steps::pipeline() as $step ) : ?>
					<li>
						<strong><?php echo esc_html( $step['title'] ); ?></strong> —
						<?php echo esc_html( $step['text'] ); ?>
						<?php echo esc_html( $step['paid'] ? __( '(Costs credits: the price shows before each run.)', 'igny8' ) : __( '(Free.)', 'igny8' ) ); ?>
						<a href="<?php echo esc_url( admin_url( 'admin.php?page=' . $step['page'] ) ); ?>">
							<?php
							/* translators: %s: pipeline step, e.g. "Clusters" */
							echo esc_html( sprintf( __( 'Open %s', 'igny8' ), $step['title'] ) );
							?>
						</a>
					</li>
				<?php endforeach; ?>
			</ol>
			<h2><?php esc_html_e( 'Prices', 'igny8' ); ?></h2>
			<?php echo wp_kses_post( Help_Tabs::prices_html() ); ?>
			<h2><?php esc_html_e( 'Statuses', 'igny8' ); ?></h2>
			<?php echo wp_kses_post( Help_Tabs::statuses_html( Help_Statuses::for_screen( self::SLUG ) ) ); ?>
			<?php Help_Production_Notes::render(); ?>
		</div>
		<?php
	}
}
