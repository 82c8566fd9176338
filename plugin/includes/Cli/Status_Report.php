<?php
/**
 * What the site holds and what is waiting.
 *
 * @package Igny8\Cli
 */

declare( strict_types=1 );

namespace Igny8\Cli;

use Igny8\Cloud\Connection;
use Igny8\Storage\Schema;
use Igny8\Sync\Outbox;

defined( 'ABSPATH' ) || exit;

/**
 * The service behind `wp igny8 status`: connection, row counts per status, unapplied jobs and
 * the outbox backlog. No network call.
 *
 * @since 0.2.0
 */
class Status_Report {

	/**
	 * Builds the report.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public function build(): array {
		global $wpdb;
		$counts = array();
		foreach ( array(
			'keywords' => Schema::KEYWORDS,
			'clusters' => Schema::CLUSTERS,
			'ideas'    => Schema::IDEAS,
			'tasks'    => Schema::TASKS,
			'jobs'     => Schema::JOBS,
		) as $name => $suffix ) {
			$table           = Schema::table( $suffix );
			$rows            = $wpdb->get_results( $wpdb->prepare( 'SELECT status, COUNT(*) AS n FROM %i GROUP BY status', $table ), ARRAY_A );
			$counts[ $name ] = array();
			foreach ( (array) $rows as $row ) {
				$counts[ $name ][ (string) $row['status'] ] = (int) $row['n'];
			}
		}
		$jobs = Schema::table( Schema::JOBS );
		return array(
			'connection'     => ( new Connection() )->status(),
			'schema_version' => (string) get_option( Schema::VERSION_OPTION, '' ),
			'counts'         => $counts,
			'unapplied_jobs' => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE applied_at IS NULL AND status <> 'cancelled'", $jobs ) ),
			'outbox'         => ( new Outbox() )->count(),
		);
	}
}
