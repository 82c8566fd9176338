<?php
/**
 * Helpers for tests that deliver generate_images results: signed deliveries and the cloud's media
 * downloads answered with a small PNG (through pre_http_request).
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Support;

/**
 * Mixed into TestCase subclasses that also use Cloud_Fixtures.
 */
trait Image_Deliveries {

	/**
	 * Media requests: url => headers.
	 *
	 * @var array<string, array<string, string>>
	 */
	private array $media = array();

	/**
	 * Delivers a result and returns the response data.
	 *
	 * @param array<string, mixed> $reference Reference.
	 * @param array<string, mixed> $result    Result.
	 * @return array<string, mixed>
	 */
	private function deliver( string $job_id, string $function, array $reference, array $result, int $credits = 1 ): array {
		$body = $this->body( $job_id, $function, $reference, $result, $credits );
		return (array) $this->rest( 'POST', '/igny8/v1/deliveries', $body, $this->delivery_headers( $body, $job_id ) )->get_data();
	}

	/**
	 * A delivery body.
	 *
	 * @param array<string, mixed> $reference Reference.
	 * @param array<string, mixed> $result    Result.
	 */
	private function body( string $job_id, string $function, array $reference, array $result, int $credits = 1 ): string {
		return (string) wp_json_encode( array( 'job_id' => $job_id, 'function' => $function, 'status' => 'completed', 'reference' => $reference, 'result' => $result, 'error' => null, 'credits_charged' => $credits ) );
	}

	/**
	 * Serves media downloads (streamed to a file) with a small PNG.
	 */
	private function fake_media(): void {
		add_filter(
			'pre_http_request',
			function ( $pre, $args, $url ) {
				if ( empty( $args['stream'] ) ) {
					return $pre;
				}
				$this->media[ $url ] = (array) $args['headers'];
				$image               = imagecreatetruecolor( 4, 4 );
				ob_start();
				imagepng( $image );
				file_put_contents( $args['filename'], (string) ob_get_clean() );
				return array( 'headers' => array( 'content-type' => 'image/png' ), 'body' => '', 'response' => array( 'code' => 200, 'message' => 'OK' ), 'cookies' => array(), 'filename' => $args['filename'] );
			},
			5,
			3
		);
	}
}
