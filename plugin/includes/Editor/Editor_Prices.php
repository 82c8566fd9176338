<?php
/**
 * What the block editor's AI actions cost, before they run.
 *
 * @package Igny8\Editor
 */

declare( strict_types=1 );

namespace Igny8\Editor;

use Igny8\Actions\Registry;
use Igny8\Cloud\Estimate;
use Igny8\System\Settings;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Prices one sidebar action the way the cloud would reserve it (POST /api/v1/ai/jobs/estimate/ with
 * the input the action sends): meta, FAQ and key takeaways from the post's title, a rewrite from
 * the length of the selected text, the featured image from the job its button starts. With the
 * price goes the site's "ask above" setting, so the sidebar knows when to confirm first.
 *
 * @since 0.8.0
 */
final class Editor_Prices {

	/**
	 * The scope of the featured image button (a job, not an editor token scope).
	 *
	 * @since 0.8.0
	 */
	public const FEATURED_IMAGE = 'featured_image';

	/**
	 * Every scope priced here.
	 *
	 * @since 0.8.0
	 *
	 * @return string[]
	 */
	public static function scopes(): array {
		return array_merge( array_keys( Registry::editor_actions() ), array( self::FEATURED_IMAGE ) );
	}

	/**
	 * The price of one action on a post.
	 *
	 * @since 0.8.0
	 *
	 * @param int    $post_id Post id (the user may edit it).
	 * @param string $scope   One of scopes().
	 * @param int    $chars   Rewrite: characters of the selected text.
	 * @return array{credits: int, balance: int, billing: string, confirm_above: int}|WP_Error
	 */
	public function price( int $post_id, string $scope, int $chars = 0 ) {
		$call = $this->call( $post_id, $scope, $chars );
		if ( is_wp_error( $call ) ) {
			return $call;
		}
		$priced = ( new Estimate() )->for_calls( array( $call ) );
		if ( is_wp_error( $priced ) ) {
			return $priced;
		}
		return $priced + array( 'confirm_above' => (int) Settings::get()['confirm_above_credits'] );
	}

	/**
	 * The function and input the action would send.
	 *
	 * @param int    $post_id Post id.
	 * @param string $scope   Scope.
	 * @param int    $chars   Rewrite: characters selected.
	 * @return array{function: string, input: array<string, mixed>}|WP_Error
	 */
	private function call( int $post_id, string $scope, int $chars ) {
		if ( self::FEATURED_IMAGE === $scope ) {
			$plans = Registry::get( 'generate_images' )->plan( array( 'post_id' => $post_id ) );
			if ( is_wp_error( $plans ) ) {
				return $plans;
			}
			return array(
				'function' => $plans[0]->function,
				'input'    => $plans[0]->input,
			);
		}
		$action = Registry::editor_action( $scope );
		if ( null === $action ) {
			return new WP_Error( 'igny8_invalid_scope', __( 'This editor action does not exist.', 'igny8' ), array( 'status' => 400 ) );
		}
		if ( 'rewrite' === $action->function() ) {
			// Only the length of the text sets a rewrite's price; the text itself stays in the browser.
			return array(
				'function' => 'rewrite',
				'input'    => array(
					'text' => str_repeat( 'x', max( 1, min( 20000, $chars ) ) ),
					'mode' => 'clearer',
				),
			);
		}
		$title = trim( (string) get_the_title( $post_id ) );
		return array(
			'function' => $action->function(),
			'input'    => array( 'title' => '' === $title ? __( '(no title)', 'igny8' ) : $title ),
		);
	}
}
