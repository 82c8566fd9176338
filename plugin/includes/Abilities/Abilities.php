<?php
/**
 * IGNY8's content pipeline as WordPress abilities.
 *
 * @package Igny8\Abilities
 */

declare( strict_types=1 );

namespace Igny8\Abilities;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Registry;

defined( 'ABSPATH' ) || exit;

/**
 * On WordPress 6.9+ (the Abilities API), one ability per AI action of Actions\Registry — same
 * input schema as its REST route, same capability and per-post checks — plus what an agent needs
 * around them (Route_Abilities): a job, a price, the balance, lists, a keyword, ideas → tasks.
 * Long work answers with job ids at once; nothing waits on a model in PHP. `public` makes them
 * available to the REST API; with the MCP Adapter active they are the tools of the `igny8` MCP
 * server (Mcp_Server). On 6.8 nothing is registered.
 *
 * @since 0.7.0
 */
final class Abilities {

	public const CATEGORY = 'igny8';

	/**
	 * Hooks the registration where the API exists.
	 *
	 * @since 0.7.0
	 */
	public function init(): void {
		if ( ! function_exists( 'wp_register_ability' ) || ! function_exists( 'wp_register_ability_category' ) ) {
			return;
		}
		add_action( 'wp_abilities_api_categories_init', array( $this, 'register_category' ) );
		add_action( 'wp_abilities_api_init', array( $this, 'register_abilities' ) );
		add_action( 'mcp_adapter_init', array( new Mcp_Server(), 'register' ) );
	}

	/**
	 * Every ability's full name.
	 *
	 * @since 0.7.0
	 *
	 * @return string[]
	 */
	public static function names(): array {
		return array_merge(
			array_map( static fn ( string $name ): string => self::CATEGORY . '/' . str_replace( '_', '-', $name ), array_keys( Registry::all() ) ),
			array_map( static fn ( string $name ): string => self::CATEGORY . '/' . $name, array_keys( Route_Abilities::all() ) )
		);
	}

	/**
	 * The category.
	 *
	 * @since 0.7.0
	 */
	public function register_category(): void {
		wp_register_ability_category(
			self::CATEGORY,
			array(
				'label'       => __( 'IGNY8 content pipeline', 'igny8' ),
				'description' => __( 'Plan, write and optimise content with IGNY8: keywords, clusters, ideas, articles, images and the credits they cost.', 'igny8' ),
			)
		);
	}

	/**
	 * Every ability.
	 *
	 * @since 0.7.0
	 */
	public function register_abilities(): void {
		foreach ( Registry::all() as $action ) {
			$this->register_action( $action );
		}
		foreach ( Route_Abilities::all() as $name => $read ) {
			wp_register_ability(
				self::CATEGORY . '/' . $name,
				array(
					'label'               => $read['label'],
					'description'         => $read['description'],
					'category'            => self::CATEGORY,
					'input_schema'        => $read['input'],
					'output_schema'       => $read['output'],
					'execute_callback'    => static fn ( $input = null ) => Route_Abilities::run( $name, (array) ( $input ?? array() ) ),
					'permission_callback' => static fn (): bool => current_user_can( $read['capability'] ),
					'meta'                => array(
						'public'      => true,
						// The MCP Adapter (0.5) reads its own flag, not yet 7.1's `public`.
						'mcp'         => array( 'public' => true ),
						'annotations' => array(
							'readonly'    => $read['readonly'] ?? true,
							'destructive' => false,
							'idempotent'  => $read['idempotent'] ?? $read['readonly'] ?? true,
						),
					),
				)
			);
		}
	}

	/**
	 * One AI action as an ability: it starts jobs (spending credits) and answers with their ids.
	 *
	 * @param AI_Action $action Action.
	 */
	private function register_action( AI_Action $action ): void {
		wp_register_ability(
			self::CATEGORY . '/' . str_replace( '_', '-', $action->name() ),
			array(
				'label'               => $action->label(),
				/* translators: %s: the action's name, e.g. Clustering. */
				'description'         => sprintf( __( '%s with IGNY8: starts the cloud jobs (priced by igny8/estimate) and answers with their ids at once; follow each with igny8/get-job.', 'igny8' ), $action->label() ),
				'category'            => self::CATEGORY,
				'input_schema'        => Input_Schema::of( $action->args() ),
				'output_schema'       => Output_Schema::jobs(),
				// A run refused part-way (credits ran out) still answers with the jobs it started and
				// names the ids it did not, as the screens do: those jobs are running and charged.
				'execute_callback'    => static function ( $input = null ) use ( $action ) {
					$run = $action->run_partly( (array) ( $input ?? array() ) );
					if ( is_wp_error( $run ) ) {
						return $run;
					}
					if ( null === $run['stopped'] ) {
						return array( 'jobs' => $run['jobs'] );
					}
					if ( 0 === $run['started'] ) {
						return $run['stopped'];
					}
					return array(
						'jobs'        => $run['jobs'],
						'not_started' => $run['not_started'],
						'stopped'     => array(
							'code'    => (string) $run['stopped']->get_error_code(),
							'message' => $run['stopped']->get_error_message(),
						),
					);
				},
				// The capability of the action's screen, then edit_post on every post it names.
				'permission_callback' => static function ( $input = null ) use ( $action ) {
					if ( ! current_user_can( $action->capability() ) ) {
						return false;
					}
					return $action->authorize( (array) ( $input ?? array() ) );
				},
				'meta'                => array(
					'public'      => true,
					// The MCP Adapter (0.5) reads its own flag, not yet 7.1's `public`.
					'mcp'         => array( 'public' => true ),
					'annotations' => array(
						'readonly'    => false,
						// With `replace`, a run deletes the draft ideas or trashes the drafts it replaces.
						'destructive' => array_key_exists( 'replace', $action->args() ),
						'idempotent'  => false,
					),
				),
			)
		);
	}
}
