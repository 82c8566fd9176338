<?php
/**
 * Applies generate_image_prompts results.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Image_Prompts;

use Igny8\Actions\Generate_Images\Action as Images_Action;
use Igny8\Actions\Job_Starter;
use Igny8\Actions\Result_Handler;

defined( 'ABSPATH' ) || exit;

/**
 * The prompts are the first half of generate_images: this starts the generate_images job (featured
 * image at position 0, in-article images from 1) and keeps, in that job's context, which heading each
 * in-article image follows.
 *
 * @since 0.2.0
 */
final class Result implements Result_Handler {

	/**
	 * {@inheritDoc}
	 *
	 * @since 0.2.0
	 */
	public function apply( array $result, array $reference, array $local, ?array $task ) {
		$images = array();
		$after  = array();
		if ( ! empty( $result['featured']['prompt'] ) ) {
			$images[] = self::image( (array) $result['featured'], 'featured', 0 );
		}
		foreach ( array_slice( (array) ( $result['in_article'] ?? array() ), 0, 7 ) as $i => $brief ) {
			if ( empty( $brief['prompt'] ) ) {
				continue;
			}
			$images[]          = self::image( (array) $brief, 'in_article', $i + 1 );
			$after[ $i + 1 ] = isset( $brief['after_heading'] ) && is_string( $brief['after_heading'] ) ? $brief['after_heading'] : null;
		}
		if ( ! $images ) {
			return array( 'image_job_id' => null );
		}
		$plan = Images_Action::images_plan( $images, $reference, 'images-of:' . (string) ( $local['job_id'] ?? '' ), $after );
		$job  = ( new Job_Starter() )->start_plan( $plan );
		return is_wp_error( $job ) ? $job : array( 'image_job_id' => $job['job_id'] );
	}

	/**
	 * One generate_images input image.
	 *
	 * @param array<string, mixed> $brief    Prompt, alt, caption.
	 * @param string               $role     featured or in_article.
	 * @param int                  $position Position.
	 * @return array<string, mixed>
	 */
	private static function image( array $brief, string $role, int $position ): array {
		return array(
			'prompt'   => (string) $brief['prompt'],
			'alt'      => (string) ( $brief['alt'] ?? '' ),
			'caption'  => (string) ( $brief['caption'] ?? '' ),
			'role'     => $role,
			'position' => $position,
		);
	}
}
