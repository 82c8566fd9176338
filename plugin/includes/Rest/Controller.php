<?php
/**
 * Shared base of the igny8/v1 REST controllers.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Actions\Ids_Arg;
use Igny8\Security\Capabilities;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * Namespace, capability checks and collection helpers every controller uses.
 *
 * @since 0.1.0
 */
abstract class Controller extends WP_REST_Controller {

	/**
	 * REST namespace of every IGNY8 route.
	 *
	 * @since 0.1.0
	 */
	public const REST_NAMESPACE = 'igny8/v1';

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->namespace = self::REST_NAMESPACE;
	}

	/**
	 * Permission: the user may plan (igny8_plan; editors by default).
	 *
	 * @since 0.2.0
	 *
	 * @return true|WP_Error
	 */
	public function can_plan() {
		return $this->require_capability( Capabilities::PLAN );
	}

	/**
	 * Permission: the user may write (igny8_write; editors and authors by default, never contributors).
	 *
	 * @since 0.2.0
	 *
	 * @return true|WP_Error
	 */
	public function can_write() {
		return $this->require_capability( Capabilities::WRITE );
	}

	/**
	 * Permission: the user may manage the connection and AI settings (igny8_manage; administrators).
	 *
	 * @since 0.2.0
	 *
	 * @return true|WP_Error
	 */
	public function can_manage() {
		return $this->require_capability( Capabilities::MANAGE );
	}

	/**
	 * Permission kept for callers of 0.1: writing.
	 *
	 * @since 0.1.0
	 *
	 * @return true|WP_Error
	 */
	public function can_edit_posts() {
		return $this->can_write();
	}

	/**
	 * Permission kept for callers of 0.1: managing.
	 *
	 * @since 0.1.0
	 *
	 * @return true|WP_Error
	 */
	public function can_manage_options() {
		return $this->can_manage();
	}

	/**
	 * Registers a route with one handler and one permission, both methods of this controller.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $path       Route under the namespace.
	 * @param string               $methods    HTTP methods (a WP_REST_Server constant).
	 * @param string               $callback   Method that answers.
	 * @param string               $permission Method that checks the capability (can_plan, can_write, can_manage).
	 * @param array<string, mixed> $args       Request arguments.
	 */
	protected function add_route( string $path, string $methods, string $callback, string $permission, array $args = array() ): void {
		register_rest_route(
			$this->namespace,
			$path,
			array(
				array(
					'methods'             => $methods,
					'callback'            => array( $this, $callback ),
					'permission_callback' => array( $this, $permission ),
					'args'                => $args,
				),
			)
		);
	}

	/**
	 * Arg of a route's numeric {id}.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function id_arg(): array {
		return array(
			'id' => array(
				'description'       => __( 'Unique identifier.', 'igny8' ),
				'type'              => 'integer',
				'required'          => true,
				'minimum'           => 1,
				'sanitize_callback' => 'absint',
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
	}

	/**
	 * Arg holding a list of ids, for bulk routes.
	 *
	 * @since 0.2.0
	 *
	 * @param int $max Most ids accepted.
	 * @return array<string, mixed>
	 */
	protected function ids_arg( int $max ): array {
		return Ids_Arg::schema( $max, __( 'Ids of the items.', 'igny8' ) );
	}

	/**
	 * The 404 of a missing item.
	 *
	 * @since 0.2.0
	 *
	 * @param string $what Item kind, e.g. keyword.
	 * @return WP_Error
	 */
	protected function not_found( string $what ): WP_Error {
		return new WP_Error(
			'igny8_' . $what . '_not_found',
			/* translators: %s: item kind, e.g. keyword */
			sprintf( __( 'This %s does not exist.', 'igny8' ), $what ),
			array( 'status' => 404 )
		);
	}

	/**
	 * A 201 response.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $data Body.
	 * @return WP_REST_Response
	 */
	protected function created( $data ): WP_REST_Response {
		$response = new WP_REST_Response( $data );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * True when the current user has the capability; otherwise 401 for visitors and 403 for users.
	 *
	 * @param string $capability Capability.
	 * @return true|WP_Error
	 */
	protected function require_capability( string $capability ) {
		return self::check_capability( $capability );
	}

	/**
	 * require_capability() for routes registered outside a controller (Action_Route).
	 *
	 * @since 0.6.0
	 *
	 * @param string $capability Capability.
	 * @return true|WP_Error
	 */
	public static function check_capability( string $capability ) {
		if ( current_user_can( $capability ) ) {
			return true;
		}
		return new WP_Error(
			'rest_forbidden',
			is_user_logged_in()
				? __( 'Sorry, you are not allowed to do that.', 'igny8' )
				: __( 'You need to log in to do that.', 'igny8' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Args shared by list routes: page, per_page, search, orderby, order.
	 *
	 * @param string[] $orderby Allowed orderby columns.
	 * @return array<string, array<string, mixed>>
	 */
	protected function list_args( array $orderby ): array {
		return array(
			'page'     => array(
				'description'       => __( 'Current page of the collection.', 'igny8' ),
				'type'              => 'integer',
				'default'           => 1,
				'minimum'           => 1,
				'sanitize_callback' => 'absint',
				'validate_callback' => 'rest_validate_request_arg',
			),
			'per_page' => array(
				'description'       => __( 'Maximum number of items per page.', 'igny8' ),
				'type'              => 'integer',
				'default'           => 20,
				'minimum'           => 1,
				'maximum'           => 100,
				'sanitize_callback' => 'absint',
				'validate_callback' => 'rest_validate_request_arg',
			),
			'search'   => array(
				'description'       => __( 'Limit results to items containing this text.', 'igny8' ),
				'type'              => 'string',
				'default'           => '',
				'sanitize_callback' => 'sanitize_text_field',
				'validate_callback' => 'rest_validate_request_arg',
			),
			'orderby'  => array(
				'description'       => __( 'Sort by this attribute.', 'igny8' ),
				'type'              => 'string',
				'enum'              => $orderby,
				'default'           => 'id',
				'sanitize_callback' => 'sanitize_key',
				'validate_callback' => 'rest_validate_request_arg',
			),
			'order'    => array(
				'description'       => __( 'Sort direction.', 'igny8' ),
				'type'              => 'string',
				'enum'              => array( 'asc', 'desc' ),
				'default'           => 'desc',
				'sanitize_callback' => 'sanitize_key',
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
	}

	/**
	 * A list response with WordPress's pagination headers.
	 *
	 * @param array{items: array<int, mixed>, total: int} $result   Repository result.
	 * @param WP_REST_Request                             $request  Request (for per_page).
	 * @return WP_REST_Response
	 */
	protected function paginated( array $result, WP_REST_Request $request ): WP_REST_Response {
		$per_page = max( 1, (int) $request->get_param( 'per_page' ) );
		$response = new WP_REST_Response( $result['items'] );
		$response->header( 'X-WP-Total', (string) $result['total'] );
		$response->header( 'X-WP-TotalPages', (string) (int) ceil( $result['total'] / $per_page ) );
		return $response;
	}

	/**
	 * Validates an optional enum string: empty is allowed, anything else must be listed.
	 *
	 * @param string[] $allowed Allowed values.
	 * @return callable
	 */
	protected static function optional_enum( array $allowed ): callable {
		return static function ( $value ) use ( $allowed ) {
			if ( '' === $value || null === $value || in_array( $value, $allowed, true ) ) {
				return true;
			}
			return new WP_Error(
				'rest_invalid_param',
				/* translators: %s: allowed values */
				sprintf( __( 'Must be one of: %s.', 'igny8' ), implode( ', ', $allowed ) ),
				array( 'status' => 400 )
			);
		};
	}
}
