<?php
/**
 * The abilities around every paid action: follow a job, price an action, read the balance.
 *
 * @package Igny8\Abilities
 */

declare( strict_types=1 );

namespace Igny8\Abilities;

use Igny8\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Read-only; each is one of the plugin's REST routes (Route_Abilities runs them).
 *
 * @since 0.8.0
 */
final class Job_Abilities {

	/**
	 * The definitions, by name within the category.
	 *
	 * @since 0.8.0
	 *
	 * @param array<string, mixed> $ids The schema of a list of ids.
	 * @return array<string, array<string, mixed>>
	 */
	public static function all( array $ids ): array {
		return array(
			'get-job'     => array(
				'label'       => __( 'Get a job', 'igny8' ),
				'description' => __( 'The status, progress and (once applied here) the result links of one IGNY8 job.', 'igny8' ),
				'capability'  => Capabilities::WRITE,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array(
						'job_id' => array(
							'type'    => 'string',
							'pattern' => '^[A-Za-z0-9_-]{1,64}$',
						),
					),
					'required'             => array( 'job_id' ),
					'additionalProperties' => false,
				),
				'output'      => Output_Schema::job(),
				'method'      => 'GET',
				'route'       => '/igny8/v1/jobs/{job_id}',
			),
			'estimate'    => array(
				'label'       => __( 'Estimate a price', 'igny8' ),
				'description' => __( 'The credits an action would reserve for a selection (or for all unclustered keywords), the balance, and how many jobs it would start. Reserves nothing.', 'igny8' ),
				'capability'  => Capabilities::PLAN,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array(
						'action'            => array(
							'description' => __( 'The action to price: auto_cluster, generate_ideas, create_tasks, generate_content, generate_images, optimize_content or generate_excerpt.', 'igny8' ),
							'type'        => 'string',
							'pattern'     => '^[a-z_]{1,64}$',
						),
						'ids'               => $ids,
						'all'               => array( 'type' => 'boolean' ),
						'sector_id'         => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
						'ideas_per_cluster' => array(
							'type'    => 'integer',
							'minimum' => 1,
							'maximum' => 10,
						),
					),
					'required'             => array( 'action' ),
					'additionalProperties' => false,
				),
				'output'      => Output_Schema::object(
					array(
						'credits' => array(
							'type'    => 'integer',
							'minimum' => 0,
						),
						'balance' => Output_Schema::nullable( 'integer' ),
						'enough'  => array( 'type' => 'boolean' ),
						'jobs'    => array(
							'type'    => 'integer',
							'minimum' => 0,
						),
					)
				),
				'method'      => 'POST',
				'route'       => '/igny8/v1/jobs/estimate',
			),
			'get-balance' => array(
				'label'       => __( 'Get the balance', 'igny8' ),
				'description' => __( 'The IGNY8 account’s credits now, and whether they are running low.', 'igny8' ),
				'capability'  => Capabilities::WRITE,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array(),
					'additionalProperties' => false,
					'default'              => array(),
				),
				'output'      => Output_Schema::object(
					array(
						'credits'               => array( 'type' => 'integer' ),
						'low_balance_threshold' => array( 'type' => 'integer' ),
						'low_balance'           => array( 'type' => 'boolean' ),
					)
				),
				'method'      => 'GET',
				'route'       => '/igny8/v1/billing/balance',
			),
		);
	}
}
