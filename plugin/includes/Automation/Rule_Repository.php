<?php
/**
 * Automation rules.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

use Igny8\Storage\Repository;
use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * The rules table: "on these weekdays at this time take up to N approved ideas of a sector, write
 * them (and their images), then keep them as drafts, publish or schedule them when they pass the
 * quality gate", with a monthly credit cap (0 = no cap).
 *
 * @since 0.3.0
 */
final class Rule_Repository extends Repository {

	/**
	 * Rule statuses.
	 *
	 * @since 0.3.0
	 */
	public const STATUSES = array( 'active', 'paused' );

	/**
	 * What a rule does with a post that passes the gate.
	 *
	 * @since 0.3.0
	 */
	public const PUBLISH_MODES = array( 'draft', 'publish', 'schedule' );

	/**
	 * {@inheritDoc}
	 */
	protected static function suffix(): string {
		return Schema::AUTOMATION_RULES;
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function columns(): array {
		return array(
			'name'               => 'string',
			'status'             => 'string',
			'sector_id'          => 'int',
			'max_ideas'          => 'int',
			'days'               => 'string',
			'run_time'           => 'string',
			'publish_mode'       => 'string',
			'publish_time'       => 'string',
			'generate_images'    => 'int',
			'quality_threshold'  => 'int',
			'monthly_credit_cap' => 'int',
			'strategy_id'        => 'int',
			'next_run_at'        => 'string',
			'last_run_at'        => 'string',
			'created_by'         => 'int',
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function search_column(): string {
		return 'name';
	}

	/**
	 * Active rules whose next run is due, oldest first.
	 *
	 * @since 0.3.0
	 *
	 * @param string $now GMT 'Y-m-d H:i:s'.
	 * @return array<int, array<string, mixed>>
	 */
	public function due( string $now ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM %i WHERE status = 'active' AND next_run_at IS NOT NULL AND next_run_at <= %s ORDER BY next_run_at ASC, id ASC LIMIT 20", $this->table, $now ), ARRAY_A );
		return array_map( array( $this, 'hydrate' ), (array) $rows );
	}

	/**
	 * Moves a due rule's next run on, only if nobody else did (the second guard after the lock).
	 *
	 * @since 0.3.0
	 *
	 * @param int         $id       Rule id.
	 * @param string|null $expected next_run_at read with the rule.
	 * @param string|null $next     New next_run_at.
	 * @return bool Whether this caller claimed the run.
	 */
	public function claim( int $id, ?string $expected, ?string $next ): bool {
		global $wpdb;
		$now   = current_time( 'mysql', true );
		$set   = null === $next ? 'next_run_at = NULL' : $wpdb->prepare( 'next_run_at = %s', $next );
		$where = null === $expected ? 'next_run_at IS NULL' : $wpdb->prepare( 'next_run_at = %s', $expected );
		$sql   = $wpdb->prepare( "UPDATE {$this->table} SET {$set}, last_run_at = %s, updated_at = %s WHERE id = %d AND {$where}", $now, $now, $id ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema; the WHERE fragment is built by prepare() or from the plugin's own constants.
		return 1 === (int) $wpdb->query( $sql ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- the statement was built from Schema table names and placeholders above.
	}

	/**
	 * {@inheritDoc}
	 */
	public function hydrate( array $row ): array {
		$rule                    = parent::hydrate( $row );
		$rule['days']            = Schedule::days( (string) $rule['days'] );
		$rule['generate_images'] = (bool) $rule['generate_images'];
		return $rule;
	}
}
