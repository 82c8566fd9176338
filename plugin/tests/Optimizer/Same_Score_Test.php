<?php
/**
 * One score: the stored score of the shared cases equals the editor's.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Optimizer;

use Igny8\Optimizer\Scorer;
use Igny8\Tests\TestCase;
use Igny8\Writer\Post_Meta;

require_once dirname( __DIR__ ) . '/Automation/Real_Cloud.php';

/**
 * Each case of blocks/src/score/test/same-score-cases.json becomes a real post (slug, target
 * keyword, SEO meta, a featured image with or without alt text); Scorer stores its score through
 * the Worker. The numbers are the ones the editor's score gives (same-score.test.ts).
 */
final class Same_Score_Test extends TestCase {

	use \Igny8\Tests\Automation\Real_Cloud;

	/**
	 * The shared cases.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	private static function cases(): array {
		$file = dirname( __DIR__, 3 ) . '/blocks/src/score/test/same-score-cases.json';
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local fixture file.
		$data = json_decode( (string) file_get_contents( $file ), true );
		return is_array( $data['cases'] ?? null ) ? $data['cases'] : array();
	}

	/**
	 * A post as the case describes it.
	 *
	 * @param array<string, mixed> $item Case.
	 */
	private function post_for( array $item ): int {
		$id = (int) wp_insert_post(
			array(
				'post_title'   => (string) $item['title'],
				'post_name'    => (string) $item['slug'],
				'post_content' => wp_slash( (string) $item['content'] ),
				'post_status'  => 'draft',
				'meta_input'   => array(
					'_igny8_target_keyword'     => (string) $item['keyword'],
					Post_Meta::META_TITLE       => (string) $item['metaTitle'],
					Post_Meta::META_DESCRIPTION => (string) $item['metaDescription'],
				),
			)
		);
		if ( null !== $item['featuredAlt'] ) {
			$image = (int) wp_insert_attachment(
				array(
					'post_title'     => 'Compost bin',
					'post_mime_type' => 'image/jpeg',
					'post_status'    => 'inherit',
				),
				'compost-bin.jpg',
				$id
			);
			update_post_meta( $image, '_wp_attachment_image_alt', (string) $item['featuredAlt'] );
			update_post_meta( $id, '_thumbnail_id', $image );
		}
		return $id;
	}

	public function test_the_stored_score_of_each_shared_case_is_the_editors(): void {
		$this->connect_new_tenant();
		$cases = self::cases();
		$this->assertGreaterThanOrEqual( 4, count( $cases ) );
		foreach ( $cases as $item ) {
			$post = get_post( $this->post_for( $item ) );
			$this->assertInstanceOf( \WP_Post::class, $post );
			$scored = ( new Scorer() )->score( $post );
			$this->assertNotWPError( $scored );
			$this->assertSame( (int) $item['score'], $scored['score'], (string) $item['name'] );
			$this->assertSame( (int) $item['score'], Scorer::stored( $post->ID ), (string) $item['name'] );
			$statuses = array_column( $scored['result']['checks'], 'status', 'id' );
			foreach ( (array) $item['checks'] as $id => $status ) {
				$this->assertSame( $status, $statuses[ $id ] ?? null, $item['name'] . ': ' . $id );
			}
		}
	}
}
