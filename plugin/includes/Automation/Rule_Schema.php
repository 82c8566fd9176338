<?php
/**
 * The fields of an automation rule, as REST args.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

defined( 'ABSPATH' ) || exit;

/**
 * One place for what a rule accepts: the REST controller validates with it, the screen's form mirrors it.
 *
 * @since 0.3.0
 */
final class Rule_Schema {

	/**
	 * REST args of a rule's fields, with their types, ranges and patterns.
	 *
	 * @since 0.3.0
	 *
	 * @param bool $create Whether name is required.
	 * @return array<string, array<string, mixed>>
	 */
	public static function args( bool $create ): array {
		$time = array(
			'type'              => 'string',
			'pattern'           => '^([01][0-9]|2[0-3]):[0-5][0-9]$',
			'validate_callback' => 'rest_validate_request_arg',
		);
		return array(
			'name'               => array(
				'description'       => __( 'Rule name.', 'igny8' ),
				'type'              => 'string',
				'minLength'         => 1,
				'maxLength'         => 191,
				'required'          => $create,
				'sanitize_callback' => 'sanitize_text_field',
				'validate_callback' => 'rest_validate_request_arg',
			),
			'status'             => array(
				'type'              => 'string',
				'enum'              => Rule_Repository::STATUSES,
				'validate_callback' => 'rest_validate_request_arg',
			),
			'sector_id'          => array(
				'description'       => __( 'Sector whose approved ideas the rule takes (0: any).', 'igny8' ),
				'type'              => 'integer',
				'minimum'           => 0,
				'validate_callback' => 'rest_validate_request_arg',
			),
			'max_ideas'          => array(
				'type'              => 'integer',
				'minimum'           => 1,
				'maximum'           => 20,
				'validate_callback' => 'rest_validate_request_arg',
			),
			'days'               => array(
				'description'       => __( 'ISO weekdays, 1 = Monday.', 'igny8' ),
				'type'              => 'array',
				'minItems'          => 1,
				'maxItems'          => 7,
				'uniqueItems'       => true,
				'items'             => array(
					'type'    => 'integer',
					'minimum' => 1,
					'maximum' => 7,
				),
				'validate_callback' => 'rest_validate_request_arg',
			),
			'run_time'           => $time + array( 'description' => __( 'Time of day (site timezone), HH:MM.', 'igny8' ) ),
			'publish_mode'       => array(
				'type'              => 'string',
				'enum'              => Rule_Repository::PUBLISH_MODES,
				'validate_callback' => 'rest_validate_request_arg',
			),
			'publish_time'       => array(
				'type'              => 'string',
				'pattern'           => '^(([01][0-9]|2[0-3]):[0-5][0-9])?$',
				'validate_callback' => 'rest_validate_request_arg',
			),
			'generate_images'    => array(
				'type'              => 'boolean',
				'validate_callback' => 'rest_validate_request_arg',
			),
			'quality_threshold'  => array(
				'type'              => 'integer',
				'minimum'           => 0,
				'maximum'           => 100,
				'validate_callback' => 'rest_validate_request_arg',
			),
			'strategy_id'        => array(
				'description'       => __( 'Writing strategy of the rule\'s articles (0: the default strategy).', 'igny8' ),
				'type'              => 'integer',
				'minimum'           => 0,
				'validate_callback' => 'rest_validate_request_arg',
			),
			'monthly_credit_cap' => array(
				'description'       => __( 'Most credits the rule may use per month (0: no cap).', 'igny8' ),
				'type'              => 'integer',
				'minimum'           => 0,
				'maximum'           => 1000000,
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
	}
}
