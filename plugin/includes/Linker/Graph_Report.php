<?php
/**
 * Reports over the link graph.
 *
 * @package Igny8\Linker
 */

declare( strict_types=1 );

namespace Igny8\Linker;

defined( 'ABSPATH' ) || exit;

/**
 * Counts, orphans and clusters without links, for the Linker screen and the tests. Every count joins
 * links on the nodes of both ends, so only links between published posts count.
 *
 * @since 0.3.0
 */
class Graph_Report {

	/**
	 * Graph tables.
	 *
	 * @var Graph_Repository
	 */
	private Graph_Repository $graph;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param Graph_Repository|null $graph Graph tables.
	 */
	public function __construct( ?Graph_Repository $graph = null ) {
		$this->graph = $graph ?? new Graph_Repository();
	}

	/**
	 * Inbound and outbound link counts of posts (links between published posts only).
	 *
	 * @since 0.3.0
	 *
	 * @param int[] $post_ids Post ids.
	 * @return array<int, array{in:int, out:int}>
	 */
	public function counts( array $post_ids ): array {
		global $wpdb;
		$counts = array();
		foreach ( $post_ids as $id ) {
			$counts[ (int) $id ] = array(
				'in'  => 0,
				'out' => 0,
			);
		}
		if ( ! $counts ) {
			return $counts;
		}
		$in = implode( ',', array_keys( $counts ) );
		$n  = $this->nodes();
		// Ids are ints (array keys above).
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT l.source_post_id AS id, COUNT(*) AS c FROM %i l JOIN %i t ON t.post_id = l.target_post_id JOIN %i s ON s.post_id = l.source_post_id WHERE l.source_post_id IN ({$in}) GROUP BY l.source_post_id", $this->links(), $n, $n ), ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
			$counts[ (int) $row['id'] ]['out'] = (int) $row['c'];
		}
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT l.target_post_id AS id, COUNT(*) AS c FROM %i l JOIN %i s ON s.post_id = l.source_post_id JOIN %i t ON t.post_id = l.target_post_id WHERE l.target_post_id IN ({$in}) GROUP BY l.target_post_id", $this->links(), $n, $n ), ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
			$counts[ (int) $row['id'] ]['in'] = (int) $row['c'];
		}
		return $counts;
	}

	/**
	 * Published posts in the graph with their counts, a page at a time.
	 *
	 * @since 0.3.0
	 *
	 * @param array{orphans?:bool, orderby?:string, order?:string, page?:int, per_page?:int} $args Query.
	 * @return array{items: array<int, array<string, mixed>>, total:int}
	 */
	public function posts( array $args ): array {
		global $wpdb;
		$per_page = max( 1, min( 100, (int) ( $args['per_page'] ?? 20 ) ) );
		$offset   = ( max( 1, (int) ( $args['page'] ?? 1 ) ) - 1 ) * $per_page;
		$order    = 'asc' === ( $args['order'] ?? 'desc' ) ? 'ASC' : 'DESC';
		$orderby  = array(
			'in'      => 'in_links',
			'out'     => 'out_links',
			'post_id' => 'n.post_id',
		)[ $args['orderby'] ?? 'post_id' ] ?? 'n.post_id';
		$n        = $this->nodes();
		$inbound  = "(SELECT COUNT(*) FROM {$this->links()} l JOIN {$n} s ON s.post_id = l.source_post_id WHERE l.target_post_id = n.post_id)";
		$outbound = "(SELECT COUNT(*) FROM {$this->links()} l JOIN {$n} t ON t.post_id = l.target_post_id WHERE l.source_post_id = n.post_id)";
		$where    = empty( $args['orphans'] ) ? '' : "WHERE NOT EXISTS (SELECT 1 FROM {$this->links()} l JOIN {$n} s ON s.post_id = l.source_post_id WHERE l.target_post_id = n.post_id AND l.source_post_id <> n.post_id)";
		// $orderby and $order come from the allow-lists above.
		$items = (array) $wpdb->get_results( $wpdb->prepare( "SELECT n.post_id, n.cluster_id, n.keyword, {$inbound} AS in_links, {$outbound} AS out_links FROM {$n} n {$where} ORDER BY {$orderby} {$order}, n.post_id ASC LIMIT %d OFFSET %d", $per_page, $offset ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema; the WHERE fragment is built by prepare() or from the plugin's own constants.
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$n} n {$where}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema; the WHERE fragment is built by prepare() or from the plugin's own constants.
		return array(
			'items' => array_map(
				static fn ( array $row ): array => array(
					'post_id'    => (int) $row['post_id'],
					'cluster_id' => null === $row['cluster_id'] ? null : (int) $row['cluster_id'],
					'keyword'    => (string) $row['keyword'],
					'in'         => (int) $row['in_links'],
					'out'        => (int) $row['out_links'],
				),
				$items
			),
			'total' => $total,
		);
	}

	/**
	 * Ids of published posts no other published post links to.
	 *
	 * @since 0.3.0
	 *
	 * @return int[]
	 */
	public function orphan_ids(): array {
		global $wpdb;
		$n = $this->nodes();
		return array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( 'SELECT n.post_id FROM %i n WHERE NOT EXISTS (SELECT 1 FROM %i l JOIN %i s ON s.post_id = l.source_post_id WHERE l.target_post_id = n.post_id AND l.source_post_id <> n.post_id) ORDER BY n.post_id', $n, $this->links(), $n ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema; every fragment is built from constants, never from input.
	}

	/**
	 * Clusters with at least two published posts and no link between two of them.
	 *
	 * @since 0.3.0
	 *
	 * @return array<int, array{cluster_id:int, posts:int}>
	 */
	public function unlinked_clusters(): array {
		global $wpdb;
		$n    = $this->nodes();
		$rows = (array) $wpdb->get_results( $wpdb->prepare( 'SELECT c.cluster_id, COUNT(*) AS posts FROM %i c WHERE c.cluster_id IS NOT NULL GROUP BY c.cluster_id HAVING COUNT(*) > 1 AND NOT EXISTS (SELECT 1 FROM %i l JOIN %i s ON s.post_id = l.source_post_id JOIN %i t ON t.post_id = l.target_post_id WHERE s.cluster_id = c.cluster_id AND t.cluster_id = c.cluster_id AND l.source_post_id <> l.target_post_id) ORDER BY c.cluster_id', $n, $this->links(), $n, $n ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema; every fragment is built from constants, never from input.
		return array_map(
			static fn ( array $r ): array => array(
				'cluster_id' => (int) $r['cluster_id'],
				'posts'      => (int) $r['posts'],
			),
			$rows
		);
	}

	/**
	 * Totals for the Linker screen.
	 *
	 * @since 0.3.0
	 *
	 * @return array{posts:int, links:int}
	 */
	public function totals(): array {
		global $wpdb;
		$n = $this->nodes();
		return array(
			'posts' => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', $n ) ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema; every fragment is built from constants, never from input.
			'links' => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i l JOIN %i s ON s.post_id = l.source_post_id JOIN %i t ON t.post_id = l.target_post_id', $this->links(), $n, $n ) ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema; every fragment is built from constants, never from input.
		);
	}

	/**
	 * Links table name.
	 */
	private function links(): string {
		return $this->graph->links();
	}

	/**
	 * Nodes table name.
	 */
	private function nodes(): string {
		return $this->graph->nodes();
	}
}
