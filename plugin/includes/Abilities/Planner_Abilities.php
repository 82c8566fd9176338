<?php
/**
 * The Planner as abilities: keywords in, lists out, ideas into tasks.
 *
 * @package Igny8\Abilities
 */

declare( strict_types=1 );

namespace Igny8\Abilities;

use Igny8\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * The free steps an agent takes between the paid ones; each is one of the plugin's REST routes
 * (Route_Abilities runs them), except the file import, which chains the import screen's three.
 *
 * @since 0.8.0
 */
final class Planner_Abilities {

	/**
	 * The definitions, by name within the category.
	 *
	 * @since 0.8.0
	 *
	 * @param array<string, mixed> $ids The schema of a list of ids.
	 * @return array<string, array<string, mixed>>
	 */
	public static function all( array $ids ): array {
		$keyword = array(
			'keyword'       => array(
				'type'      => 'string',
				'minLength' => 1,
				'maxLength' => 255,
			),
			'search_volume' => array(
				'type'    => 'integer',
				'minimum' => 0,
			),
			'difficulty'    => array(
				'type'    => 'integer',
				'minimum' => 0,
				'maximum' => 100,
			),
			'intent'        => array( 'type' => 'string' ),
			'sector_id'     => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
		);
		$row     = Output_Schema::object(
			array(
				'id'      => array( 'type' => 'integer' ),
				'keyword' => array( 'type' => 'string' ),
			)
		);
		return array(
			'list-keywords'   => array(
				'label'       => __( 'List keywords', 'igny8' ),
				'description' => __( 'A page of the site’s keywords, searchable and filterable by cluster (0: unclustered), sector and status.', 'igny8' ),
				'capability'  => Capabilities::PLAN,
				'input'       => self::page_input(
					array(
						'cluster_id' => array(
							'type'    => 'integer',
							'minimum' => 0,
						),
						'sector_id'  => array(
							'type'    => 'integer',
							'minimum' => 0,
						),
						'status'     => array( 'type' => 'string' ),
					)
				),
				'output'      => Output_Schema::page( $row ),
				'method'      => 'GET',
				'route'       => '/igny8/v1/planner/keywords',
			),
			'list-clusters'   => array(
				'label'       => __( 'List clusters', 'igny8' ),
				'description' => __( 'A page of the site’s topic clusters, searchable.', 'igny8' ),
				'capability'  => Capabilities::PLAN,
				'input'       => self::page_input(),
				'output'      => Output_Schema::page(
					Output_Schema::object(
						array(
							'id'   => array( 'type' => 'integer' ),
							'name' => array( 'type' => 'string' ),
						)
					)
				),
				'method'      => 'GET',
				'route'       => '/igny8/v1/planner/clusters',
			),
			'list-ideas'      => array(
				'label'       => __( 'List ideas', 'igny8' ),
				'description' => __( 'A page of the site’s content ideas, searchable.', 'igny8' ),
				'capability'  => Capabilities::PLAN,
				'input'       => self::page_input(),
				'output'      => Output_Schema::page(
					Output_Schema::object(
						array(
							'id'         => array( 'type' => 'integer' ),
							'title'      => array( 'type' => 'string' ),
							'cluster_id' => Output_Schema::nullable( 'integer' ),
						)
					)
				),
				'method'      => 'GET',
				'route'       => '/igny8/v1/planner/ideas',
			),
			'add-keyword'     => array(
				'label'       => __( 'Add a keyword', 'igny8' ),
				'description' => __( 'Adds one keyword to the Planner (a duplicate is refused with the existing one named).', 'igny8' ),
				'capability'  => Capabilities::PLAN,
				'readonly'    => false,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array_diff_key( $keyword, array( 'difficulty' => true ) ),
					'required'             => array( 'keyword' ),
					'additionalProperties' => false,
				),
				'output'      => $row,
				'method'      => 'POST',
				'route'       => '/igny8/v1/planner/keywords',
			),
			'import-keywords' => array(
				'label'       => __( 'Import keywords', 'igny8' ),
				'description' => __( 'Adds keywords to the Planner, duplicates skipped: either rows (up to 1,000) or a CSV/XLSX file’s content. A file whose columns are not recognised answers with its columns and a preview; call again with import_id and mapping (column numbers). A long file imports in passes: call again with import_id until status is completed.', 'igny8' ),
				'capability'  => Capabilities::PLAN,
				'readonly'    => false,
				'idempotent'  => true,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array(
						'keywords'       => array(
							'type'     => 'array',
							'minItems' => 1,
							'maxItems' => 1000, // The bulk_create route's own limit.
							'items'    => array(
								'type'                 => 'object',
								'properties'           => $keyword,
								'required'             => array( 'keyword' ),
								'additionalProperties' => false,
							),
						),
						'file_name'      => array(
							'type'      => 'string',
							'maxLength' => 200,
						),
						'content'        => array(
							'description' => __( 'The file as text (CSV, TSV).', 'igny8' ),
							'type'        => 'string',
							'minLength'   => 1,
						),
						'content_base64' => array(
							'description' => __( 'The file’s bytes, base64 (XLSX).', 'igny8' ),
							'type'        => 'string',
							'minLength'   => 1,
						),
						'import_id'      => array(
							'type'    => 'string',
							'pattern' => '^[0-9a-f-]{36}$',
						),
						'mapping'        => array(
							'type'                 => 'object',
							'properties'           => array_map(
								static fn (): array => array(
									'type'    => 'integer',
									'minimum' => 0,
								),
								array_diff_key( $keyword, array( 'sector_id' => true ) )
							),
							'required'             => array( 'keyword' ),
							'additionalProperties' => false,
						),
					),
					'additionalProperties' => false,
				),
				// Rows answer with counts; a file with its import (status, columns, counts).
				'output'      => array(
					'type'  => 'object',
					'oneOf' => array(
						Output_Schema::object(
							array(
								'created' => array( 'type' => 'integer' ),
								'skipped' => array( 'type' => 'integer' ),
								'total'   => array( 'type' => 'integer' ),
							)
						),
						Output_Schema::object(
							array(
								'import' => Output_Schema::object(
									array(
										'id'         => array( 'type' => 'string' ),
										'status'     => array( 'type' => 'string' ),
										'columns'    => array( 'type' => 'array' ),
										'progress'   => array( 'type' => 'integer' ),
										'imported'   => array( 'type' => 'integer' ),
										'merged'     => array( 'type' => 'integer' ),
										'failed'     => array( 'type' => 'integer' ),
										'last_error' => Output_Schema::nullable( 'string' ),
									)
								),
							)
						),
					),
				),
				'run'         => array( Keyword_Import_Ability::class, 'run' ),
			),
			'create-tasks'    => array(
				'label'       => __( 'Create tasks from ideas', 'igny8' ),
				'description' => __( 'One Writer task per idea (an idea that has one keeps it); free.', 'igny8' ),
				'capability'  => Capabilities::WRITE,
				'readonly'    => false,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array( 'ids' => $ids ),
					'required'             => array( 'ids' ),
					'additionalProperties' => false,
				),
				'output'      => Output_Schema::object(
					array(
						'tasks' => array(
							'type'  => 'array',
							'items' => Output_Schema::object(
								array(
									'idea_id' => array( 'type' => 'integer' ),
									'task_id' => array( 'type' => 'integer' ),
								)
							),
						),
					)
				),
				'method'      => 'POST',
				'route'       => '/igny8/v1/planner/ideas/create_tasks',
			),
		);
	}

	/**
	 * The input of a list: a search, a page, and the list's own filters.
	 *
	 * @param array<string, array<string, mixed>> $filters Filters.
	 * @return array<string, mixed>
	 */
	private static function page_input( array $filters = array() ): array {
		return array(
			'type'                 => 'object',
			'properties'           => $filters + array(
				'search'   => array(
					'type'      => 'string',
					'maxLength' => 200,
				),
				'page'     => array(
					'type'    => 'integer',
					'minimum' => 1,
				),
				'per_page' => array(
					'type'    => 'integer',
					'minimum' => 1,
					'maximum' => 100,
				),
			),
			'additionalProperties' => false,
			'default'              => array(),
		);
	}
}
