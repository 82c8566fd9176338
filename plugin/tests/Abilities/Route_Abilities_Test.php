<?php
/**
 * Tests for the abilities backed by the plugin's routes: import, score, links, and their schemas.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Abilities;

use Igny8\Abilities\Route_Abilities;
use Igny8\Linker\Graph_Builder;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;
use WP_REST_Response;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Run through core's abilities REST API on 7.1, which checks every answer against the ability's
 * output schema: a route whose answer drifted from its schema fails here (ability_invalid_output).
 */
final class Route_Abilities_Test extends TestCase {

	use Cloud_Fixtures;

	/**
	 * Runs an ability the way core's REST API does (GET for read-only ones).
	 *
	 * @param string               $name  Ability name within the category.
	 * @param array<string, mixed> $input Input.
	 */
	private function run_ability( string $name, array $input = array() ): WP_REST_Response {
		$method = wp_get_ability( 'igny8/' . $name )->get_meta()['annotations']['readonly'] ? 'GET' : 'POST';
		return $this->rest( $method, "/wp-abilities/v1/abilities/igny8/{$name}/run", array( 'input' => $input ) );
	}

	/**
	 * A published post with a target keyword in a cluster.
	 */
	private function post( string $title, string $content, string $keyword, int $cluster, int $author ): int {
		$id = (int) wp_insert_post(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => 'publish',
				'post_author'  => $author,
			)
		);
		update_post_meta( $id, '_igny8_target_keyword', $keyword );
		update_post_meta( $id, '_igny8_task_id', ( new Tasks_Repository() )->insert( array( 'title' => $title, 'cluster_id' => $cluster ) ) );
		return $id;
	}

	public function test_every_route_ability_declares_an_object_output_with_required_fields(): void {
		foreach ( Route_Abilities::all() as $name => $ability ) {
			$this->assertSame( 'object', $ability['output']['type'], $name );
			foreach ( $ability['output']['oneOf'] ?? array( $ability['output'] ) as $shape ) {
				$this->assertNotEmpty( $shape['required'] ?? array(), "{$name} names the fields an agent may rely on" );
			}
			$this->assertTrue( isset( $ability['run'] ) || isset( $ability['route'] ), $name );
		}
		foreach ( array( 'import-keywords', 'score-post', 'suggest-links', 'apply-links' ) as $name ) {
			$this->assertArrayHasKey( $name, Route_Abilities::all() );
		}
	}

	public function test_keywords_are_imported_from_rows_and_from_a_file_whose_columns_are_mapped_on_a_second_call(): void {
		if ( ! function_exists( 'wp_get_ability' ) ) {
			$this->assertFalse( function_exists( 'wp_register_ability' ) );
			return;
		}
		// The import commits its own batches, as on a live site.
		$this->run_outside_transaction();
		$this->as_user( $this->create_user( 'administrator' ) );
		$token = strtolower( wp_generate_password( 6, false ) );
		$rows  = $this->run_ability(
			'import-keywords',
			array(
				'keywords' => array(
					array(
						'keyword'       => "rain jacket {$token}",
						'search_volume' => 900,
						'difficulty'    => 20,
					),
					array( 'keyword' => "rain jacket {$token}" ),
					array( 'keyword' => "rain boots {$token}" ),
				),
			)
		);
		$this->assertSame( 200, $rows->get_status(), (string) wp_json_encode( $rows->get_data() ) );
		$this->assertSame( 2, $rows->get_data()['created'] );
		$this->assertSame( 1, $rows->get_data()['skipped'], 'the repeated keyword is skipped' );

		$both = $this->run_ability(
			'import-keywords',
			array(
				'keywords' => array( array( 'keyword' => 'x' ) ),
				'content'  => "keyword\nx\n",
			)
		);
		$this->assertSame( 'igny8_import_one_source', $both->get_data()['code'] );
		$this->assertSame( 400, $both->get_status() );

		// Columns the importer cannot name: the first call shows them, the second maps them.
		$file  = $this->run_ability(
			'import-keywords',
			array(
				'file_name' => 'export.csv',
				'content'   => "Phrase;Monthly searches\nwool socks {$token};1200\nhiking socks {$token};300\n",
			)
		);
		$this->assertSame( 200, $file->get_status(), (string) wp_json_encode( $file->get_data() ) );
		$import = $file->get_data()['import'];
		$this->assertSame( 'needs_mapping', $import['status'] );
		$this->assertSame( 0, $import['imported'] );
		$mapped = $this->run_ability(
			'import-keywords',
			array(
				'import_id' => $import['id'],
				'mapping'   => array(
					'keyword'       => 0,
					'search_volume' => 1,
				),
			)
		);
		$this->assertSame( 200, $mapped->get_status(), (string) wp_json_encode( $mapped->get_data() ) );
		$this->assertSame( 'completed', $mapped->get_data()['import']['status'] );
		$this->assertSame( 2, $mapped->get_data()['import']['imported'] );
		$found = ( new Keywords_Repository() )->query( array( 'search' => "wool socks {$token}" ) );
		$this->assertSame( 1200, (int) $found['items'][0]['search_volume'] );

		$this->as_user( $this->create_user( 'subscriber' ) );
		$this->assertContains( $this->run_ability( 'import-keywords', array( 'keywords' => array( array( 'keyword' => "denied {$token}" ) ) ) )->get_status(), array( 401, 403 ) );
	}

	public function test_an_agent_scores_a_post_and_places_suggested_links_only_where_its_user_may_edit(): void {
		if ( ! function_exists( 'wp_get_ability' ) ) {
			$this->assertFalse( function_exists( 'wp_register_ability' ) );
			return;
		}
		$this->connect_test_cloud();
		$author  = $this->create_user( 'author' );
		$editor  = $this->create_user( 'editor' );
		$cluster = ( new Clusters_Repository() )->insert( array( 'name' => 'Compost ' . wp_generate_password( 6, false ) ) );
		$bins    = $this->post( 'Choosing compost bins', 'x', 'compost bins', $cluster, $editor );
		$source  = $this->post(
			'Composting at home',
			"<!-- wp:paragraph -->\n<p>Most people start with compost bins and turn the heap weekly.</p>\n<!-- /wp:paragraph -->",
			'home composting',
			$cluster,
			$editor
		);
		( new Graph_Builder() )->rebuild_all();

		$this->as_user( $editor );
		$score = $this->run_ability( 'score-post', array( 'post_id' => $source ) );
		$this->assertSame( 200, $score->get_status(), (string) wp_json_encode( $score->get_data() ) );
		$this->assertSame( $source, $score->get_data()['post_id'] );
		$this->assertIsInt( $score->get_data()['score'] );
		$this->assertNotEmpty( $score->get_data()['checks'] );

		$suggested = $this->run_ability( 'suggest-links', array( 'post_id' => $source ) );
		$this->assertSame( 200, $suggested->get_status(), (string) wp_json_encode( $suggested->get_data() ) );
		$targets = array_column( $suggested->get_data()['items'], 'target_post_id' );
		$this->assertContains( $bins, $targets );
		$link = $suggested->get_data()['items'][ array_search( $bins, $targets, true ) ];

		// An author may not edit the editor's post: the route's edit_post check holds for the agent too.
		$this->as_user( $author );
		$denied = $this->run_ability(
			'apply-links',
			array(
				'post_id' => $source,
				'links'   => array( array_intersect_key( $link, array_flip( array( 'target_post_id', 'anchor' ) ) ) ),
			)
		);
		$this->assertSame( 403, $denied->get_status() );
		$this->assertStringNotContainsString( 'href', (string) get_post_field( 'post_content', $source ) );

		$this->as_user( $editor );
		$applied = $this->run_ability(
			'apply-links',
			array(
				'post_id' => $source,
				'links'   => array( array_intersect_key( $link, array_flip( array( 'target_post_id', 'anchor' ) ) ) ),
			)
		);
		$this->assertSame( 200, $applied->get_status(), (string) wp_json_encode( $applied->get_data() ) );
		$this->assertSame( 1, $applied->get_data()['applied'] );
		$this->assertStringContainsString( (string) get_permalink( $bins ), (string) get_post_field( 'post_content', $source ) );

		$bad = $this->run_ability( 'apply-links', array( 'post_id' => $source ) );
		$this->assertSame( 400, $bad->get_status(), 'links are required by the input schema' );
	}
}
