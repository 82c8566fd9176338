<?php
/**
 * auto_cluster and generate_ideas results, delivered signed.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Results;

use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;
use WP_REST_Response;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Clusters with keyword assignments and ideas, idempotent by job id; forged, stale and replayed
 * deliveries change nothing.
 */
final class Planner_Results_Test extends TestCase {

	use Cloud_Fixtures;

	/**
	 * Keyword ids by text.
	 *
	 * @var array<string, int>
	 */
	private array $ids = array();

	protected function setUp(): void {
		parent::setUp();
		$this->connect_site();
		$repo = new Keywords_Repository();
		foreach ( array( 'hot compost', 'cold compost', 'worm bin', 'worm food' ) as $keyword ) {
			$this->ids[ $keyword ] = (int) $repo->insert( array( 'keyword' => $keyword ) );
		}
	}

	public function test_auto_cluster_creates_clusters_and_assigns_only_the_keywords_sent(): void {
		$other = (int) ( new Keywords_Repository() )->insert( array( 'keyword' => 'not sent' ) );
		$body  = $this->cluster_delivery( 'job_cluster_1', array( $other ) );

		$response = $this->deliver( $body, 'job_cluster_1' );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$clusters = new Clusters_Repository();
		$methods  = $clusters->find_by_name( 'Composting methods' );
		$worms    = $clusters->find_by_name( 'Worm composting' );
		$this->assertSame( 'How to compost', $methods['description'] );
		$keywords = new Keywords_Repository();
		$this->assertSame( $methods['id'], $keywords->find( $this->ids['hot compost'] )['cluster_id'] );
		$this->assertSame( $worms['id'], $keywords->find( $this->ids['worm food'] )['cluster_id'] );
		$this->assertNull( $keywords->find( $other )['cluster_id'], 'a keyword the job was not sent stays unassigned' );

		$listed = $this->as_editor_get( '/igny8/v1/planner/clusters', array( 'orderby' => 'name', 'order' => 'asc' ) );
		$this->assertSame( array( 2, 2 ), array_column( $listed, 'keywords_count' ) );
	}

	public function test_a_repeated_cluster_delivery_changes_nothing(): void {
		$body = $this->cluster_delivery( 'job_cluster_2' );
		$this->deliver( $body, 'job_cluster_2' );
		$before = $this->snapshot();

		$again = $this->deliver( $body, 'job_cluster_2' );

		$this->assertSame( 200, $again->get_status() );
		$this->assertFalse( $again->get_data()['applied'] );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_forged_stale_and_replayed_deliveries_change_nothing(): void {
		$body   = $this->cluster_delivery( 'job_cluster_3' );
		$before = $this->snapshot();

		$forged = array( 'X-IGNY8-Signature' => 't=' . time() . ',v1=' . hash_hmac( 'sha256', time() . '.POST./igny8/v1/deliveries.' . $body, 'not-the-secret' ) );
		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', '/igny8/v1/deliveries', $body, $forged ) );
		$stale = $this->delivery_headers( $body, 'job_cluster_3', time() - 301 );
		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', '/igny8/v1/deliveries', $body, $stale ) );
		$tampered = str_replace( 'Worm composting', 'Hijacked', $body );
		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', '/igny8/v1/deliveries', $tampered, $this->delivery_headers( $body, 'job_cluster_3' ) ) );
		$this->assertSame( $before, $this->snapshot() );

		// A captured valid delivery replayed inside the window is refused.
		$headers = $this->delivery_headers( $body, 'job_cluster_3' );
		$this->rest( 'POST', '/igny8/v1/deliveries', $body, $headers );
		$applied = $this->snapshot();
		$this->assert_rest_error( 'igny8_replayed_signature', 401, $this->rest( 'POST', '/igny8/v1/deliveries', $body, $headers ) );
		$this->assertSame( $applied, $this->snapshot() );
	}

	public function test_generate_ideas_stores_ideas_that_become_tasks(): void {
		$cluster = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Worms', 'status' => 'active' ) );
		$body    = (string) wp_json_encode(
			array(
				'job_id'    => 'job_ideas_1',
				'function'  => 'generate_ideas',
				'status'    => 'completed',
				'reference' => array( 'cluster_ids' => array( $cluster ) ),
				'result'    => array(
					'ideas' => array(
						array(
							'cluster_id'         => $cluster,
							'title'              => 'Start a worm bin',
							'description'        => 'Step by step.',
							'suggested_keywords' => array( 'worm bin', 'worm food' ),
							'outline'            => array( array( 'heading' => 'Choose a bin', 'level' => 2 ), array( 'heading' => 'Size', 'level' => 3 ) ),
							'content_type'       => 'post',
						),
					),
				),
			)
		);
		$this->deliver( $body, 'job_ideas_1' );
		$this->deliver( $body, 'job_ideas_1' );

		$ideas = ( new Ideas_Repository() )->query( array() )['items'];
		$this->assertCount( 1, $ideas );
		$this->assertSame( array( $cluster, 'draft', array( 'worm bin', 'worm food' ) ), array( $ideas[0]['cluster_id'], $ideas[0]['status'], $ideas[0]['suggested_keywords'] ) );

		$this->as_user( $this->create_user( 'editor' ) );
		$created = $this->rest( 'POST', '/igny8/v1/planner/ideas/create_tasks', array( 'ids' => array( $ideas[0]['id'] ) ) )->get_data();
		$task    = $this->rest( 'GET', '/igny8/v1/writer/tasks/' . $created['tasks'][0]['task_id'] )->get_data();
		$this->assertSame( array( 'Start a worm bin', 'Step by step.', array( 'worm bin', 'worm food' ), $cluster ), array( $task['title'], $task['brief'], $task['keywords'], $task['cluster_id'] ) );
		$this->assertSame( 'Choose a bin', $task['outline'][0]['heading'] );
		$again = $this->rest( 'POST', '/igny8/v1/planner/ideas/create_tasks', array( 'ids' => array( $ideas[0]['id'] ) ) )->get_data();
		$this->assertSame( $created['tasks'], $again['tasks'], 'an idea keeps its task' );
	}

	public function test_generate_ideas_leaves_out_titles_the_cluster_already_has(): void {
		$cluster = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Worms', 'status' => 'active' ) );
		$repo    = new Ideas_Repository();
		$repo->insert( array( 'cluster_id' => $cluster, 'title' => 'Start a Worm Bin!', 'status' => 'approved' ) );

		$this->deliver( $this->ideas_delivery( 'job_ideas_dup', $cluster, array( 'start a worm  bin', 'Feed your worms', 'Feed your worms.' ) ), 'job_ideas_dup' );

		$titles = array_column( $repo->query( array( 'cluster_id' => $cluster ) )['items'], 'title' );
		sort( $titles );
		$this->assertSame( array( 'Feed your worms', 'Start a Worm Bin!' ), $titles );
	}

	public function test_generate_ideas_started_to_replace_deletes_only_the_ideas_nothing_depends_on(): void {
		$cluster  = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Worms', 'status' => 'active' ) );
		$repo     = new Ideas_Repository();
		$draft    = (int) $repo->insert( array( 'cluster_id' => $cluster, 'title' => 'Old draft idea', 'status' => 'draft' ) );
		$approved = (int) $repo->insert( array( 'cluster_id' => $cluster, 'title' => 'Approved idea', 'status' => 'approved' ) );
		$jobs     = new \Igny8\Storage\Jobs_Repository();
		$jobs->save_from_cloud( array( 'id' => 'job_ideas_replace', 'function' => 'generate_ideas', 'status' => 'queued' ) );
		$jobs->set_context( 'job_ideas_replace', array( 'replace' => true ) );

		$this->deliver( $this->ideas_delivery( 'job_ideas_replace', $cluster, array( 'Old draft idea', 'Approved idea', 'Brand new idea' ) ), 'job_ideas_replace' );

		$this->assertNull( $repo->find( $draft ), 'the draft idea was replaced' );
		$this->assertNotNull( $repo->find( $approved ), 'an approved idea stays' );
		$titles = array_column( $repo->query( array( 'cluster_id' => $cluster ) )['items'], 'title' );
		sort( $titles );
		$this->assertSame( array( 'Approved idea', 'Brand new idea', 'Old draft idea' ), $titles );
	}

	public function test_the_ideas_a_replace_deleted_come_back_with_undo_by_who_started_it_only(): void {
		$starter = $this->create_user( 'editor' );
		$other   = $this->create_user( 'editor' );
		$cluster = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Compost', 'status' => 'active' ) );
		$repo    = new Ideas_Repository();
		$draft   = (int) $repo->insert( array( 'cluster_id' => $cluster, 'title' => 'Hot compost in a week', 'status' => 'draft' ) );
		$jobs    = new \Igny8\Storage\Jobs_Repository();
		$jobs->save_from_cloud( array( 'id' => 'job_ideas_undo', 'function' => 'generate_ideas', 'status' => 'queued' ) );
		$this->as_user( $starter );
		$plans = \Igny8\Actions\Registry::get( 'generate_ideas' )->plan(
			array(
				'ids'     => array( $cluster ),
				'replace' => true,
			)
		);
		$this->assertIsArray( $plans );
		$this->assertSame( $starter, $plans[0]->context['started_by'], 'The plan names who asked to replace.' );
		$jobs->set_context( 'job_ideas_undo', $plans[0]->context );
		// The delivery is signed by the cloud and runs as nobody.
		wp_set_current_user( 0 );
		$this->deliver( $this->ideas_delivery( 'job_ideas_undo', $cluster, array( 'Compost bins compared' ) ), 'job_ideas_undo' );
		$this->assertNull( $repo->find( $draft ) );

		$this->as_user( $starter );
		$status = $this->rest( 'GET', '/igny8/v1/jobs/job_ideas_undo' );
		$this->assertSame( 200, $status->get_status() );
		$replaced = $status->get_data()['replaced'];
		$this->assertSame( 1, $replaced['count'] );
		$this->assertIsString( $replaced['undo'] );

		$this->as_user( $other );
		$refused = $this->rest( 'POST', '/igny8/v1/planner/ideas/restore', array( 'tokens' => array( $replaced['undo'] ) ) );
		$this->assertSame( 403, $refused->get_status(), 'Another editor cannot undo it.' );
		$this->assertNull( $repo->find( $draft ) );

		$this->as_user( $starter );
		$restored = $this->rest( 'POST', '/igny8/v1/planner/ideas/restore', array( 'tokens' => array( $replaced['undo'] ) ) );
		$this->assertSame( 200, $restored->get_status(), (string) wp_json_encode( $restored->get_data() ) );
		$this->assertSame( 1, $restored->get_data()['restored'] );
		$back = $repo->find( $draft );
		$this->assertNotNull( $back );
		$this->assertSame( 'Hot compost in a week', $back['title'] );
		$titles = array_column( $repo->query( array( 'cluster_id' => $cluster ) )['items'], 'title' );
		sort( $titles );
		$this->assertSame( array( 'Compost bins compared', 'Hot compost in a week' ), $titles, 'The new ideas stay beside the ones put back.' );
	}

	public function test_a_repeated_start_of_the_same_job_keeps_who_started_it_and_what_it_replaced(): void {
		$this->connect_test_cloud();
		$first   = $this->create_user( 'editor' );
		$second  = $this->create_user( 'editor' );
		$cluster = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Leaf mould ' . wp_generate_password( 4, false ), 'status' => 'active' ) );
		$this->as_user( $first );
		$plan = \Igny8\Actions\Registry::get( 'generate_ideas' )->plan(
			array(
				'ids'     => array( $cluster ),
				'replace' => true,
			)
		)[0];
		$starter = new \Igny8\Actions\Job_Starter();
		$job     = $starter->start_plan( $plan );
		$this->assertIsArray( $job, is_wp_error( $job ) ? $job->get_error_message() : '' );
		$jobs = new \Igny8\Storage\Jobs_Repository();
		$jobs->set_context( $job['job_id'], array( 'replaced' => array( 'count' => 2, 'undo' => 'token-of-the-first' ) ) + $plan->context );

		// The same click again (same key): the cloud answers with the same job.
		$this->as_user( $second );
		$again = $starter->start_plan( \Igny8\Actions\Job_Plan::for_site( $plan->function, $plan->input, $plan->reference, $plan->key, array( 'replace' => true, 'started_by' => $second ) ) );
		$this->assertIsArray( $again );
		$this->assertSame( $job['job_id'], $again['job_id'] );
		$context = $jobs->find( $job['job_id'] )['context'];
		$this->assertSame( $first, $context['started_by'], 'Who may undo stays the first starter.' );
		$this->assertSame( 'token-of-the-first', $context['replaced']['undo'] );
	}

	/**
	 * A generate_ideas delivery of these titles for one cluster.
	 *
	 * @param string[] $titles Idea titles.
	 */
	private function ideas_delivery( string $job_id, int $cluster, array $titles ): string {
		return (string) wp_json_encode(
			array(
				'job_id'    => $job_id,
				'function'  => 'generate_ideas',
				'status'    => 'completed',
				'reference' => array( 'cluster_ids' => array( $cluster ) ),
				'result'    => array(
					'ideas' => array_map(
						static fn ( string $title ): array => array(
							'cluster_id'   => $cluster,
							'title'        => $title,
							'description'  => 'About it.',
							'content_type' => 'post',
						),
						$titles
					),
				),
			)
		);
	}

	/**
	 * An auto_cluster delivery over the four keywords (plus extra ids the result may name).
	 *
	 * @param int[] $extra Ids named in the result but not sent.
	 */
	private function cluster_delivery( string $job_id, array $extra = array() ): string {
		$ids = $this->ids;
		return (string) wp_json_encode(
			array(
				'job_id'          => $job_id,
				'function'        => 'auto_cluster',
				'status'          => 'completed',
				'reference'       => array( 'keyword_ids' => array_values( $ids ) ),
				'result'          => array(
					'clusters' => array(
						array( 'name' => 'Composting methods', 'description' => 'How to compost', 'keyword_ids' => array_merge( array( $ids['hot compost'], $ids['cold compost'] ), $extra ) ),
						array( 'name' => 'Worm composting', 'description' => 'Vermicompost', 'keyword_ids' => array( $ids['worm bin'], $ids['worm food'] ) ),
					),
				),
				'error'           => null,
				'credits_charged' => 2,
			)
		);
	}

	private function deliver( string $body, string $job_id ): WP_REST_Response {
		return $this->rest( 'POST', '/igny8/v1/deliveries', $body, $this->delivery_headers( $body, $job_id ) );
	}

	/**
	 * Everything the planner tables hold.
	 *
	 * @return array<string, mixed>
	 */
	private function snapshot(): array {
		global $wpdb;
		return array(
			$wpdb->get_results( "SELECT id, cluster_id, updated_at FROM {$wpdb->prefix}igny8_keywords ORDER BY id", ARRAY_A ),
			$wpdb->get_results( "SELECT * FROM {$wpdb->prefix}igny8_clusters ORDER BY id", ARRAY_A ),
			$wpdb->get_results( "SELECT * FROM {$wpdb->prefix}igny8_ideas ORDER BY id", ARRAY_A ),
		);
	}

	/**
	 * GET as an editor.
	 *
	 * @param array<string, mixed> $query Query.
	 * @return array<int, array<string, mixed>>
	 */
	private function as_editor_get( string $route, array $query ): array {
		$this->as_user( $this->create_user( 'editor' ) );
		return $this->rest( 'GET', $route, $query )->get_data();
	}
}
