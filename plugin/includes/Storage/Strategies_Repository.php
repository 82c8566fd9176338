<?php
/**
 * Writing strategies table access.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * {prefix}igny8_strategies: named bundles of writing choices (length, structure, author profile,
 * images, FAQ, key takeaways, internal links). Exactly one row is the default once the site has
 * any; tasks and automation rules point at theirs by strategy_id.
 *
 * @since 0.6.0
 */
final class Strategies_Repository extends Repository {

	/**
	 * Internal-link policies: leave linking to the Linker's suggestions, or ask for no links at all.
	 *
	 * @since 0.6.0
	 */
	public const LINK_POLICIES = array( 'linker', 'none' );

	/**
	 * Most in-article images a strategy asks for (the Worker's generate_image_prompts limit).
	 *
	 * @since 0.6.0
	 */
	public const MAX_IMAGES = 5;

	/**
	 * {@inheritDoc}
	 */
	protected static function suffix(): string {
		return Schema::STRATEGIES;
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function columns(): array {
		return array(
			'name'              => 'string',
			'is_default'        => 'int',
			'target_words'      => 'int',
			'content_structure' => 'string',
			'author_profile'    => 'string',
			'image_count'       => 'int',
			'faq'               => 'int',
			'takeaways'         => 'int',
			'link_policy'       => 'string',
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function search_column(): string {
		return 'name';
	}

	/**
	 * {@inheritDoc}
	 */
	public function hydrate( array $row ): array {
		$strategy = parent::hydrate( $row );
		foreach ( array( 'is_default', 'faq', 'takeaways' ) as $flag ) {
			$strategy[ $flag ] = (bool) $strategy[ $flag ];
		}
		return $strategy;
	}

	/**
	 * Inserts a strategy; the site's first one becomes the default.
	 *
	 * @since 0.6.0
	 *
	 * @param array<string, mixed> $data Column values.
	 * @return int|WP_Error
	 */
	public function insert( array $data ) {
		$make_default       = ! empty( $data['is_default'] ) || null === $this->default_strategy();
		$data['is_default'] = 0;
		$id                 = parent::insert( $data );
		if ( ! is_wp_error( $id ) && $make_default ) {
			$this->set_default( $id );
		}
		return $id;
	}

	/**
	 * The default strategy, or null before one exists.
	 *
	 * @since 0.6.0
	 *
	 * @return array<string, mixed>|null
	 */
	public function default_strategy(): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE is_default = 1 ORDER BY id ASC LIMIT 1', $this->table ), ARRAY_A );
		return $row ? $this->hydrate( $row ) : null;
	}

	/**
	 * The strategy a task is written with: the one picked for this run, else the task's own, else
	 * the default (an id that no longer exists falls through to the next).
	 *
	 * @since 0.6.0
	 *
	 * @param array<string, mixed> $task   Task.
	 * @param int|null             $picked Strategy picked when starting the job.
	 * @return array<string, mixed>|null Null only on a site without strategies.
	 */
	public function for_task( array $task, ?int $picked = null ): ?array {
		foreach ( array( $picked, $task['strategy_id'] ?? null ) as $id ) {
			$strategy = $id ? $this->find( (int) $id ) : null;
			if ( null !== $strategy ) {
				return $strategy;
			}
		}
		return $this->default_strategy();
	}

	/**
	 * Makes one strategy the default and every other not.
	 *
	 * @since 0.6.0
	 *
	 * @param int $id Strategy id.
	 */
	public function set_default( int $id ): void {
		global $wpdb;
		// One statement, so no reader ever sees two defaults or none.
		$wpdb->query( $wpdb->prepare( 'UPDATE %i SET is_default = IF(id = %d, 1, 0)', $this->table, $id ) );
	}

	/**
	 * How many tasks and automation rules use a strategy.
	 *
	 * @since 0.6.0
	 *
	 * @param int $id Strategy id.
	 * @return array{tasks: int, rules: int}
	 */
	public function usage( int $id ): array {
		global $wpdb;
		return array(
			'tasks' => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE strategy_id = %d', Schema::table( Schema::TASKS ), $id ) ),
			'rules' => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE strategy_id = %d', Schema::table( Schema::AUTOMATION_RULES ), $id ) ),
		);
	}

	/**
	 * The choices of a site without strategies so far, read from the settings they replace, so the
	 * seeded default writes exactly what the site wrote before: the cluster's length, the task's
	 * structure, the site's default author profile, three in-article images, an FAQ, no takeaways.
	 * The profile is left empty ("the site's default") rather than copied, so Settings → AI models
	 * keeps deciding the voice of every function, articles included, until a strategy names one.
	 *
	 * @since 0.6.0
	 *
	 * @return array<string, mixed>
	 */
	public static function current_choices(): array {
		return array(
			'name'              => __( 'Standard article', 'igny8' ),
			'target_words'      => null,
			'content_structure' => '',
			'author_profile'    => '',
			'image_count'       => 3,
			'faq'               => 1,
			'takeaways'         => 0,
			'link_policy'       => 'linker',
		);
	}

	/**
	 * Seeds the default strategy from the current settings unless the site has one.
	 *
	 * @since 0.6.0
	 *
	 * @return int|WP_Error|null The new strategy's id, null when a default existed.
	 */
	public function seed_default() {
		if ( null !== $this->default_strategy() ) {
			return null;
		}
		return $this->insert( self::current_choices() + array( 'is_default' => 1 ) );
	}
}
