<?php
/**
 * Automation module: rules, runs and their logs.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Automation\Rule_Repository;
use Igny8\Automation\Rule_Runner;
use Igny8\Automation\Rule_Schema;
use Igny8\Automation\Run_Lock;
use Igny8\Automation\Run_Log;
use Igny8\Automation\Schedule;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Routes under igny8/v1/automation/. Reading rules and runs needs igny8_write; changing or running
 * a rule needs igny8_manage (rules spend the account's credits and publish).
 *
 * @since 0.3.0
 */
class Automation_Controller extends Controller {

	/**
	 * Registers the routes.
	 *
	 * @since 0.3.0
	 */
	public function register_routes(): void {
		$id = $this->id_arg();
		// GET /igny8/v1/automation/rules — list; POST — create.
		register_rest_route(
			$this->namespace,
			'/automation/rules',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_rules' ),
					'permission_callback' => array( $this, 'can_write' ),
					'args'                => $this->list_args( array( 'id', 'name', 'next_run_at', 'status' ) ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_rule' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => Rule_Schema::args( true ),
				),
			)
		);
		// GET/PUT/PATCH/DELETE /igny8/v1/automation/rules/{id}.
		register_rest_route(
			$this->namespace,
			'/automation/rules/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_rule' ),
					'permission_callback' => array( $this, 'can_write' ),
					'args'                => $id,
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_rule' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => array_merge( $id, Rule_Schema::args( false ) ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_rule' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => $id,
				),
			)
		);
		// POST /igny8/v1/automation/rules/{id}/run — run now; /dry-run — what it would do and cost; /pause; /resume.
		foreach ( array( 'run', 'dry-run', 'pause', 'resume' ) as $action ) {
			register_rest_route(
				$this->namespace,
				'/automation/rules/(?P<id>\d+)/' . $action,
				array(
					array(
						'methods'             => WP_REST_Server::CREATABLE,
						'callback'            => array( $this, 'action_' . str_replace( '-', '_', $action ) ),
						'permission_callback' => array( $this, 'can_manage' ),
						'args'                => $id,
					),
				)
			);
		}
		// GET /igny8/v1/automation/runs?rule_id=&steps= — runs, newest first (with their steps when asked).
		$runs            = $this->list_args( array( 'id' ) );
		$runs['rule_id'] = array(
			'type'              => 'integer',
			'default'           => 0,
			'minimum'           => 0,
			'sanitize_callback' => 'absint',
			'validate_callback' => 'rest_validate_request_arg',
		);
		$runs['steps']   = array(
			'description'       => __( 'Include every step of each run.', 'igny8' ),
			'type'              => 'boolean',
			'default'           => false,
			'sanitize_callback' => 'rest_sanitize_boolean',
			'validate_callback' => 'rest_validate_request_arg',
		);
		unset( $runs['search'], $runs['orderby'], $runs['order'] );
		$this->add_route( '/automation/runs', WP_REST_Server::READABLE, 'get_runs', 'can_write', $runs );
		// GET /igny8/v1/automation/runs/{id} — one run with every step.
		$this->add_route( '/automation/runs/(?P<id>\d+)', WP_REST_Server::READABLE, 'get_run', 'can_write', $id );
	}

	/**
	 * GET automation/rules.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_rules( $request ) {
		$result          = ( new Rule_Repository() )->query(
			array(
				'search'   => (string) $request['search'],
				'orderby'  => (string) $request['orderby'],
				'order'    => (string) $request['order'],
				'page'     => (int) $request['page'],
				'per_page' => (int) $request['per_page'],
			)
		);
		$log             = new Run_Log();
		$result['items'] = array_map( static fn ( array $r ): array => $r + array( 'credits_this_month' => $log->credits_this_month( (int) $r['id'] ) ), $result['items'] );
		return $this->paginated( $result, $request );
	}

	/**
	 * GET automation/rules/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_rule( $request ) {
		$rule = ( new Rule_Repository() )->find( (int) $request['id'] );
		return $rule ? new WP_REST_Response( $rule + array( 'credits_this_month' => ( new Run_Log() )->credits_this_month( (int) $rule['id'] ) ) ) : $this->not_found( 'rule' );
	}

	/**
	 * POST automation/rules.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_rule( $request ) {
		$fields               = Rule_Fields::from_request( $request );
		$fields['status']     = $fields['status'] ?? 'active';
		$fields['created_by'] = get_current_user_id();
		$fields               = Rule_Fields::with_next_run( $fields, null );
		$invalid              = Rule_Fields::check( $fields );
		if ( $invalid ) {
			return $invalid;
		}
		$id = ( new Rule_Repository() )->insert( $fields );
		return is_wp_error( $id ) ? $id : $this->created( ( new Rule_Repository() )->find( $id ) );
	}

	/**
	 * PUT/PATCH automation/rules/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_rule( $request ) {
		$repo = new Rule_Repository();
		$rule = $repo->find( (int) $request['id'] );
		if ( ! $rule ) {
			return $this->not_found( 'rule' );
		}
		$fields  = Rule_Fields::with_next_run( Rule_Fields::from_request( $request ), $rule );
		$invalid = Rule_Fields::check( array_merge( $rule, $fields ) );
		if ( $invalid ) {
			return $invalid;
		}
		$repo->update( $rule['id'], $fields );
		return $this->get_rule( $request );
	}

	/**
	 * DELETE automation/rules/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_rule( $request ) {
		$repo = new Rule_Repository();
		$rule = $repo->find( (int) $request['id'] );
		if ( ! $rule ) {
			return $this->not_found( 'rule' );
		}
		$repo->delete( array( $rule['id'] ) );
		( new Run_Log() )->delete_for_rule( $rule['id'] );
		return new WP_REST_Response(
			array(
				'deleted'  => true,
				'previous' => $rule,
			)
		);
	}

	/**
	 * POST automation/rules/{id}/run — runs now, under the dispatcher's lock.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function action_run( $request ) {
		return $this->run( (int) $request['id'], false );
	}

	/**
	 * POST automation/rules/{id}/dry-run.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function action_dry_run( $request ) {
		return $this->run( (int) $request['id'], true );
	}

	/**
	 * POST automation/rules/{id}/pause.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function action_pause( $request ) {
		$repo = new Rule_Repository();
		$rule = $repo->find( (int) $request['id'] );
		if ( ! $rule ) {
			return $this->not_found( 'rule' );
		}
		$repo->update(
			$rule['id'],
			array(
				'status'      => 'paused',
				'next_run_at' => null,
			)
		);
		return new WP_REST_Response( $repo->find( $rule['id'] ) );
	}

	/**
	 * POST automation/rules/{id}/resume — active again, next run from now.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function action_resume( $request ) {
		$repo = new Rule_Repository();
		$rule = $repo->find( (int) $request['id'] );
		if ( ! $rule ) {
			return $this->not_found( 'rule' );
		}
		$repo->update(
			$rule['id'],
			array(
				'status'      => 'active',
				'next_run_at' => Schedule::next( $rule['days'], (string) $rule['run_time'] ),
			)
		);
		return new WP_REST_Response( $repo->find( $rule['id'] ) );
	}

	/**
	 * GET automation/runs.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_runs( $request ) {
		$runs = ( new Run_Log() )->query( (int) $request['rule_id'], (int) $request['page'], (int) $request['per_page'], (bool) $request['steps'] );
		return $this->paginated( $runs, $request );
	}

	/**
	 * GET automation/runs/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_run( $request ) {
		$run = ( new Run_Log() )->find( (int) $request['id'] );
		return $run ? new WP_REST_Response( $run ) : $this->not_found( 'run' );
	}

	/**
	 * Runs a rule now (or dry) under the lock, then moves waiting runs on.
	 *
	 * @param int  $id      Rule id.
	 * @param bool $dry_run Dry run.
	 * @return WP_REST_Response|WP_Error
	 */
	private function run( int $id, bool $dry_run ) {
		$rule = ( new Rule_Repository() )->find( $id );
		if ( ! $rule ) {
			return $this->not_found( 'rule' );
		}
		$lock  = new Run_Lock();
		$token = $lock->acquire();
		if ( null === $token ) {
			return new WP_Error( 'igny8_automation_busy', __( 'Another automation run is in progress. Try again in a few minutes.', 'igny8' ), array( 'status' => 409 ) );
		}
		try {
			$run_id = ( new Rule_Runner() )->run( $rule, $dry_run );
		} finally {
			$lock->release( $token );
		}
		return new WP_REST_Response( ( new Run_Log() )->find( $run_id ) );
	}
}
