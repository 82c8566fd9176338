<?php
/**
 * Helpers for tests that involve the cloud: a connected site and a scripted fake of the
 * Worker's HTTP API (through pre_http_request, so no request leaves PHP).
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Support;

use Igny8\Cloud\Connection;
use Igny8\Cloud\Signature;
use Igny8\Security\Secrets;
use Igny8\Storage\Tasks_Repository;

/**
 * Mixed into TestCase subclasses.
 */
trait Cloud_Fixtures {

	/**
	 * Cloud URL of the fake. The .test domain never resolves, so a request the fake does not
	 * catch fails instead of reaching a real Worker.
	 *
	 * @var string
	 */
	protected string $cloud_url = 'https://cloud.igny8.test';

	/**
	 * Site API key of the fake connection.
	 *
	 * @var string
	 */
	protected string $site_key = 'igny8_sk_test_0123456789abcdef';

	/**
	 * Webhook secret of the fake connection.
	 *
	 * @var string
	 */
	protected string $webhook_secret = 'whsec_test_secret_for_deliveries';

	/**
	 * Requests the fake received: {method, path, headers, body}.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	protected array $cloud_requests = array();

	/**
	 * Connects to the real Worker `npm test` runs, with the site key it created.
	 */
	protected function connect_test_cloud(): void {
		$cloud = (string) getenv( 'IGNY8_TEST_CLOUD_URL' );
		$key   = (string) getenv( 'IGNY8_TEST_SITE_KEY' );
		$this->assertNotSame( '', $cloud, 'IGNY8_TEST_CLOUD_URL is not set: run the PHP tests with `npm test -- --only=php`.' );
		$this->assertNotSame( '', $key, 'IGNY8_TEST_SITE_KEY is not set: run the PHP tests with `npm test -- --only=php`.' );
		$this->site_key = $key;
		$this->connect_site( $cloud );
	}

	/**
	 * Stores a connection as if the site had connected successfully.
	 *
	 * @param string|null $cloud_url Cloud URL; defaults to the fake's.
	 */
	protected function connect_site( ?string $cloud_url = null ): void {
		update_option(
			Connection::OPTION,
			array(
				'cloud_url'    => $cloud_url ?? $this->cloud_url,
				'site_id'      => 'site_1',
				'site_name'    => 'Test site',
				'account_name' => 'Test account',
				'connected_at' => '2026-01-01 00:00:00',
				'last_checked' => '2026-01-01 00:00:00',
				'balance'      => array(
					'credits'     => 2000,
					'low_balance' => false,
				),
			)
		);
		Secrets::store( Secrets::API_KEY, $this->site_key );
		Secrets::store( Secrets::WEBHOOK_SECRET, $this->webhook_secret );
	}

	/**
	 * Answers HTTP requests with $responder( method, path, body array|null, headers ) → [status, envelope].
	 * Records every request in $this->cloud_requests.
	 *
	 * @param callable $responder Scripted Worker.
	 */
	protected function fake_cloud( callable $responder ): void {
		add_filter(
			'pre_http_request',
			function ( $pre, $args, $url ) use ( $responder ) {
				if ( false !== $pre ) {
					return $pre; // Another fake (e.g. media downloads) answered already.
				}
				$path    = (string) wp_parse_url( $url, PHP_URL_PATH );
				$body    = isset( $args['body'] ) && is_string( $args['body'] ) ? json_decode( $args['body'], true ) : null;
				$headers = (array) ( $args['headers'] ?? array() );

				$this->cloud_requests[] = array(
					'method'  => $args['method'],
					'url'     => $url,
					'path'    => $path,
					'headers' => $headers,
					'body'    => $body,
				);

				list( $status, $envelope ) = $responder( $args['method'], $path, $body, $headers );
				return array(
					'headers'  => array(
						'content-type' => 'application/json',
						'x-request-id' => 'req_test',
					),
					'body'     => (string) wp_json_encode( $envelope ),
					'response' => array(
						'code'    => $status,
						'message' => get_status_header_desc( $status ),
					),
					'cookies'  => array(),
					'filename' => null,
				);
			},
			10,
			3
		);
	}

	/**
	 * A success envelope.
	 *
	 * @param mixed $data Data.
	 * @return array<string, mixed>
	 */
	protected static function ok( $data ): array {
		return array(
			'success'    => true,
			'data'       => $data,
			'request_id' => 'req_test',
		);
	}

	/**
	 * An error envelope.
	 *
	 * @param string $error Message.
	 * @return array<string, mixed>
	 */
	protected static function fail_envelope( string $error ): array {
		return array(
			'success'    => false,
			'error'      => $error,
			'request_id' => 'req_test',
		);
	}

	/**
	 * The test-connection answer of the fake Worker.
	 *
	 * @return array<string, mixed>
	 */
	protected function test_connection_data(): array {
		return array(
			'site'     => array(
				'id'   => 'site_1',
				'name' => 'Test site',
				'url'  => home_url( '/' ),
			),
			'account'  => array(
				'id'   => 'acc_1',
				'name' => 'Test account',
			),
			'balance'  => array(
				'credits'               => 1990,
				'low_balance_threshold' => 100,
				'low_balance'           => false,
			),
			'delivery' => array(
				'mode'             => 'push',
				'webhook_secret'   => $this->webhook_secret,
				'signature_header' => 'X-IGNY8-Signature',
			),
		);
	}

	/**
	 * Block markup as WordPress 6.8 saves it, like the cloud's content_blocks.
	 */
	protected static function content_blocks(): string {
		return implode(
			"\n\n",
			array(
				"<!-- wp:paragraph -->\n<p>Composting turns kitchen scraps into <strong>garden gold</strong>.</p>\n<!-- /wp:paragraph -->",
				"<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">Why compost?</h2>\n<!-- /wp:heading -->",
				"<!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">Less waste</h3>\n<!-- /wp:heading -->",
				"<!-- wp:list -->\n<ul class=\"wp-block-list\"><!-- wp:list-item -->\n<li>Greens: fruit and vegetable scraps</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>Browns: dry leaves &amp; cardboard</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->",
				"<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>Soil is the foundation.</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->",
			)
		);
	}

	/**
	 * A completed generate_content job as the cloud reports it.
	 *
	 * @param string $job_id  Job id.
	 * @param int    $task_id Task id.
	 * @return array<string, mixed>
	 */
	protected static function completed_job( string $job_id, int $task_id ): array {
		return array(
			'id'               => $job_id,
			'function'         => 'generate_content',
			'status'           => 'completed',
			'progress'         => 100,
			'step'             => 'done',
			'credits_reserved' => 10,
			'credits_charged'  => 8,
			'error'            => null,
			'reference'        => array( 'task_id' => $task_id ),
			'result'           => array(
				'title'            => 'How to Start Composting at Home',
				'meta_title'       => 'Composting at Home: A Beginner Guide',
				'meta_description' => 'Turn kitchen scraps into rich soil with this simple guide.',
				'excerpt'          => 'A short guide to composting.',
				'content_html'     => '<p>Composting turns kitchen scraps into garden gold.</p>',
				'content_blocks'   => self::content_blocks(),
				'word_count'       => 42,
			),
			'created_at'       => '2026-01-01T00:00:00Z',
			'updated_at'       => '2026-01-01T00:01:00Z',
			'completed_at'     => '2026-01-01T00:01:00Z',
			'delivered_at'     => null,
		);
	}

	/**
	 * The delivery body the cloud posts for a job.
	 *
	 * @param array<string, mixed> $job Cloud job.
	 * @return string Raw JSON body.
	 */
	protected static function delivery_body( array $job ): string {
		// The cloud pushes the job exactly as its job API answers it (worker/src/services/delivery.ts).
		return (string) wp_json_encode( $job );
	}

	/**
	 * Headers of a delivery signed with the fake connection's secret.
	 *
	 * @param string   $body   Raw body.
	 * @param string   $job_id Job id.
	 * @param int|null $time   Signature time; defaults to now, one second earlier at each call.
	 * @return array<string, string>
	 */
	protected function delivery_headers( string $body, string $job_id, ?int $time = null ): array {
		static $used = array();
		// A redelivery is a new request with its own timestamp, as the cloud sends it; the same signature twice is a
		// replay. Each body gets a timestamp it has not been signed with yet (a counter alone could meet the clock
		// moving on by the same second and sign a redelivery exactly as before).
		if ( null === $time ) {
			$key  = md5( $body );
			$time = time();
			while ( isset( $used[ $key ][ $time ] ) ) {
				--$time;
			}
		}
		$used[ md5( $body ) ][ $time ] = true;
		return array(
			'X-IGNY8-Job-Id'    => $job_id,
			'X-IGNY8-Signature' => Signature::sign( $this->webhook_secret, 'POST', '/igny8/v1/deliveries', $body, $time ),
		);
	}

	/**
	 * Creates a writer task.
	 *
	 * @param array<string, mixed> $data Task fields.
	 * @return int Task id.
	 */
	protected function create_task( array $data = array() ): int {
		$id = ( new Tasks_Repository() )->insert(
			array_merge(
				array(
					'title'    => 'How to start composting',
					'brief'    => 'A beginner guide.',
					'keywords' => array( 'composting', 'compost bin' ),
				),
				$data
			)
		);
		$this->assertIsInt( $id );
		return $id;
	}
}
