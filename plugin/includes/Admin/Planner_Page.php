<?php
/**
 * The IGNY8 → Planner screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * Keywords, clusters and ideas in DataViews tables, with CSV import and the planning actions.
 *
 * @since 0.2.0
 */
class Planner_Page extends Screen {

	/**
	 * Menu slug.
	 *
	 * @since 0.2.0
	 */
	public const SLUG = 'igny8-planner';

	/**
	 * REST responses put in the page so the Keywords table's first page (its default view:
	 * admin-ui/src/planner/components/KeywordsTab.tsx), the cluster names and the sectors
	 * (admin-ui/src/planner/sectors.ts SECTOR_QUERY) render without a round trip, as the block
	 * editor preloads its data.
	 *
	 * @since 0.3.0
	 */
	public const PRELOAD = array(
		'/igny8/v1/planner/keywords?page=1&per_page=25&orderby=search_volume&order=desc',
		'/igny8/v1/planner/clusters?per_page=100&orderby=name&order=asc',
		'/igny8/v1/planner/sectors?per_page=100&orderby=name&order=asc',
	);

	/**
	 * The preloaded REST responses (path => body and headers), kept for the first-page placeholder.
	 *
	 * @var array<string, array<string, mixed>>
	 */
	private array $preloaded = array();

	/**
	 * Capability a user needs to open the screen.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function capability(): string {
		return 'igny8_plan';
	}

	/**
	 * Page slug.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function slug(): string {
		return self::SLUG;
	}

	/**
	 * Menu label.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function menu_title(): string {
		return __( 'Planner', 'igny8' );
	}

	/**
	 * Heading.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function title(): string {
		return __( 'IGNY8 Planner', 'igny8' );
	}

	/**
	 * Entry name in build/admin-ui/.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	protected function entry(): string {
		return 'planner';
	}

	/**
	 * Initial state (no cloud call).
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	protected function initial_state(): array {
		return array(
			'connected'   => ( new \Igny8\Cloud\Connection() )->is_connected(),
			'settingsUrl' => current_user_can( 'igny8_manage' ) ? admin_url( 'admin.php?page=igny8-settings' ) : null,
			'writerUrl'   => admin_url( 'admin.php?page=igny8-writer' ),
			'linkerUrl'   => current_user_can( 'igny8_write' ) ? admin_url( 'admin.php?page=igny8-linker' ) : null,
			'preload'     => $this->preload(),
		);
	}

	/**
	 * On a cluster's page, its figures and first keywords (see Cluster_First_Page); on the Keywords
	 * tab, the table's first page (see Keywords_First_Page), both printed from the preloaded
	 * responses; elsewhere, or when there is nothing to show, the loading line.
	 *
	 * @since 0.4.0
	 */
	protected function render_placeholder(): void {
		$state    = $this->initial_state();
		$settings = $state['connected'] ? null : (string) $state['settingsUrl'];
		if ( $this->open_cluster() > 0 ) {
			$this->render_cluster( $settings, $state['linkerUrl'] );
			return;
		}
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only picks which tab to draw.
		$tab      = isset( $_GET['tab'] ) ? sanitize_key( wp_unslash( $_GET['tab'] ) ) : 'keywords';
		$keywords = $this->preload()[ self::PRELOAD[0] ] ?? null;
		$clusters = $this->preload()[ self::PRELOAD[1] ]['body'] ?? array();
		if ( 'keywords' !== $tab || ! is_array( $keywords ) || empty( $keywords['body'] ) || ! is_array( $keywords['body'] ) ) {
			parent::render_placeholder();
			return;
		}
		$total = (int) ( $keywords['headers']['X-WP-Total'] ?? count( $keywords['body'] ) );
		Keywords_First_Page::render( $keywords['body'], $total, is_array( $clusters ) ? $clusters : array(), $settings );
	}

	/**
	 * The open cluster's page, or the loading line when its figures were not preloaded (a cluster
	 * that does not exist answers 404, which WordPress does not preload: nothing of it is printed).
	 *
	 * @param string|null $settings The not-connected notice's Settings link, or null when connected.
	 * @param string|null $linker   The Linker's URL, when the user may open it.
	 */
	private function render_cluster( ?string $settings, ?string $linker ): void {
		$paths    = $this->cluster_paths();
		$detail   = $this->preload()[ $paths[0] ]['body'] ?? null;
		$keywords = $this->preload()[ $paths[1] ]['body'] ?? array();
		if ( ! is_array( $detail ) || ! isset( $detail['cluster'], $detail['keywords'], $detail['ideas'], $detail['tasks'], $detail['posts'], $detail['links'] ) ) {
			parent::render_placeholder();
			return;
		}
		$urls = array(
			'back'   => add_query_arg(
				array(
					'page' => self::SLUG,
					'tab'  => 'clusters',
				),
				admin_url( 'admin.php' )
			),
			'linker' => $linker,
		);
		if ( null !== $settings ) {
			$urls['settings'] = $settings;
		}
		Cluster_First_Page::render( $detail, is_array( $keywords ) ? $keywords : array(), $urls );
	}

	/**
	 * The preloaded responses, read once per page load.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function preload(): array {
		if ( ! $this->preloaded ) {
			$this->preloaded = array_reduce( array_merge( self::PRELOAD, $this->cluster_paths() ), 'rest_preload_api_request', array() );
		}
		return $this->preloaded;
	}

	/**
	 * The open cluster's figures and the first page of its keywords, ideas and tasks (&cluster=ID;
	 * the tables' default views in admin-ui/src/planner/cluster-detail/ClusterTables.tsx), so a
	 * linked cluster page paints without a round trip.
	 *
	 * @return string[]
	 */
	private function cluster_paths(): array {
		$cluster = $this->open_cluster();
		if ( $cluster <= 0 ) {
			return array();
		}
		$first_page = static fn ( string $route, string $orderby ): string => add_query_arg(
			array(
				'page'       => 1,
				'per_page'   => 20,
				'orderby'    => $orderby,
				'order'      => 'desc',
				'cluster_id' => $cluster,
			),
			'/igny8/v1/' . $route
		);
		return array(
			'/igny8/v1/planner/clusters/' . $cluster . '/detail',
			$first_page( 'planner/keywords', 'search_volume' ),
			$first_page( 'planner/ideas', 'created_at' ),
			$first_page( 'writer/tasks', 'created_at' ),
		);
	}

	/**
	 * The cluster whose page is open (&cluster=ID), read as the app reads it
	 * (admin-ui/src/planner/cluster-detail/url.ts), so PHP prints the page the app then shows; 0 for none.
	 *
	 * @return int
	 */
	private function open_cluster(): int {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only picks which cluster to show; the REST route checks the capability.
		$raw = isset( $_GET['cluster'] ) ? sanitize_text_field( wp_unslash( $_GET['cluster'] ) ) : '';
		return 1 === preg_match( '/^[1-9]\d{0,18}$/', $raw ) ? absint( $raw ) : 0;
	}
}
