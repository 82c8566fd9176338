<?php
/**
 * Planner module: the industry catalogue and the site's industry.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Planner\Industry_Applier;
use Igny8\Planner\Industry_Catalogue;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * GET planner/industries (the catalogue), GET/POST planner/industry (the site's choice, which
 * pre-fills its sectors). Managing sectors is a planning right, so both need igny8_plan.
 *
 * @since 0.4.0
 */
class Industries_Controller extends Controller {

	/**
	 * Registers the routes.
	 *
	 * @since 0.4.0
	 */
	public function register_routes(): void {
		// GET /igny8/v1/planner/industries — every industry with its suggested sectors and seed keywords.
		$this->add_route( '/planner/industries', WP_REST_Server::READABLE, 'get_industries', 'can_plan' );
		// GET /igny8/v1/planner/industry — the site's industry (or null).
		$this->add_route( '/planner/industry', WP_REST_Server::READABLE, 'get_industry', 'can_plan' );
		// POST /igny8/v1/planner/industry — {industry, add?, remove?, confirm_remove?, seed_keywords?}.
		$this->add_route( '/planner/industry', WP_REST_Server::CREATABLE, 'set_industry', 'can_plan', $this->set_args() );
	}

	/**
	 * GET industries.
	 *
	 * @since 0.4.0
	 *
	 * @return WP_REST_Response
	 */
	public function get_industries(): WP_REST_Response {
		return new WP_REST_Response( ( new Industry_Catalogue() )->all() );
	}

	/**
	 * GET industry.
	 *
	 * @since 0.4.0
	 *
	 * @return WP_REST_Response
	 */
	public function get_industry(): WP_REST_Response {
		return new WP_REST_Response( array( 'industry' => ( new Industry_Catalogue() )->current() ) );
	}

	/**
	 * POST industry.
	 *
	 * @since 0.4.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function set_industry( WP_REST_Request $request ) {
		$result = ( new Industry_Applier() )->apply(
			(string) $request['industry'],
			(array) $request['add'],
			(array) $request['remove'],
			(bool) $request['confirm_remove'],
			(bool) $request['seed_keywords']
		);
		return is_wp_error( $result ) ? $result : new WP_REST_Response( $result );
	}

	/**
	 * Args of POST industry.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function set_args(): array {
		return array(
			'industry'       => array(
				'description'       => __( 'Industry slug from the catalogue; empty to clear the industry.', 'igny8' ),
				'type'              => 'string',
				'required'          => true,
				'pattern'           => '^[a-z0-9-]{0,64}$',
				'validate_callback' => 'rest_validate_request_arg',
			),
			'add'            => array(
				'description'       => __( 'Slugs of the industry\'s suggested sectors to add.', 'igny8' ),
				'type'              => 'array',
				'default'           => array(),
				'maxItems'          => 5,
				'uniqueItems'       => true,
				'items'             => array(
					'type'    => 'string',
					'pattern' => '^[a-z0-9-]{1,64}$',
				),
				'validate_callback' => 'rest_validate_request_arg',
			),
			'remove'         => array(
				'description'       => __( 'Ids of existing sectors to delete (needs confirm_remove).', 'igny8' ),
				'type'              => 'array',
				'default'           => array(),
				'maxItems'          => 5,
				'items'             => array(
					'type'    => 'integer',
					'minimum' => 1,
				),
				'sanitize_callback' => static fn ( $value ): array => array_values( array_unique( array_map( 'absint', (array) $value ) ) ),
				'validate_callback' => 'rest_validate_request_arg',
			),
			'confirm_remove' => array(
				'description'       => __( 'The editor confirmed deleting the sectors in remove.', 'igny8' ),
				'type'              => 'boolean',
				'default'           => false,
				'validate_callback' => 'rest_validate_request_arg',
			),
			'seed_keywords'  => array(
				'description'       => __( 'Also add the seed keywords of the added sectors to the Planner.', 'igny8' ),
				'type'              => 'boolean',
				'default'           => false,
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
	}
}
