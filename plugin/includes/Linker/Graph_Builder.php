<?php
/**
 * Builds the link graph from post content.
 *
 * @package Igny8\Linker
 */

declare( strict_types=1 );

namespace Igny8\Linker;

use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Reads published posts in batches (id order), parses their internal links, resolves them and
 * writes links, nodes and terms. The same code indexes one post on save and rebuilds the whole
 * graph on demand, so the two never disagree.
 *
 * A link counts when its href resolves to another post of the linked types (self-links do not count);
 * each occurrence counts, so two links from A to B are two outbound links of A.
 *
 * @since 0.3.0
 */
class Graph_Builder {

	/**
	 * Option holding the progress of a full rebuild: {cursor, processed, started_at, finished_at}.
	 *
	 * @since 0.3.0
	 */
	public const REBUILD_OPTION = 'igny8_linker_rebuild';

	/**
	 * Default posts per rebuild batch.
	 *
	 * @since 0.3.0
	 */
	public const BATCH = 500;

	/**
	 * Graph tables.
	 *
	 * @var Graph_Repository
	 */
	private Graph_Repository $graph;

	/**
	 * Link parser.
	 *
	 * @var Link_Parser
	 */
	private Link_Parser $parser;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param Graph_Repository|null $graph  Graph tables.
	 * @param Link_Parser|null      $parser Link parser.
	 */
	public function __construct( ?Graph_Repository $graph = null, ?Link_Parser $parser = null ) {
		$this->graph  = $graph ?? new Graph_Repository();
		$this->parser = $parser ?? new Link_Parser();
	}

	/**
	 * Post types whose published posts form the graph.
	 *
	 * @since 0.3.0
	 *
	 * @return string[]
	 */
	public static function post_types(): array {
		/**
		 * Filters the post types the Linker reads and suggests.
		 *
		 * @since 0.3.0
		 *
		 * @param string[] $types Post types.
		 */
		$types = (array) apply_filters( 'igny8_linker_post_types', array( 'post', 'page' ) );
		return array_values( array_filter( array_map( 'strval', $types ) ) );
	}

	/**
	 * Indexes (or removes) one post after it was saved.
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post id.
	 */
	public function index_post( int $post_id ): void {
		$post = get_post( $post_id );
		if ( ! $post || ! in_array( $post->post_type, self::post_types(), true ) || 'publish' !== $post->post_status ) {
			$this->graph->remove( $post_id, false );
			return;
		}
		$this->index_rows(
			array(
				array(
					'ID'           => $post->ID,
					'post_title'   => $post->post_title,
					'post_content' => $post->post_content,
				),
			)
		);
	}

	/**
	 * Indexes the next batch of a full rebuild. Cursor 0 starts over (the graph is emptied first).
	 *
	 * @since 0.3.0
	 *
	 * @param int $cursor Last post id of the previous batch (0 to start).
	 * @param int $limit  Posts in this batch.
	 * @return array{cursor:int, processed:int, batch:int, done:bool}
	 */
	public function rebuild_batch( int $cursor, int $limit = self::BATCH ): array {
		global $wpdb;
		$state = (array) get_option( self::REBUILD_OPTION, array() );
		if ( 0 === $cursor ) {
			$this->graph->clear();
			$state = array(
				'processed'   => 0,
				'started_at'  => current_time( 'mysql', true ),
				'finished_at' => null,
			);
		}
		$types = self::post_types();
		$in    = implode( ',', array_fill( 0, count( $types ), '%s' ) );
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT ID, post_title, post_content FROM %i WHERE ID > %d AND post_status = 'publish' AND post_type IN ({$in}) ORDER BY ID ASC LIMIT %d", array_merge( array( $wpdb->posts, $cursor ), $types, array( $limit ) ) ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
		$this->index_rows( $rows );

		$done                 = count( $rows ) < $limit;
		$next                 = $rows ? (int) end( $rows )['ID'] : $cursor;
		$state['cursor']      = $next;
		$state['processed']   = (int) ( $state['processed'] ?? 0 ) + count( $rows );
		$state['finished_at'] = $done ? current_time( 'mysql', true ) : null;
		update_option( self::REBUILD_OPTION, $state, false );

		return array(
			'cursor'    => $next,
			'processed' => (int) $state['processed'],
			'batch'     => count( $rows ),
			'done'      => $done,
		);
	}

	/**
	 * Rebuilds the whole graph in one call (WP-CLI, tests, benchmarks).
	 *
	 * @since 0.3.0
	 *
	 * @param int $batch Posts per batch.
	 * @return int Posts indexed.
	 */
	public function rebuild_all( int $batch = self::BATCH ): int {
		$cursor = 0;
		do {
			$step   = $this->rebuild_batch( $cursor, $batch );
			$cursor = $step['cursor'];
		} while ( ! $step['done'] );
		return $step['processed'];
	}

	/**
	 * Parses, resolves and writes a batch of published posts.
	 *
	 * @param array<int, array<string, mixed>> $rows Posts: ID, post_title, post_content.
	 */
	private function index_rows( array $rows ): void {
		if ( ! $rows ) {
			return;
		}
		$ids    = array_map( static fn ( array $r ): int => (int) $r['ID'], $rows );
		$parsed = array();
		$hrefs  = array();
		foreach ( $rows as $row ) {
			$links                      = $this->parser->internal_links( (string) $row['post_content'] );
			$parsed[ (int) $row['ID'] ] = $links;
			foreach ( $links as $link ) {
				$hrefs[] = $link['href'];
			}
		}
		$resolved = $hrefs ? ( new Link_Resolver( self::post_types() ) )->resolve( $hrefs ) : array();
		$keywords = $this->meta( $ids, '_igny8_target_keyword' );
		$clusters = $this->clusters( $ids );

		$nodes = array();
		$links = array();
		$terms = array();
		foreach ( $rows as $row ) {
			$id       = (int) $row['ID'];
			$position = 0;
			foreach ( $parsed[ $id ] as $link ) {
				$target = $resolved[ $link['href'] ] ?? 0;
				if ( $target > 0 && $target !== $id ) {
					$links[] = array(
						'source_post_id' => $id,
						'target_post_id' => $target,
						'anchor'         => $link['anchor'],
						'position'       => min( 65535, $position++ ),
					);
				}
			}
			$keyword      = mb_substr( trim( (string) ( $keywords[ $id ] ?? '' ) ), 0, 191 );
			$nodes[ $id ] = array(
				'cluster_id' => $clusters[ $id ] ?? null,
				'keyword'    => $keyword,
				'out_links'  => $position,
			);
			// Keyword words weigh twice what title words do.
			$weights = array();
			foreach ( Terms::of( (string) $row['post_title'], 30 ) as $term ) {
				$weights[ $term ] = 1;
			}
			foreach ( Terms::of( $keyword, 20 ) as $term ) {
				$weights[ $term ] = 2;
			}
			foreach ( $weights as $term => $weight ) {
				$terms[] = array(
					'term'    => (string) $term,
					'post_id' => $id,
					'weight'  => $weight,
				);
			}
		}
		$this->graph->replace( $ids, $nodes, $links, $terms );
	}

	/**
	 * One meta value per post, in one query.
	 *
	 * @param int[]  $ids Post ids.
	 * @param string $key Meta key.
	 * @return array<int, string>
	 */
	private function meta( array $ids, string $key ): array {
		global $wpdb;
		$in  = implode( ',', array_map( 'intval', $ids ) );
		$out = array();
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT post_id, meta_value FROM %i WHERE meta_key = %s AND post_id IN ({$in})", $wpdb->postmeta, $key ), ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
			$out[ (int) $row['post_id'] ] = (string) $row['meta_value'];
		}
		return $out;
	}

	/**
	 * The cluster of each post: its writer task's (_igny8_task_id → tasks.cluster_id).
	 *
	 * @param int[] $ids Post ids.
	 * @return array<int, int>
	 */
	private function clusters( array $ids ): array {
		global $wpdb;
		$tasks = array_filter( array_map( 'intval', $this->meta( $ids, '_igny8_task_id' ) ) );
		if ( ! $tasks ) {
			return array();
		}
		$table = Schema::table( Schema::TASKS );
		$in    = implode( ',', array_unique( $tasks ) );
		$map   = array();
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT id, cluster_id FROM %i WHERE id IN ({$in}) AND cluster_id IS NOT NULL", $table ), ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
			$map[ (int) $row['id'] ] = (int) $row['cluster_id'];
		}
		$out = array();
		foreach ( $tasks as $post_id => $task_id ) {
			if ( isset( $map[ $task_id ] ) ) {
				$out[ (int) $post_id ] = $map[ $task_id ];
			}
		}
		return $out;
	}
}
