<?php
/**
 * Writer module: writing strategies.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Repository;
use Igny8\Storage\Strategies_Repository;
use Igny8\System\Job_Contract;
use Igny8\System\Prompts;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * CRUD of the strategies (GET/POST /strategies, GET/PUT/PATCH/DELETE /strategies/{id}). The site
 * always keeps one default: `is_default: true` moves it, `false` on the default is refused (pick
 * another instead). Deleting the default, or a strategy tasks or automation rules still use, is
 * refused with a 409 naming what to do; nothing is reassigned behind the editor's back.
 *
 * @since 0.6.0
 */
class Strategies_Controller extends Table_Controller {

	/**
	 * {@inheritDoc}
	 */
	protected function route(): string {
		return '/strategies';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function kind(): string {
		return 'strategy';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function collection(): string {
		return 'strategies';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function repository(): Repository {
		return new Strategies_Repository();
	}

	/**
	 * {@inheritDoc}
	 */
	protected function permission(): string {
		return 'can_write';
	}

	/**
	 * Writers (authors) pick strategies; only those who plan (editors, admins) change them, since
	 * the default strategy shapes every task and automation rule that has none of its own.
	 */
	protected function write_permission(): string {
		return 'can_plan';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function required(): array {
		return array( 'name' );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function properties(): array {
		$words = Job_Contract::article_words();
		return array(
			'name'              => array(
				'description' => __( 'Strategy name.', 'igny8' ),
				'type'        => 'string',
				'minLength'   => 1,
				'maxLength'   => 191,
			),
			'is_default'        => array(
				'description' => __( 'Whether tasks without a strategy of their own use this one.', 'igny8' ),
				'type'        => 'boolean',
				'default'     => false,
			),
			'target_words'      => array(
				'description' => __( 'Target length in words; null for the cluster’s length.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => $words['min'],
				'maximum'     => $words['max'],
				'default'     => null,
			),
			'content_structure' => array(
				'description' => __( 'Outline template; empty for the task’s own structure.', 'igny8' ),
				'type'        => 'string',
				'enum'        => array_merge( array( '' ), Job_Contract::content_structures() ),
				'default'     => '',
			),
			'author_profile'    => array(
				'description' => __( 'Author profile (tone and audience); empty for the site’s default profile.', 'igny8' ),
				'type'        => 'string',
				'maxLength'   => 64,
				'default'     => '',
			),
			'image_count'       => array(
				'description' => __( 'In-article images besides the featured image.', 'igny8' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => Strategies_Repository::MAX_IMAGES,
				'default'     => 3,
			),
			'faq'               => array(
				'description' => __( 'Whether the article ends with frequently asked questions.', 'igny8' ),
				'type'        => 'boolean',
				'default'     => true,
			),
			'takeaways'         => array(
				'description' => __( 'Whether the article opens with key takeaways.', 'igny8' ),
				'type'        => 'boolean',
				'default'     => false,
			),
			'link_policy'       => array(
				'description' => __( 'Internal links: suggested by the Linker, or none in the article.', 'igny8' ),
				'type'        => 'string',
				'enum'        => Strategies_Repository::LINK_POLICIES,
				'default'     => 'linker',
			),
		);
	}

	/**
	 * The strategy's fields: a name not empty once trimmed, an author profile the site has, and the
	 * default kept (it moves to another strategy, it is never switched off).
	 *
	 * @since 0.6.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @param bool            $create  Whether creating.
	 * @return array<string, mixed>|WP_Error
	 */
	protected function fields( WP_REST_Request $request, bool $create ) {
		$fields = parent::fields( $request, $create );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$empty = Table_Fields::empty_text( $fields, array( 'name' => __( 'The name is empty.', 'igny8' ) ) );
		if ( null !== $empty ) {
			return $empty;
		}
		$profile = (string) ( $fields['author_profile'] ?? '' );
		if ( '' !== $profile && null === Prompts::profile( $profile ) ) {
			$message = __( 'This author profile does not exist. Pick one from the list or leave the site’s default.', 'igny8' );
			return new WP_Error(
				'rest_invalid_param',
				$message,
				array(
					'status' => 400,
					'params' => array( 'author_profile' => $message ),
				)
			);
		}
		if ( ! $create && array_key_exists( 'is_default', $fields ) && ! $fields['is_default'] ) {
			$current = $this->repository()->find( (int) $request['id'] );
			if ( null !== $current && $current['is_default'] ) {
				return new WP_Error(
					'igny8_strategy_default_required',
					__( 'The site always has a default strategy. Make another strategy the default instead.', 'igny8' ),
					array( 'status' => 409 )
				);
			}
		}
		foreach ( array( 'is_default', 'faq', 'takeaways' ) as $flag ) {
			if ( array_key_exists( $flag, $fields ) ) {
				$fields[ $flag ] = $fields[ $flag ] ? 1 : 0;
			}
		}
		return $fields;
	}

	/**
	 * PUT/PATCH: the fields, then `is_default: true` makes this the one default.
	 *
	 * @since 0.6.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$default  = ! empty( $request['is_default'] );
		$response = parent::update_item( $request );
		if ( $response instanceof WP_REST_Response && $default ) {
			$repository = new Strategies_Repository();
			$repository->set_default( (int) $request['id'] );
			$response->set_data( $this->prepare_items( array( $repository->find( (int) $request['id'] ) ) )[0] );
		}
		return $response;
	}

	/**
	 * DELETE: refused for the default and for a strategy in use, so no task silently changes how it is written.
	 *
	 * @since 0.6.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$repository = new Strategies_Repository();
		$strategy   = $repository->find( (int) $request['id'] );
		if ( null !== $strategy && $strategy['is_default'] ) {
			return new WP_Error(
				'igny8_strategy_is_default',
				__( 'The default strategy cannot be deleted. Make another strategy the default first.', 'igny8' ),
				array( 'status' => 409 )
			);
		}
		if ( null === $strategy ) {
			return $this->not_found( $this->kind() );
		}
		$usage = $repository->usage( (int) $strategy['id'] );
		if ( $usage['tasks'] > 0 || $usage['rules'] > 0 ) {
			return new WP_Error(
				'igny8_strategy_in_use',
				sprintf(
					/* translators: 1: "3 tasks", 2: "2 automation rules" */
					__( 'This strategy is used by %1$s and %2$s. Pick another strategy for them first.', 'igny8' ),
					/* translators: %d: number of writer tasks */
					sprintf( _n( '%d task', '%d tasks', $usage['tasks'], 'igny8' ), $usage['tasks'] ),
					/* translators: %d: number of automation rules */
					sprintf( _n( '%d automation rule', '%d automation rules', $usage['rules'], 'igny8' ), $usage['rules'] )
				),
				array(
					'status' => 409,
					'usage'  => $usage,
				)
			);
		}
		return parent::delete_item( $request );
	}

	/**
	 * Adds how many tasks and rules use each strategy (the screen shows it before a delete).
	 *
	 * @since 0.6.0
	 *
	 * @param array<int, array<string, mixed>> $items Items.
	 * @return array<int, array<string, mixed>>
	 */
	protected function prepare_items( array $items ): array {
		$repository = new Strategies_Repository();
		foreach ( $items as $i => $item ) {
			$items[ $i ]['usage'] = $repository->usage( (int) $item['id'] );
		}
		return $items;
	}
}
