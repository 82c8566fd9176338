<?php
/**
 * The link graph tables.
 *
 * @package Igny8\Linker
 */

declare( strict_types=1 );

namespace Igny8\Linker;

use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes links, nodes (one per published post) and terms. Writes are per batch of source
 * posts: their old rows are deleted and the new ones inserted with multi-row INSERTs. Counts and
 * orphans are Graph_Report's.
 *
 * @since 0.3.0
 */
class Graph_Repository {

	/**
	 * Rows per multi-row INSERT.
	 */
	private const INSERT_CHUNK = 500;

	/**
	 * Replaces the graph rows of these source posts.
	 *
	 * @since 0.3.0
	 *
	 * @param int[]                                                                            $post_ids Source posts (all rows of these are replaced).
	 * @param array<int, array{cluster_id:int|null, keyword:string, out_links:int}>            $nodes    post id => node, for the published ones.
	 * @param array<int, array{source_post_id:int, target_post_id:int, anchor:string, position:int}> $links Links.
	 * @param array<int, array{term:string, post_id:int, weight:int}>                          $terms    Terms.
	 */
	public function replace( array $post_ids, array $nodes, array $links, array $terms ): void {
		global $wpdb;
		if ( ! $post_ids ) {
			return;
		}
		// One transaction per batch: readers never see a post without its links, and the batch costs
		// one log flush instead of one per statement. Inside a caller's transaction (tests) it joins that one.
		$own = 0 === (int) $wpdb->get_var( 'SELECT @@in_transaction' );
		if ( $own ) {
			$wpdb->query( 'START TRANSACTION' );
		}
		$in = implode( ',', array_map( 'intval', $post_ids ) );
		// Ids are cast to int above; the table names come from constants.
		$wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE source_post_id IN ({$in})", $this->links() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
		$wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE post_id IN ({$in})", $this->nodes() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
		$wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE post_id IN ({$in})", $this->terms() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.

		$now = current_time( 'mysql', true );
		$this->insert_rows(
			$this->nodes(),
			array( 'post_id', 'cluster_id', 'keyword', 'out_links', 'indexed_at' ),
			'(%d,%s,%s,%d,%s)',
			array_map(
				static fn ( int $id, array $node ): array => array( $id, null === $node['cluster_id'] ? null : (string) $node['cluster_id'], $node['keyword'], $node['out_links'], $now ),
				array_keys( $nodes ),
				$nodes
			)
		);
		$this->insert_rows(
			$this->links(),
			array( 'source_post_id', 'target_post_id', 'anchor', 'position' ),
			'(%d,%d,%s,%d)',
			array_map( static fn ( array $l ): array => array( $l['source_post_id'], $l['target_post_id'], $l['anchor'], $l['position'] ), $links )
		);
		$this->insert_rows(
			$this->terms(),
			array( 'term', 'post_id', 'weight' ),
			'(%s,%d,%d)',
			array_map( static fn ( array $t ): array => array( $t['term'], $t['post_id'], $t['weight'] ), $terms )
		);
		if ( $own ) {
			$wpdb->query( 'COMMIT' );
		}
	}

	/**
	 * Removes a post from the graph: its node, terms and outbound links; with $inbound also the links to it.
	 *
	 * @since 0.3.0
	 *
	 * @param int  $post_id Post id.
	 * @param bool $inbound Also delete links pointing at it (the post was deleted).
	 */
	public function remove( int $post_id, bool $inbound ): void {
		$this->replace( array( $post_id ), array(), array(), array() );
		if ( $inbound ) {
			global $wpdb;
			$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE target_post_id = %d', $this->links(), $post_id ) );
		}
	}

	/**
	 * Empties the graph (start of a full rebuild).
	 *
	 * @since 0.3.0
	 */
	public function clear(): void {
		global $wpdb;
		// TRUNCATE empties a large graph at once without leaving 100k delete-marked rows for InnoDB to
		// purge, but it commits: inside an open transaction (tests, a caller's unit of work) DELETE is used.
		$in_transaction = (int) $wpdb->get_var( 'SELECT @@in_transaction' );
		foreach ( array( $this->links(), $this->nodes(), $this->terms() ) as $table ) {
			$wpdb->query( $wpdb->prepare( $in_transaction ? 'DELETE FROM %i' : 'TRUNCATE TABLE %i', $table ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery.SchemaChange -- one of two literal statements; empties the plugin's own link tables before a full rebuild.
		}
	}

	/**
	 * The node of a post, or null when it is not in the graph.
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post id.
	 * @return array{post_id:int, cluster_id:int|null, keyword:string}|null
	 */
	public function node( int $post_id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT post_id, cluster_id, keyword FROM %i WHERE post_id = %d', $this->nodes(), $post_id ), ARRAY_A );
		if ( ! is_array( $row ) ) {
			return null;
		}
		return array(
			'post_id'    => (int) $row['post_id'],
			'cluster_id' => null === $row['cluster_id'] ? null : (int) $row['cluster_id'],
			'keyword'    => (string) $row['keyword'],
		);
	}

	/**
	 * Posts this post already links to.
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Source post.
	 * @return int[]
	 */
	public function targets_of( int $post_id ): array {
		global $wpdb;
		return array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( 'SELECT DISTINCT target_post_id FROM %i WHERE source_post_id = %d', $this->links(), $post_id ) ) );
	}

	/**
	 * Published posts of a cluster (nodes), except one.
	 *
	 * @since 0.3.0
	 *
	 * @param int $cluster_id Cluster.
	 * @param int $except     Post to leave out.
	 * @param int $limit      Most rows.
	 * @return array<int, string> post id => keyword.
	 */
	public function cluster_posts( int $cluster_id, int $except, int $limit ): array {
		global $wpdb;
		$rows = (array) $wpdb->get_results( $wpdb->prepare( 'SELECT post_id, keyword FROM %i WHERE cluster_id = %d AND post_id <> %d ORDER BY post_id LIMIT %d', $this->nodes(), $cluster_id, $except, $limit ), ARRAY_A );
		$out  = array();
		foreach ( $rows as $row ) {
			$out[ (int) $row['post_id'] ] = (string) $row['keyword'];
		}
		return $out;
	}

	/**
	 * Posts sharing terms with a text, by summed term weight (one indexed IN query).
	 *
	 * @since 0.3.0
	 *
	 * @param string[] $terms  Terms of the source text.
	 * @param int      $except Post to leave out.
	 * @param int      $limit  Most rows.
	 * @return array<int, int> post id => overlap weight, best first.
	 */
	public function overlapping( array $terms, int $except, int $limit ): array {
		global $wpdb;
		if ( ! $terms ) {
			return array();
		}
		$in   = implode( ',', array_fill( 0, count( $terms ), '%s' ) );
		$rows = (array) $wpdb->get_results( $wpdb->prepare( "SELECT post_id, SUM(weight) AS w FROM %i WHERE term IN ({$in}) AND post_id <> %d GROUP BY post_id ORDER BY w DESC, post_id ASC LIMIT %d", array_merge( array( $this->terms() ), $terms, array( $except, $limit ) ) ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
		$out  = array();
		foreach ( $rows as $row ) {
			$out[ (int) $row['post_id'] ] = (int) $row['w'];
		}
		return $out;
	}

	/**
	 * Keywords of nodes.
	 *
	 * @since 0.3.0
	 *
	 * @param int[] $post_ids Posts.
	 * @return array<int, string>
	 */
	public function keywords( array $post_ids ): array {
		global $wpdb;
		if ( ! $post_ids ) {
			return array();
		}
		$in  = implode( ',', array_map( 'intval', $post_ids ) );
		$out = array();
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT post_id, keyword FROM %i WHERE post_id IN ({$in})", $this->nodes() ), ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
			$out[ (int) $row['post_id'] ] = (string) $row['keyword'];
		}
		return $out;
	}

	/**
	 * Links table name.
	 */
	public function links(): string {
		return Schema::table( Schema::LINKS );
	}

	/**
	 * Nodes table name.
	 */
	public function nodes(): string {
		return Schema::table( Schema::LINK_NODES );
	}

	/**
	 * Terms table name.
	 */
	public function terms(): string {
		return Schema::table( Schema::LINK_TERMS );
	}

	/**
	 * Multi-row INSERT in chunks.
	 *
	 * @param string                   $table   Table.
	 * @param string[]                 $columns Columns.
	 * @param string                   $tuple   Placeholder tuple, e.g. (%d,%s).
	 * @param array<int, array<mixed>> $rows    Rows.
	 */
	private function insert_rows( string $table, array $columns, string $tuple, array $rows ): void {
		global $wpdb;
		foreach ( array_chunk( $rows, self::INSERT_CHUNK ) as $chunk ) {
			// One small prepare() per row: measured faster than one prepare() with thousands of placeholders.
			$values = array();
			foreach ( $chunk as $row ) {
				$values[] = null === $row[1] && '(%d,%s,%s,%d,%s)' === $tuple
					// wpdb::prepare() would write '' for a null cluster id; a literal NULL keeps "no cluster".
					? $wpdb->prepare( '(%d,NULL,%s,%d,%s)', $row[0], $row[2], $row[3], $row[4] )
					: $wpdb->prepare( $tuple, $row ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- one row of placeholders, joined into the INSERT below.
			}
			$wpdb->query( $wpdb->prepare( 'INSERT INTO %i', $table ) . ' (' . implode( ',', $columns ) . ') VALUES ' . implode( ',', $values ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- columns are the plugin's constants; each row was prepare()d above.
		}
	}
}
