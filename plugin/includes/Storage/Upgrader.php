<?php
/**
 * Data upgrades between schema versions.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

use Igny8\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * dbDelta brings the table definitions up to date; this runs what dbDelta cannot: data changes
 * and role capabilities, each step once, in version order.
 *
 * @since 0.2.0
 */
final class Upgrader {

	/**
	 * Runs every step newer than the installed version.
	 *
	 * @since 0.2.0
	 *
	 * @param string $installed Version installed before (0 for a fresh install).
	 */
	public function run( string $installed ): void {
		foreach ( $this->steps() as $version => $step ) {
			if ( version_compare( $installed, (string) $version, '<' ) ) {
				/**
				 * Fires before one upgrade step runs; a step that throws stops the upgrade there.
				 *
				 * @since 0.1.0
				 *
				 * @param string $version The data version the step brings the tables to.
				 */
				do_action( 'igny8_upgrade_step', (string) $version );
				$step();
				// Recorded step by step, so an upgrade stopped midway resumes after the last finished step.
				update_option( Schema::VERSION_OPTION, (string) $version, true );
			}
		}
	}

	/**
	 * Upgrade steps keyed by the version that introduced them.
	 *
	 * @return array<string, callable>
	 */
	private function steps(): array {
		return array(
			'2' => static function (): void {
				// Version 1 defaulted unknown intents to informational; nothing distinguishes them, so they stay.
				// Sites that updated without reactivating get the plugin's capabilities on their roles.
				Capabilities::install();
				// cluster_volume (cluster_id, search_volume) replaces version 1's cluster_id index; dbDelta never drops one.
				global $wpdb;
				$table = Schema::table( Schema::KEYWORDS );
				if ( $wpdb->get_var( $wpdb->prepare( 'SHOW INDEX FROM %i WHERE Key_name = %s', $table, 'cluster_id' ) ) ) {
					$wpdb->query( $wpdb->prepare( 'ALTER TABLE %i DROP INDEX cluster_id', $table ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.SchemaChange -- dbDelta never drops an index; this replaces version 1's.
				}
			},
			'3' => static function (): void {
				// Schema 3 adds the link graph: index the published posts once, in batches, from WP-Cron.
				if ( ! wp_next_scheduled( Schema::LINK_GRAPH_REBUILD_HOOK ) ) {
					wp_schedule_single_event( time() + MINUTE_IN_SECONDS, Schema::LINK_GRAPH_REBUILD_HOOK, array( 0 ) );
				}
			},
			'5' => static function (): void {
				// Contributors held igny8_plan and igny8_write from the former edit_posts default.
				Capabilities::revoke_former_defaults();
				Capabilities::install();
			},
			'6' => static function (): void {
				Keyword_Rank_Indexes::install();
			},
			'8' => static function (): void {
				// The settings that shaped every article become the default strategy, so nothing changes for a current site.
				$seeded = ( new Strategies_Repository() )->seed_default();
				if ( is_wp_error( $seeded ) ) {
					throw new \RuntimeException( esc_html( $seeded->get_error_message() ) );
				}
			},
			'9' => static function (): void {
				// unclustered_rank (cluster_id, search_volume DESC, difficulty) serves every query cluster_volume
				// (cluster_id, search_volume) did; one index fewer to rewrite for each keyword a clustering assigns.
				global $wpdb;
				$table = Schema::table( Schema::KEYWORDS );
				if ( $wpdb->get_var( $wpdb->prepare( 'SHOW INDEX FROM %i WHERE Key_name = %s', $table, 'cluster_volume' ) ) ) {
					$wpdb->query( $wpdb->prepare( 'ALTER TABLE %i DROP INDEX cluster_volume', $table ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.SchemaChange -- dbDelta never drops an index.
				}
			},
		);
	}
}
