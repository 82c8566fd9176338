<?php
/**
 * Internal link suggestions for one post.
 *
 * @package Igny8\Linker
 */

declare( strict_types=1 );

namespace Igny8\Linker;

defined( 'ABSPATH' ) || exit;

/**
 * Suggests posts to link from a source post, each with an anchor found verbatim in the source's
 * linkable text (see Text_Segments): posts of the same cluster first, then posts whose target keyword
 * and title share the most words with the source. Candidates come from indexed queries on the graph
 * tables; only the source post's own content is read, never other posts' content.
 *
 * @since 0.3.0
 */
class Suggester {

	/**
	 * Candidates read from each source (cluster, keyword overlap).
	 */
	private const CANDIDATES = 150;

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
	 * Suggestions for a post.
	 *
	 * @since 0.3.0
	 *
	 * @param \WP_Post $post  Source post.
	 * @param int      $limit Most suggestions.
	 * @return array<int, array{target_post_id:int, title:string, url:string, anchor:string, reason:string, score:int}>
	 */
	public function suggest( \WP_Post $post, int $limit = 10 ): array {
		$segments = Text_Segments::linkable( (string) $post->post_content );
		if ( ! $segments ) {
			return array();
		}
		$text    = implode( "\n", $segments );
		$terms   = Terms::of( $text, 400 );
		$present = array_flip( $terms );
		$linked  = array_flip( $this->graph->targets_of( $post->ID ) );

		$cluster_id = $this->cluster_of( $post );
		$in_cluster = $cluster_id ? $this->graph->cluster_posts( $cluster_id, $post->ID, self::CANDIDATES ) : array();
		$overlap    = $this->graph->overlapping( $terms, $post->ID, self::CANDIDATES );

		// Cluster members first (best overlap among them first), then the rest by overlap.
		$ordered = array();
		foreach ( array_keys( $in_cluster ) as $id ) {
			$ordered[ $id ] = array( 'cluster', $overlap[ $id ] ?? 0 );
		}
		uasort( $ordered, static fn ( array $a, array $b ): int => $b[1] <=> $a[1] );
		foreach ( $overlap as $id => $weight ) {
			if ( ! isset( $ordered[ $id ] ) ) {
				$ordered[ $id ] = array( 'keywords', $weight );
			}
		}
		$ordered = array_diff_key( $ordered, $linked );
		if ( ! $ordered ) {
			return array();
		}

		$ids      = array_keys( $ordered );
		$keywords = $this->graph->keywords( $ids );
		$titles   = $this->titles( $ids );
		$used     = array();
		$out      = array();
		foreach ( $ordered as $id => list( $reason, $weight ) ) {
			if ( ! isset( $titles[ $id ] ) ) {
				continue;
			}
			$found = $this->anchor( $text, $present, (string) ( $keywords[ $id ] ?? '' ), $titles[ $id ], $used );
			if ( null === $found ) {
				continue;
			}
			list( $offset, $anchor )                   = $found;
			$used[ mb_strtolower( $anchor, 'UTF-8' ) ] = true;
			// The words this link takes are masked, so no later suggestion overlaps it (the applier
			// places the links in this order, and text inside a link is no longer linkable).
			$text  = substr_replace( $text, str_repeat( "\n", strlen( $anchor ) ), $offset, strlen( $anchor ) );
			$out[] = array(
				'target_post_id' => (int) $id,
				'title'          => $titles[ $id ],
				'url'            => (string) get_permalink( (int) $id ),
				'anchor'         => $anchor,
				'reason'         => $reason,
				'score'          => (int) $weight,
			);
			if ( count( $out ) >= $limit ) {
				break;
			}
		}
		return $out;
	}

	/**
	 * The source's cluster: from its node, else from its writer task.
	 *
	 * @param \WP_Post $post Post.
	 */
	private function cluster_of( \WP_Post $post ): int {
		$node = $this->graph->node( $post->ID );
		if ( $node && $node['cluster_id'] ) {
			return (int) $node['cluster_id'];
		}
		$task_id = (int) get_post_meta( $post->ID, '_igny8_task_id', true );
		$task    = $task_id ? ( new \Igny8\Storage\Tasks_Repository() )->find( $task_id ) : null;
		return $task ? (int) ( $task['cluster_id'] ?? 0 ) : 0;
	}

	/**
	 * The first phrase of the target (its keyword, its title, then the title's word runs, longest
	 * first, at least two words) that appears in the source text, as it appears there.
	 *
	 * @param string              $text    Linkable text of the source.
	 * @param array<string, int>  $present Terms of the source.
	 * @param string              $keyword Target keyword.
	 * @param string              $title   Target title.
	 * @param array<string, bool> $used    Anchors already suggested (lower case).
	 * @return array{0:int, 1:string}|null Byte offset in the text and the anchor as it appears there.
	 */
	private function anchor( string $text, array $present, string $keyword, string $title, array $used ): ?array {
		$phrases = array();
		foreach ( array( $keyword, $title ) as $phrase ) {
			if ( '' !== trim( $phrase ) ) {
				$phrases[] = trim( $phrase );
			}
		}
		$words = preg_split( '/\s+/u', trim( wp_strip_all_tags( $title ) ) );
		$words = is_array( $words ) ? array_slice( $words, 0, 12 ) : array();
		$total = count( $words );
		for ( $len = $total - 1; $len >= 2; $len-- ) {
			for ( $start = 0; $start + $len <= $total; $start++ ) {
				$phrases[] = implode( ' ', array_slice( $words, $start, $len ) );
			}
		}
		foreach ( $phrases as $phrase ) {
			$phrase = trim( $phrase, " \t\n\r\0\x0B.,:;!?\"'()" );
			if ( ! $this->might_contain( $present, $phrase ) ) {
				continue;
			}
			$found = Text_Segments::find( $text, $phrase );
			if ( null !== $found && false === strpos( $found[1], "\n" ) && ! isset( $used[ mb_strtolower( $found[1], 'UTF-8' ) ] ) ) {
				return $found;
			}
		}
		return null;
	}

	/**
	 * Cheap pre-check: every term of the phrase occurs in the source (and the phrase has at least one).
	 *
	 * @param array<string, int> $present Terms of the source.
	 * @param string             $phrase  Phrase.
	 */
	private function might_contain( array $present, string $phrase ): bool {
		$terms = Terms::of( $phrase, 20 );
		if ( ! $terms ) {
			return false;
		}
		foreach ( $terms as $term ) {
			if ( ! isset( $present[ $term ] ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Titles of posts in one query.
	 *
	 * @param int[] $ids Post ids.
	 * @return array<int, string>
	 */
	private function titles( array $ids ): array {
		global $wpdb;
		$in  = implode( ',', array_map( 'intval', $ids ) );
		$out = array();
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT ID, post_title FROM %i WHERE ID IN ({$in}) AND post_status = 'publish'", $wpdb->posts ), ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
			$out[ (int) $row['ID'] ] = (string) $row['post_title'];
		}
		return $out;
	}
}
