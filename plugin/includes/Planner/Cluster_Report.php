<?php
/**
 * One cluster's figures for its detail page.
 *
 * @package Igny8\Planner
 */

declare( strict_types=1 );

namespace Igny8\Planner;

use Igny8\Linker\Graph_Repository;
use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Aggregates over one cluster: keyword totals, ideas and tasks by status, the posts written for it
 * (its tasks' assigned posts) and the internal links between its published posts (the Linker's
 * graph, whose nodes carry the cluster of their task). Every query is bounded by the cluster_id
 * indexes, so a cluster of thousands of keywords costs the same few grouped queries.
 *
 * @since 0.4.0
 */
final class Cluster_Report {

	/**
	 * Keyword count, total volume and the difficulty range and average.
	 *
	 * @since 0.4.0
	 *
	 * @param int $cluster Cluster id.
	 * @return array{count:int, volume:int, difficulty_avg:?int, difficulty_min:?int, difficulty_max:?int}
	 */
	public function keywords( int $cluster ): array {
		global $wpdb;
		$row = (array) $wpdb->get_row( $wpdb->prepare( 'SELECT COUNT(*) AS n, COALESCE(SUM(search_volume),0) AS v, AVG(difficulty) AS d, MIN(difficulty) AS lo, MAX(difficulty) AS hi FROM %i WHERE cluster_id = %d', Schema::table( Schema::KEYWORDS ), $cluster ), ARRAY_A );
		$int = static fn ( $value ): ?int => null === $value ? null : (int) round( (float) $value );
		return array(
			'count'          => (int) ( $row['n'] ?? 0 ),
			'volume'         => (int) ( $row['v'] ?? 0 ),
			'difficulty_avg' => $int( $row['d'] ?? null ),
			'difficulty_min' => $int( $row['lo'] ?? null ),
			'difficulty_max' => $int( $row['hi'] ?? null ),
		);
	}

	/**
	 * Rows of a planner table (ideas or tasks) of the cluster, counted by status.
	 *
	 * @since 0.4.0
	 *
	 * @param string $suffix  Schema::IDEAS or Schema::TASKS.
	 * @param int    $cluster Cluster id.
	 * @return array{total:int, by_status: array<string, int>}
	 */
	public function by_status( string $suffix, int $cluster ): array {
		global $wpdb;
		$counts = array();
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( 'SELECT status, COUNT(*) AS n FROM %i WHERE cluster_id = %d GROUP BY status', Schema::table( $suffix ), $cluster ), ARRAY_A ) as $row ) {
			$counts[ (string) $row['status'] ] = (int) $row['n'];
		}
		return array(
			'total'     => array_sum( $counts ),
			'by_status' => $counts,
		);
	}

	/**
	 * Internal-link coverage between the cluster's published posts.
	 *
	 * @since 0.4.0
	 *
	 * @param int $cluster Cluster id.
	 * @return array{published:int, links:int, linked:int, possible:int}
	 */
	public function links( int $cluster ): array {
		global $wpdb;
		$graph     = new Graph_Repository();
		$published = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE cluster_id = %d', $graph->nodes(), $cluster ) );
		$row       = (array) $wpdb->get_row( $wpdb->prepare( 'SELECT COUNT(DISTINCT l.source_post_id, l.target_post_id) AS pairs, COUNT(DISTINCT l.target_post_id) AS linked FROM %i l JOIN %i s ON s.post_id = l.source_post_id JOIN %i t ON t.post_id = l.target_post_id WHERE s.cluster_id = %d AND t.cluster_id = %d AND l.source_post_id <> l.target_post_id', $graph->links(), $graph->nodes(), $graph->nodes(), $cluster, $cluster ), ARRAY_A );
		return array(
			'published' => $published,
			'links'     => (int) ( $row['pairs'] ?? 0 ),
			'linked'    => (int) ( $row['linked'] ?? 0 ),
			'possible'  => $published * max( 0, $published - 1 ),
		);
	}

	/**
	 * Posts written for the cluster (not trashed), newest first, with their links to and from the
	 * cluster's other published posts.
	 *
	 * @since 0.4.0
	 *
	 * @param int $cluster  Cluster id.
	 * @param int $page     Page, from 1.
	 * @param int $per_page Posts per page.
	 * @return array{items: array<int, array<string, mixed>>, total:int}
	 */
	public function posts( int $cluster, int $page, int $per_page ): array {
		global $wpdb;
		$tasks = Schema::table( Schema::TASKS );
		$total = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(DISTINCT p.ID) FROM %i t JOIN %i p ON p.ID = t.assigned_post_id WHERE t.cluster_id = %d AND p.post_status <> 'trash'", $tasks, $wpdb->posts, $cluster ) );
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT p.ID AS post_id, MIN(t.id) AS task_id FROM %i t JOIN %i p ON p.ID = t.assigned_post_id WHERE t.cluster_id = %d AND p.post_status <> 'trash' GROUP BY p.ID ORDER BY p.ID DESC LIMIT %d OFFSET %d", $tasks, $wpdb->posts, $cluster, $per_page, ( $page - 1 ) * $per_page ), ARRAY_A );
		$ids   = array_map( static fn ( array $row ): int => (int) $row['post_id'], $rows );
		$links = $this->post_links( $cluster, $ids );
		$items = array();
		foreach ( $rows as $row ) {
			$id      = (int) $row['post_id'];
			$post    = get_post( $id );
			$items[] = array(
				'id'        => $id,
				'task_id'   => (int) $row['task_id'],
				'title'     => $post ? $post->post_title : '',
				'status'    => $post ? $post->post_status : '',
				'published' => isset( $links['nodes'][ $id ] ),
				'links_in'  => $links['in'][ $id ] ?? 0,
				'links_out' => $links['out'][ $id ] ?? 0,
				'edit_url'  => current_user_can( 'edit_post', $id ) ? (string) get_edit_post_link( $id, 'raw' ) : null,
				'view_url'  => (string) get_permalink( $id ),
			);
		}
		return array(
			'items' => $items,
			'total' => $total,
		);
	}

	/**
	 * For a page of posts: which are published graph nodes of the cluster, and how many of the
	 * cluster's other published posts each links to (out) and is linked from (in).
	 *
	 * @param int   $cluster Cluster id.
	 * @param int[] $ids     Post ids.
	 * @return array{nodes: array<int, true>, in: array<int, int>, out: array<int, int>}
	 */
	private function post_links( int $cluster, array $ids ): array {
		global $wpdb;
		$result = array(
			'nodes' => array(),
			'in'    => array(),
			'out'   => array(),
		);
		if ( ! $ids ) {
			return $result;
		}
		$graph = new Graph_Repository();
		$in    = implode( ',', array_map( 'intval', $ids ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the IN list holds only intval() ids.
		foreach ( (array) $wpdb->get_col( $wpdb->prepare( "SELECT post_id FROM %i WHERE cluster_id = %d AND post_id IN ({$in})", $graph->nodes(), $cluster ) ) as $id ) {
			$result['nodes'][ (int) $id ] = true;
		}
		$ends = array(
			'out' => array( 'l.source_post_id', 'l.target_post_id' ),
			'in'  => array( 'l.target_post_id', 'l.source_post_id' ),
		);
		foreach ( $ends as $key => list( $mine, $other ) ) {
			// $mine and $other are the two column names above; the IN list holds only intval() ids.
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$rows = (array) $wpdb->get_results( $wpdb->prepare( "SELECT {$mine} AS id, COUNT(DISTINCT {$other}) AS n FROM %i l JOIN %i o ON o.post_id = {$other} AND o.cluster_id = %d JOIN %i m ON m.post_id = {$mine} AND m.cluster_id = %d WHERE {$mine} IN ({$in}) AND l.source_post_id <> l.target_post_id GROUP BY {$mine}", $graph->links(), $graph->nodes(), $cluster, $graph->nodes(), $cluster ), ARRAY_A );
			foreach ( $rows as $row ) {
				$result[ $key ][ (int) $row['id'] ] = (int) $row['n'];
			}
		}
		return $result;
	}
}
