<?php
/**
 * The link graph counts every link of a generated site exactly.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Linker;

use Igny8\Linker\Graph_Builder;
use Igny8\Linker\Graph_Report;
use Igny8\Linker\Graph_Repository;
use Igny8\Tests\TestCase;

/**
 * 2,000 published posts whose links are known from a formula (by id, by slug, duplicated, to a
 * draft, to itself, to another site, inside a heading), indexed by the production graph builder.
 */
final class Link_Graph_Test extends TestCase {

	private const POSTS = 2000;

	/**
	 * Post ids by index 0..POSTS-1.
	 *
	 * @var int[]
	 */
	private array $ids = array();

	/**
	 * Slugs by index.
	 *
	 * @var string[]
	 */
	private array $slugs = array();

	/**
	 * A draft every tenth post links to (resolves, but only published posts count).
	 */
	private int $draft = 0;

	public function test_a_generated_site_of_2000_posts_is_counted_exactly(): void {
		$expected = $this->generate_site();

		$indexed = ( new Graph_Builder() )->rebuild_all( 300 );

		$this->assertGreaterThanOrEqual( self::POSTS, $indexed );
		$counts = ( new Graph_Report() )->counts( $this->ids );
		foreach ( $this->ids as $i => $id ) {
			$this->assertSame( $expected['out'][ $i ], $counts[ $id ]['out'], "outbound links of post #{$i}" );
			$this->assertSame( $expected['in'][ $i ], $counts[ $id ]['in'], "inbound links of post #{$i}" );
		}
		$orphans = array_values( array_intersect( ( new Graph_Report() )->orphan_ids(), $this->ids ) );
		$this->assertSame( $expected['orphans'], $orphans );
		$this->assertCount( 20, $orphans );
	}

	public function test_applying_then_reverting_suggestions_leaves_the_content_byte_identical(): void {
		global $wpdb;
		$this->generate_site();
		( new Graph_Builder() )->rebuild_all();
		$this->as_user( $this->create_user( 'editor' ) );
		$suggester = new \Igny8\Linker\Suggester();
		$applier   = new \Igny8\Linker\Link_Applier();
		$raw       = static fn ( int $id ): string => (string) $wpdb->get_var( $wpdb->prepare( "SELECT post_content FROM {$wpdb->posts} WHERE ID = %d", $id ) );

		$applied = 0;
		foreach ( array_slice( $this->ids, 0, 2000, true ) as $i => $id ) {
			if ( 0 !== $i % 40 ) {
				continue;
			}
			$before      = $raw( $id );
			$out_before  = ( new Graph_Report() )->counts( array( $id ) )[ $id ]['out'];
			$suggestions = $suggester->suggest( get_post( $id ), 3 );
			$this->assertNotEmpty( $suggestions, "post #{$i} has suggestions" );
			foreach ( $suggestions as $s ) {
				$this->assertStringContainsString( $s['anchor'], $before, 'the anchor is verbatim in the post' );
			}
			$result = $applier->apply( get_post( $id ), array_map( static fn ( array $s ): array => array( 'target_post_id' => $s['target_post_id'], 'anchor' => $s['anchor'] ), $suggestions ) );
			$this->assertIsArray( $result, is_wp_error( $result ) ? $result->get_error_message() : '' );
			$this->assertNotSame( $before, $raw( $id ) );
			$this->assertSame( $out_before + $result['applied'], ( new Graph_Report() )->counts( array( $id ) )[ $id ]['out'], 'the graph follows the save' );
			$applied += $result['applied'];

			clean_post_cache( $id );
			$reverted = $applier->revert( get_post( $id ) );
			$this->assertIsArray( $reverted, is_wp_error( $reverted ) ? $reverted->get_error_message() : '' );
			$this->assertSame( $before, $raw( $id ), "post #{$i} is byte-identical after the revert" );
			$this->assertSame( $out_before, ( new Graph_Report() )->counts( array( $id ) )[ $id ]['out'] );
		}
		$this->assertGreaterThanOrEqual( 50, $applied );
	}

	public function test_saving_a_post_keeps_the_graph_current_and_a_published_draft_gains_its_inbound_links(): void {
		$expected = $this->generate_site( 200 );
		( new Graph_Builder() )->rebuild_all();
		$graph = new Graph_Repository();
		$this->assertSame( 0, ( new Graph_Report() )->counts( array( $this->draft ) )[ $this->draft ]['in'], 'a draft is not in the graph' );

		// Post 0 now links only to post 1, twice.
		$href = get_permalink( $this->ids[1] );
		wp_update_post( array( 'ID' => $this->ids[0], 'post_content' => "<!-- wp:paragraph -->\n<p><a href=\"{$href}\">one</a> and <a href=\"/{$this->slugs[1]}/\">one again</a></p>\n<!-- /wp:paragraph -->" ) );
		$counts = ( new Graph_Report() )->counts( array( $this->ids[0], $this->ids[1] ) );
		$this->assertSame( 2, $counts[ $this->ids[0] ]['out'] );
		$this->assertSame( $expected['in'][1] + 2 - $this->links_between( $expected['links'], 0, 1 ), $counts[ $this->ids[1] ]['in'] );

		wp_update_post( array( 'ID' => $this->draft, 'post_status' => 'publish' ) );
		$this->assertSame( $expected['draft_in'] - ( $this->links_between( $expected['links'], 0, -1 ) ), ( new Graph_Report() )->counts( array( $this->draft ) )[ $this->draft ]['in'], 'published: the links already written to it count' );

		wp_update_post( array( 'ID' => $this->ids[1], 'post_status' => 'draft' ) );
		$this->assertSame( 0, ( new Graph_Report() )->counts( array( $this->ids[0] ) )[ $this->ids[0] ]['out'], 'links to an unpublished post do not count' );

		wp_delete_post( $this->ids[2], true );
		$this->assertNull( $graph->node( $this->ids[2] ) );
	}

	public function test_clusters_whose_posts_do_not_link_to_each_other_are_listed(): void {
		$tasks   = new \Igny8\Storage\Tasks_Repository();
		$linked  = ( new \Igny8\Storage\Clusters_Repository() )->insert( array( 'name' => 'Linked cluster ' . wp_generate_password( 6, false ) ) );
		$lonely  = ( new \Igny8\Storage\Clusters_Repository() )->insert( array( 'name' => 'Lonely cluster ' . wp_generate_password( 6, false ) ) );
		$post_of = function ( int $cluster, string $content ) use ( $tasks ): int {
			$task = $tasks->insert( array( 'title' => 'T', 'cluster_id' => $cluster ) );
			$id   = self::factory_post( 'Cluster post', $content );
			update_post_meta( $id, '_igny8_task_id', $task );
			return $id;
		};
		$a = $post_of( $linked, 'x' );
		$post_of( $linked, '<p><a href="/?p=' . $a . '">a</a></p>' );
		$post_of( $lonely, 'x' );
		$post_of( $lonely, '<p><a href="https://elsewhere.example/">away</a></p>' );

		( new Graph_Builder() )->rebuild_all();

		$ids = array_column( ( new Graph_Report() )->unlinked_clusters(), 'cluster_id' );
		$this->assertContains( $lonely, $ids );
		$this->assertNotContains( $linked, $ids );
	}

	/**
	 * Inserts the posts with bulk SQL (speed), then their content, and returns what the graph must say.
	 *
	 * Post i links to f(i) = (7i+3) mod n and g(i) = (13i+5) mod n by ?p=id, to i+1 by slug when i is
	 * a multiple of 3 (twice when a multiple of 30), to itself and to another site when a multiple of 5,
	 * to the draft when a multiple of 10 and, inside a heading, to i+2. Posts with i mod 100 = 99 are
	 * never linked to (a target landing on one moves to the post before it).
	 *
	 * @param int $n Posts.
	 * @return array{in:int[], out:int[], orphans:int[], links:array<int, array{0:int, 1:int}>, draft_in:int}
	 */
	private function generate_site( int $n = self::POSTS ): array {
		global $wpdb;
		$tag  = 'g' . wp_generate_password( 6, false, false );
		$now  = current_time( 'mysql', true );
		$rows = array();
		for ( $i = 0; $i < $n; $i++ ) {
			$rows[] = $wpdb->prepare( '(1, %s, %s, %s, %s, \'\', \'\', \'\', \'\', \'\', \'publish\', \'post\', %s, %s)', $now, $now, "Graph post {$i} {$tag}", strtolower( "{$tag}-post-{$i}" ), $now, $now );
		}
		foreach ( array_chunk( $rows, 500 ) as $chunk ) {
			$wpdb->query( "INSERT INTO {$wpdb->posts} (post_author, post_date, post_date_gmt, post_title, post_name, post_content, post_content_filtered, post_excerpt, to_ping, pinged, post_status, post_type, post_modified, post_modified_gmt) VALUES " . implode( ',', $chunk ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		}
		$map = $wpdb->get_results( $wpdb->prepare( "SELECT ID, post_name FROM {$wpdb->posts} WHERE post_name LIKE %s", $wpdb->esc_like( strtolower( $tag ) . '-post-' ) . '%' ), ARRAY_A );
		foreach ( $map as $row ) {
			$i                 = (int) substr( $row['post_name'], strlen( $tag ) + 6 );
			$this->ids[ $i ]   = (int) $row['ID'];
			$this->slugs[ $i ] = (string) $row['post_name'];
		}
		ksort( $this->ids );
		$this->assertCount( $n, $this->ids );
		$this->draft = self::factory_post( 'Draft target', 'draft', 'draft' );

		$fix      = static fn ( int $t ): int => 99 === $t % 100 ? $t - 1 : $t;
		$in       = array_fill( 0, $n, 0 );
		$out      = array_fill( 0, $n, 0 );
		$links    = array();
		$draft_in = 0;
		for ( $i = 0; $i < $n; $i++ ) {
			$targets = array( $fix( ( 7 * $i + 3 ) % $n ), $fix( ( 13 * $i + 5 ) % $n ) );
			$k       = ( $i + 500 ) % $n;
			$html    = "<!-- wp:paragraph {\"className\":\"intro\"} -->\r\n<p class=\"intro\">Post {$i} about topic &amp; things, “quoted” ünïcödé. Also read graph post {$k} for <em>more</em>.  </p>\n<!-- /wp:paragraph -->\n";
			foreach ( $targets as $t ) {
				$html .= "<!-- wp:paragraph -->\n<p>See <a href=\"/?p={$this->ids[ $t ]}\">post {$t}</a>.</p>\n<!-- /wp:paragraph -->\n";
			}
			if ( 0 === $i % 3 ) {
				$t         = $fix( ( $i + 1 ) % $n );
				$targets[] = $t;
				$html     .= "<p>Next: <a class=\"x\" href='/{$this->slugs[ $t ]}/'>next <strong>one</strong></a></p>";
				if ( 0 === $i % 30 ) {
					$targets[] = $t;
					$html     .= '<p><a href="' . esc_url( home_url( '/' . $this->slugs[ $t ] . '/' ) ) . '">again</a></p>';
				}
			}
			if ( 0 === $i % 5 ) {
				$html .= "<p><a href=\"/?p={$this->ids[ $i ]}\">myself</a> <a href=\"https://other.example/?p={$this->ids[ ( $i + 4 ) % $n ]}\">elsewhere</a> <a href=\"#top\">top</a> <a href=\"mailto:a@b.c\">mail</a></p>";
			}
			if ( 0 === $i % 10 ) {
				$html .= "<p><a href=\"/?p={$this->draft}\">a draft</a></p>";
				++$draft_in;
				$links[] = array( $i, -1 );
			}
			$t         = $fix( ( $i + 2 ) % $n );
			$targets[] = $t;
			$html     .= "<!-- wp:heading -->\n<h2><a href=\"/?p={$this->ids[ $t ]}\">heading link</a></h2>\n<!-- /wp:heading -->";
			foreach ( $targets as $t ) {
				if ( $t === $i ) {
					continue; // A formula target can be the post itself: self-links do not count.
				}
				++$out[ $i ];
				++$in[ $t ];
				$links[] = array( $i, $t );
			}
			$wpdb->update( $wpdb->posts, array( 'post_content' => $html ), array( 'ID' => $this->ids[ $i ] ) );
		}
		$orphans = array();
		for ( $i = 0; $i < $n; $i++ ) {
			if ( 0 === $in[ $i ] ) {
				$orphans[] = $this->ids[ $i ];
			}
		}
		clean_post_cache( $this->ids[0] );
		return compact( 'in', 'out', 'orphans', 'links', 'draft_in' );
	}

	/**
	 * Links from index a to index b (-1: the draft) in the generated list.
	 *
	 * @param array<int, array{0:int, 1:int}> $links Links.
	 */
	private function links_between( array $links, int $a, int $b ): int {
		return count( array_filter( $links, static fn ( array $l ): bool => $l[0] === $a && $l[1] === $b ) );
	}

	/**
	 * Creates a post through the API.
	 */
	private static function factory_post( string $title, string $content, string $status = 'publish' ): int {
		return (int) wp_insert_post(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => $status,
				'post_type'    => 'post',
			)
		);
	}
}
