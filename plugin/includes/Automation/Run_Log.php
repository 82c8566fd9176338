<?php
/**
 * Runs of automation rules and their steps.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Every run is a row (status, dry run, credits estimated and charged, its items: one per idea with
 * the task, job, post and state) and every step it took is a row with its result, so the screen
 * shows exactly what happened and why.
 *
 * Run statuses: running, waiting (jobs in the cloud), completed, stopped (out of credits),
 * capped (monthly cap reached), failed, dry_run.
 *
 * @since 0.3.0
 */
class Run_Log {

	/**
	 * Statuses of a run that is over.
	 *
	 * @since 0.3.0
	 */
	public const FINAL_STATUSES = array( 'completed', 'stopped', 'capped', 'failed', 'dry_run' );

	/**
	 * Starts a run.
	 *
	 * @since 0.3.0
	 *
	 * @param int  $rule_id Rule.
	 * @param bool $dry_run Dry run.
	 * @return int Run id.
	 */
	public function start( int $rule_id, bool $dry_run ): int {
		global $wpdb;
		$wpdb->insert(
			$this->runs(),
			array(
				'rule_id'    => $rule_id,
				'status'     => 'running',
				'dry_run'    => $dry_run ? 1 : 0,
				'items'      => '[]',
				'started_at' => current_time( 'mysql', true ),
			),
			array( '%d', '%s', '%d', '%s', '%s' )
		);
		return (int) $wpdb->insert_id;
	}

	/**
	 * Records a step.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $run_id  Run.
	 * @param string               $step    Step name, e.g. select_ideas, estimate, cap, create_task, generate_content, quality_gate.
	 * @param string               $status  ok, skipped, failed or info.
	 * @param string               $message What happened, for people.
	 * @param array<string, mixed> $data    Details.
	 */
	public function step( int $run_id, string $step, string $status, string $message, array $data = array() ): void {
		global $wpdb;
		$wpdb->insert(
			$this->steps(),
			array(
				'run_id'     => $run_id,
				'step'       => mb_substr( $step, 0, 40 ),
				'status'     => $status,
				'message'    => $message,
				'data'       => (string) wp_json_encode( (object) $data ),
				'created_at' => current_time( 'mysql', true ),
			),
			array( '%d', '%s', '%s', '%s', '%s', '%s' )
		);
		/**
		 * Fires after an automation step was logged.
		 *
		 * @since 0.3.0
		 *
		 * @param int    $run_id Run.
		 * @param string $step   Step.
		 * @param string $status Status.
		 */
		do_action( 'igny8_automation_step', $run_id, $step, $status );
	}

	/**
	 * Updates a run's fields.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $run_id Run.
	 * @param array<string, mixed> $fields status, credits_estimated, credits_charged, items (array), summary, finished (bool).
	 */
	public function update( int $run_id, array $fields ): void {
		global $wpdb;
		$data = array();
		foreach ( array( 'status', 'summary' ) as $name ) {
			if ( isset( $fields[ $name ] ) ) {
				$data[ $name ] = (string) $fields[ $name ];
			}
		}
		foreach ( array( 'credits_estimated', 'credits_charged' ) as $name ) {
			if ( isset( $fields[ $name ] ) ) {
				$data[ $name ] = max( 0, (int) $fields[ $name ] );
			}
		}
		if ( isset( $fields['items'] ) ) {
			$data['items'] = (string) wp_json_encode( array_values( (array) $fields['items'] ) );
		}
		if ( ! empty( $fields['finished'] ) ) {
			$data['finished_at'] = current_time( 'mysql', true );
		}
		if ( $data ) {
			$wpdb->update( $this->runs(), $data, array( 'id' => $run_id ) );
		}
	}

	/**
	 * One run with its steps.
	 *
	 * @since 0.3.0
	 *
	 * @param int $run_id Run.
	 * @return array<string, mixed>|null
	 */
	public function find( int $run_id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', $this->runs(), $run_id ), ARRAY_A );
		if ( ! is_array( $row ) ) {
			return null;
		}
		$run          = $this->hydrate( $row );
		$run['steps'] = $this->steps_of( array( $run_id ) )[ $run_id ] ?? array();
		return $run;
	}

	/**
	 * Runs, newest first.
	 *
	 * @since 0.3.0
	 *
	 * @param int  $rule_id    Rule (0: all).
	 * @param int  $page       Page.
	 * @param int  $per_page   Per page.
	 * @param bool $with_steps Each run with its steps (one more query for the whole page).
	 * @return array{items: array<int, array<string, mixed>>, total:int}
	 */
	public function query( int $rule_id, int $page = 1, int $per_page = 20, bool $with_steps = false ): array {
		global $wpdb;
		$where = $rule_id ? $wpdb->prepare( 'WHERE rule_id = %d', $rule_id ) : '';
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$this->runs()} {$where} ORDER BY id DESC LIMIT %d OFFSET %d", $per_page, ( max( 1, $page ) - 1 ) * $per_page ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema; the WHERE fragment is built by prepare() or from the plugin's own constants.
		$items = array_map( array( $this, 'hydrate' ), (array) $rows );
		if ( $with_steps && $items ) {
			$steps = $this->steps_of( array_column( $items, 'id' ) );
			foreach ( $items as $i => $run ) {
				$items[ $i ]['steps'] = $steps[ $run['id'] ] ?? array();
			}
		}
		return array(
			'items' => $items,
			'total' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$this->runs()} {$where}" ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema; the WHERE fragment is built by prepare() or from the plugin's own constants.
		);
	}

	/**
	 * The steps of some runs, in the order they were logged, by run id.
	 *
	 * @param array<int, int> $run_ids Runs.
	 * @return array<int, array<int, array<string, mixed>>>
	 */
	private function steps_of( array $run_ids ): array {
		global $wpdb;
		$ids  = array_map( 'intval', $run_ids );
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT * FROM %i WHERE run_id IN (' . implode( ',', array_fill( 0, count( $ids ), '%d' ) ) . ') ORDER BY id ASC', // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- one %d per id, built above.
				$this->steps(),
				...$ids
			),
			ARRAY_A
		);
		$by_run = array();
		foreach ( (array) $rows as $s ) {
			$by_run[ (int) $s['run_id'] ][] = array(
				'id'         => (int) $s['id'],
				'step'       => (string) $s['step'],
				'status'     => (string) $s['status'],
				'message'    => (string) $s['message'],
				'data'       => (array) ( json_decode( (string) $s['data'], true ) ?? array() ),
				'created_at' => (string) $s['created_at'],
			);
		}
		return $by_run;
	}

	/**
	 * Runs still waiting on cloud jobs.
	 *
	 * @since 0.3.0
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public function waiting(): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM %i WHERE status = 'waiting' ORDER BY id ASC LIMIT 20", $this->runs() ), ARRAY_A );
		return array_map( array( $this, 'hydrate' ), (array) $rows );
	}

	/**
	 * Credits a rule's runs used since the start of this month (site time), dry runs excluded.
	 *
	 * @since 0.3.0
	 *
	 * @param int $rule_id Rule.
	 */
	public function credits_this_month( int $rule_id ): int {
		global $wpdb;
		$start = ( new \DateTimeImmutable( 'first day of this month midnight', wp_timezone() ) )->setTimezone( new \DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COALESCE(SUM(credits_charged), 0) FROM %i WHERE rule_id = %d AND dry_run = 0 AND started_at >= %s', $this->runs(), $rule_id, $start ) );
	}

	/**
	 * Deletes the runs and steps of a rule (the rule was deleted).
	 *
	 * @since 0.3.0
	 *
	 * @param int $rule_id Rule.
	 */
	public function delete_for_rule( int $rule_id ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE s FROM %i s JOIN %i r ON r.id = s.run_id WHERE r.rule_id = %d', $this->steps(), $this->runs(), $rule_id ) );
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE rule_id = %d', $this->runs(), $rule_id ) );
	}

	/**
	 * Typed run row.
	 *
	 * @param array<string, mixed> $row Row.
	 * @return array<string, mixed>
	 */
	public function hydrate( array $row ): array {
		$items = json_decode( (string) ( $row['items'] ?? '[]' ), true );
		return array(
			'id'                => (int) $row['id'],
			'rule_id'           => (int) $row['rule_id'],
			'status'            => (string) $row['status'],
			'dry_run'           => (bool) $row['dry_run'],
			'credits_estimated' => (int) $row['credits_estimated'],
			'credits_charged'   => (int) $row['credits_charged'],
			'items'             => is_array( $items ) ? $items : array(),
			'summary'           => (string) $row['summary'],
			'started_at'        => (string) $row['started_at'],
			'finished_at'       => null === $row['finished_at'] ? null : (string) $row['finished_at'],
		);
	}

	/**
	 * Runs table.
	 */
	private function runs(): string {
		return Schema::table( Schema::AUTOMATION_RUNS );
	}

	/**
	 * Steps table.
	 */
	private function steps(): string {
		return Schema::table( Schema::AUTOMATION_STEPS );
	}
}
