<?php
/**
 * Post meta written on IGNY8 drafts.
 *
 * @package Igny8\Writer
 */

declare( strict_types=1 );

namespace Igny8\Writer;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the seed's `_igny8_*` meta keys so the editor and REST clients can read them.
 * The link keys are written only by the plugin; the SEO fields are editable by whoever may edit the post.
 *
 * @since 0.1.0
 */
final class Post_Meta {

	public const TASK_ID          = '_igny8_task_id';
	public const CONTENT_ID       = '_igny8_content_id';
	public const JOB_ID           = '_igny8_job_id';
	public const MANAGED          = '_igny8_managed';
	public const LAST_SYNCED      = '_igny8_last_synced';
	public const WORDPRESS_STATUS = '_igny8_wordpress_status';
	public const IMAGE_KEY        = '_igny8_image_key';
	public const IMAGE_PROMPT     = '_igny8_image_prompt';
	public const OPTIMIZED        = '_igny8_optimized_revision';
	public const META_TITLE       = '_igny8_meta_title';
	public const META_DESCRIPTION = '_igny8_meta_description';
	public const TARGET_KEYWORD   = '_igny8_target_keyword';
	public const TARGET_WORDS     = '_igny8_target_words';

	/**
	 * The longest target a post may set (Optimizer\Target_Length caps at it too).
	 *
	 * @since 0.1.0
	 */
	public const TARGET_WORDS_MAX = 20000;

	/**
	 * The optimiser's suggested meta title and description (JSON), until the editor applies them.
	 *
	 * @since 0.1.0
	 */
	public const SUGGESTED_META = '_igny8_optimize_meta';

	/**
	 * Hooks the registration.
	 *
	 * @since 0.1.0
	 */
	public function init(): void {
		add_action( 'init', array( $this, 'register' ) );
		add_filter( 'rest_request_before_callbacks', array( $this, 'drop_read_only_meta' ), 10, 3 );
	}

	/**
	 * Keys only the plugin writes.
	 *
	 * @since 0.3.0
	 */
	public const READ_ONLY = array( self::TASK_ID, self::CONTENT_ID, self::JOB_ID, self::MANAGED, self::LAST_SYNCED, self::WORDPRESS_STATUS, self::OPTIMIZED );

	/**
	 * Drops the plugin-only keys from a post update through the REST API that echoes the whole meta
	 * object. The block editor sends every registered key back when any meta is edited; if the plugin rewrote one of them
	 * meanwhile (a sync stamp), WordPress would refuse the whole save for lack of permission
	 * to change a key nobody meant to change.
	 *
	 * @since 0.3.0
	 *
	 * @param mixed            $response Response so far (passed through).
	 * @param array            $handler  Route handler.
	 * @param \WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public function drop_read_only_meta( $response, $handler, $request ) {
		if ( ! $request instanceof \WP_REST_Request || 'GET' === $request->get_method() || ! is_array( $request['meta'] ) ) {
			return $response;
		}
		if ( ! preg_match( '#^/wp/v2/[a-z0-9_-]+/\d+(/autosaves)?$#', $request->get_route() ) ) {
			return $response;
		}
		// Only an echo of the whole meta object (every plugin-only key present) is trimmed; a client
		// that names a plugin-only key on its own still gets WordPress's permission error.
		if ( array_diff( self::READ_ONLY, array_keys( $request['meta'] ) ) ) {
			return $response;
		}
		$request['meta'] = array_diff_key( $request['meta'], array_flip( self::READ_ONLY ) );
		return $response;
	}

	/**
	 * Registers every key for all post types.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$read_only = static function (): bool {
			return false;
		};
		$can_edit  = static function ( $allowed, $meta_key, $post_id ): bool {
			return current_user_can( 'edit_post', (int) $post_id );
		};

		$keys = array(
			self::TASK_ID          => array( 'integer', __( 'IGNY8 writer task that produced this post.', 'igny8' ), $read_only ),
			self::CONTENT_ID       => array( 'string', __( 'IGNY8 content id (the cloud job id).', 'igny8' ), $read_only ),
			self::JOB_ID           => array( 'string', __( 'IGNY8 AI job that generated this post.', 'igny8' ), $read_only ),
			self::MANAGED          => array( 'boolean', __( 'Whether IGNY8 manages this post.', 'igny8' ), $read_only ),
			self::LAST_SYNCED      => array( 'string', __( 'When IGNY8 last wrote this post (GMT).', 'igny8' ), $read_only ),
			self::WORDPRESS_STATUS => array( 'string', __( 'Post status last reported to IGNY8.', 'igny8' ), $read_only ),
			self::OPTIMIZED        => array( 'integer', __( 'Revision holding the latest IGNY8 optimisation.', 'igny8' ), $read_only ),
			self::META_TITLE       => array( 'string', __( 'SEO title suggested by IGNY8.', 'igny8' ), $can_edit ),
			self::META_DESCRIPTION => array( 'string', __( 'SEO meta description suggested by IGNY8.', 'igny8' ), $can_edit ),
			self::TARGET_KEYWORD   => array( 'string', __( 'The keyword this post targets (the optimisation score checks it).', 'igny8' ), $can_edit ),
			self::TARGET_WORDS     => array( 'integer', __( 'Target length in words (0: the plan’s default); both optimisation scores use it.', 'igny8' ), $can_edit ),
		);

		foreach ( $keys as $key => list( $type, $description, $auth ) ) {
			$args = array(
				'type'          => $type,
				'description'   => $description,
				'single'        => true,
				'show_in_rest'  => true,
				'auth_callback' => $auth,
			);
			if ( 'string' === $type ) {
				$args['sanitize_callback'] = 'sanitize_text_field';
			}
			if ( self::TARGET_WORDS === $key ) {
				$args['sanitize_callback'] = static fn ( $value ): int => min( absint( $value ), self::TARGET_WORDS_MAX );
			}
			register_post_meta( '', $key, $args );
		}
	}
}
