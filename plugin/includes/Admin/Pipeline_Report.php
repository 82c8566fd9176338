<?php
/**
 * What the pipeline holds, for the Dashboard.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

use Igny8\Storage\Jobs_Repository;
use Igny8\Storage\Schema;
use Igny8\Writer\Post_Meta;

defined( 'ABSPATH' ) || exit;

/**
 * How many items each pipeline stage holds (keywords → clusters → ideas → tasks → drafts →
 * published) and the latest jobs: printed into the Dashboard page and answered by GET
 * system/dashboard. Counts are plain COUNT(*) reads (primary key / indexed status), so 100k
 * keywords cost one index scan, not a page load.
 *
 * @since 0.6.0
 */
final class Pipeline_Report {

	/**
	 * Recent jobs listed.
	 *
	 * @since 0.3.0
	 */
	public const RECENT_JOBS = 8;

	/**
	 * Items per stage.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, int>
	 */
	public static function stages(): array {
		global $wpdb;
		$count     = static function ( string $suffix ) use ( $wpdb ): int {
			$table = Schema::table( $suffix );
			return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', $table ) );
		};
		$posts     = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT p.post_status AS status, COUNT(*) AS n FROM %i p
				INNER JOIN %i m ON m.post_id = p.ID AND m.meta_key = %s AND m.meta_value = %s
				WHERE p.post_type IN ('post', 'page') AND p.post_status IN ('draft', 'pending', 'future', 'publish')
				GROUP BY p.post_status",
				$wpdb->posts,
				$wpdb->postmeta,
				Post_Meta::MANAGED,
				'1'
			),
			ARRAY_A
		);
		$by_status = array_column( (array) $posts, 'n', 'status' );
		return array(
			'keywords'  => $count( Schema::KEYWORDS ),
			'clusters'  => $count( Schema::CLUSTERS ),
			'ideas'     => $count( Schema::IDEAS ),
			'tasks'     => $count( Schema::TASKS ),
			'drafts'    => (int) ( $by_status['draft'] ?? 0 ) + (int) ( $by_status['pending'] ?? 0 ) + (int) ( $by_status['future'] ?? 0 ),
			'published' => (int) ( $by_status['publish'] ?? 0 ),
		);
	}

	/**
	 * The latest jobs of the local mirror.
	 *
	 * @since 0.3.0
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function recent_jobs(): array {
		global $wpdb;
		$table = Schema::table( Schema::JOBS );
		$rows  = $wpdb->get_results(
			$wpdb->prepare( 'SELECT * FROM %i ORDER BY updated_at DESC LIMIT %d', $table, self::RECENT_JOBS ),
			ARRAY_A
		);
		return array_map(
			static function ( array $row ): array {
				$job = Jobs_Repository::hydrate( $row );
				return array(
					'id'              => (string) $job['job_id'],
					'function'        => (string) $job['function'],
					'status'          => (string) $job['status'],
					'progress'        => (int) $job['progress'],
					'error'           => $job['error'],
					'credits_charged' => (int) $job['credits_charged'],
					'task_id'         => $job['task_id'] ? (int) $job['task_id'] : null,
					'updated_at'      => (string) $job['updated_at'],
				);
			},
			(array) $rows
		);
	}
}
