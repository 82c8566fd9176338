<?php
/**
 * Planner module: keywords.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Repository;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Keyword list (search, filters, ranges, sort, pages) and single-keyword CRUD on the shared table
 * controller. Bulk routes live in Keyword_Bulk_Controller, file import and export in
 * Keyword_Import_Controller.
 *
 * @since 0.1.0
 */
class Keywords_Controller extends Table_Controller {

	/**
	 * Route of the keyword collection.
	 *
	 * @since 0.1.0
	 */
	public const ROUTE = '/planner/keywords';

	/**
	 * Route of one keyword.
	 *
	 * @since 0.2.0
	 */
	public const ITEM_ROUTE = '/planner/keywords/(?P<id>\d+)';

	/**
	 * {@inheritDoc}
	 */
	protected function route(): string {
		return self::ROUTE;
	}

	/**
	 * {@inheritDoc}
	 */
	protected function kind(): string {
		return 'keyword';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function collection(): string {
		return 'keywords';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function repository(): Repository {
		return new Keywords_Repository();
	}

	/**
	 * {@inheritDoc}
	 */
	protected function required(): array {
		return array( 'keyword' );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function properties(): array {
		return Keyword_Schema::properties();
	}

	/**
	 * Item schema: the properties plus the read-only source and dates.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		return Keyword_Schema::item();
	}

	/**
	 * Query args of the list route: paging, search, order, and the keyword screen's filters.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params(): array {
		$int = static fn ( string $description, int $max ): array => array(
			'description'       => $description,
			'type'              => 'integer',
			'minimum'           => 0,
			'maximum'           => $max,
			'sanitize_callback' => 'absint',
			'validate_callback' => 'rest_validate_request_arg',
		);
		return array_merge(
			$this->list_args( Keywords_Repository::ORDERBY ),
			array(
				'status'         => array(
					'description'       => __( 'Only keywords with this status.', 'igny8' ),
					'type'              => 'string',
					'default'           => '',
					'sanitize_callback' => 'sanitize_key',
					'validate_callback' => self::optional_enum( Keywords_Repository::STATUSES ),
				),
				'intent'         => array(
					'description'       => __( 'Only keywords with this search intent.', 'igny8' ),
					'type'              => 'string',
					'default'           => '',
					'sanitize_callback' => 'sanitize_key',
					'validate_callback' => self::optional_enum( Keywords_Repository::INTENTS ),
				),
				'cluster_id'     => $int( __( 'Only keywords of this cluster; 0 for keywords in no cluster.', 'igny8' ), PHP_INT_MAX ),
				'sector_id'      => $int( __( 'Only keywords of this sector; 0 for keywords of no sector.', 'igny8' ), PHP_INT_MAX ),
				'volume_min'     => $int( __( 'Smallest search volume.', 'igny8' ), 4294967295 ),
				'volume_max'     => $int( __( 'Largest search volume.', 'igny8' ), 4294967295 ),
				'difficulty_min' => $int( __( 'Lowest difficulty.', 'igny8' ), 100 ),
				'difficulty_max' => $int( __( 'Highest difficulty.', 'igny8' ), 100 ),
			)
		);
	}

	/**
	 * Args of the write routes: the schema; on create status and intent defaulted, and the text
	 * sanitised as one line.
	 *
	 * @since 0.6.0
	 *
	 * @param bool $create Whether the create route.
	 * @return array<string, array<string, mixed>>
	 */
	protected function write_args( bool $create ): array {
		$args = Keyword_Schema::args( $create ? array( 'keyword' ) : array() );
		if ( $create ) {
			$args['status']['default'] = 'active';
			$args['intent']['default'] = 'informational';
		}
		return $args;
	}

	/**
	 * The keyword's fields: the text may not be empty once normalised, and a keyword typed here is a
	 * manual one.
	 *
	 * @since 0.6.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @param bool            $create  Whether creating.
	 * @return array<string, mixed>|WP_Error
	 */
	protected function fields( WP_REST_Request $request, bool $create ) {
		$fields = Table_Fields::from_request( $request, $this->properties(), $create );
		if ( $create ) {
			$fields += array(
				'status' => $request['status'],
				'intent' => $request['intent'],
			);
			$fields['source'] = 'manual';
		}
		if ( array_key_exists( 'keyword', $fields ) ) {
			$fields['keyword'] = Keywords_Repository::normalize_keyword( (string) $fields['keyword'] );
		}
		$empty = Table_Fields::empty_text( $fields, array( 'keyword' => __( 'The keyword is empty.', 'igny8' ) ) );
		return $empty ?? $fields;
	}
}
