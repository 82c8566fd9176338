<?php
/**
 * Takes waiting runs on as their jobs finish.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

use Igny8\Actions\Registry;
use Igny8\Storage\Jobs_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Sync\Job_Pull;

defined( 'ABSPATH' ) || exit;

/**
 * Per item: writing (pull the article job) → images (when the rule makes them; wait for the image
 * jobs) → gate (Quality_Gate) → published, scheduled or kept_draft. A run is completed when every
 * item reached a final state. The run's charged credits follow the jobs' actual charges.
 *
 * @since 0.3.0
 */
class Run_Advancer {

	/**
	 * Item states that are over.
	 *
	 * @since 0.3.0
	 */
	public const FINAL_STATES = array( 'published', 'scheduled', 'kept_draft', 'failed', 'not_started' );

	/**
	 * Seconds an item may wait for its jobs before it is given up.
	 */
	private const TIMEOUT = DAY_IN_SECONDS;

	/**
	 * Run log.
	 *
	 * @var Run_Log
	 */
	private Run_Log $log;

	/**
	 * Job pull.
	 *
	 * @var Job_Pull
	 */
	private Job_Pull $pull;

	/**
	 * Quality gate.
	 *
	 * @var Quality_Gate
	 */
	private Quality_Gate $gate;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param Run_Log|null      $log  Run log.
	 * @param Job_Pull|null     $pull Job pull.
	 * @param Quality_Gate|null $gate Quality gate.
	 */
	public function __construct( ?Run_Log $log = null, ?Job_Pull $pull = null, ?Quality_Gate $gate = null ) {
		$this->log  = $log ?? new Run_Log();
		$this->pull = $pull ?? new Job_Pull();
		$this->gate = $gate ?? new Quality_Gate();
	}

	/**
	 * Advances one waiting run as far as it can go now.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $run  Hydrated run.
	 * @param array<string, mixed> $rule Hydrated rule.
	 * @return string The run's status afterwards.
	 */
	public function advance( array $run, array $rule ): string {
		$items = (array) $run['items'];
		foreach ( $items as $k => $item ) {
			$items[ $k ] = $this->advance_item( (int) $run['id'], $rule, $item, (string) $run['started_at'] );
		}
		$charged = $this->charged( $items );
		$open    = array_filter( $items, static fn ( array $item ): bool => ! in_array( $item['state'], self::FINAL_STATES, true ) );
		if ( $open ) {
			$this->log->update(
				(int) $run['id'],
				array(
					'items'           => $items,
					'credits_charged' => $charged,
				)
			);
			return 'waiting';
		}
		$status = 'stopped' === $run['summary'] ? 'stopped' : 'completed';
		$counts = array_count_values( array_column( $items, 'state' ) );
		$this->log->update(
			(int) $run['id'],
			array(
				'items'           => $items,
				'credits_charged' => $charged,
				'status'          => $status,
				'summary'         => sprintf(
					/* translators: 1: published, 2: scheduled, 3: kept as drafts, 4: failed */
					__( '%1$d published, %2$d scheduled, %3$d kept as drafts, %4$d failed.', 'igny8' ),
					$counts['published'] ?? 0,
					$counts['scheduled'] ?? 0,
					$counts['kept_draft'] ?? 0,
					( $counts['failed'] ?? 0 ) + ( $counts['not_started'] ?? 0 )
				),
				'finished'        => true,
			)
		);
		$this->log->step( (int) $run['id'], 'finish', 'ok', __( 'Every article of this run is done.', 'igny8' ) );
		return $status;
	}

	/**
	 * Moves one item on.
	 *
	 * @param int                  $run_id  Run.
	 * @param array<string, mixed> $rule    Rule.
	 * @param array<string, mixed> $item    Item.
	 * @param string               $started Run start (GMT).
	 * @return array<string, mixed> The item.
	 */
	private function advance_item( int $run_id, array $rule, array $item, string $started ): array {
		if ( in_array( $item['state'], self::FINAL_STATES, true ) ) {
			return $item;
		}
		if ( time() - (int) strtotime( $started . ' UTC' ) > self::TIMEOUT ) {
			/* translators: %d: task id */
			$this->log->step( $run_id, 'timeout', 'failed', sprintf( __( 'Task %d did not finish within a day; the run stops waiting for it.', 'igny8' ), (int) $item['task_id'] ), array( 'task_id' => $item['task_id'] ) );
			$item['state'] = 'failed';
			return $item;
		}
		if ( 'writing' === $item['state'] ) {
			$job = $this->pull->pull( (string) $item['job_id'] );
			if ( is_wp_error( $job ) ) {
				return $item; // The cloud is unreachable now; the next tick tries again.
			}
			if ( in_array( $job['status'], array( 'failed', 'cancelled' ), true ) ) {
				/* translators: 1: task id, 2: error */
				$this->log->step( $run_id, 'article', 'failed', sprintf( __( 'The article of task %1$d failed: %2$s', 'igny8' ), (int) $item['task_id'], (string) $job['error'] ), array( 'task_id' => $item['task_id'] ) );
				$item['state'] = 'failed';
				return $item;
			}
			$task = ( new Tasks_Repository() )->find( (int) $item['task_id'] );
			if ( null === $job['applied_at'] || ! $task || ! $task['assigned_post_id'] ) {
				return $item;
			}
			$item['post_id'] = (int) $task['assigned_post_id'];
			$this->log->step(
				$run_id,
				'article',
				'ok',
				/* translators: 1: post id, 2: task id */
				sprintf( __( 'Draft %1$d written for task %2$d.', 'igny8' ), $item['post_id'], (int) $item['task_id'] ),
				array(
					'post_id' => $item['post_id'],
					'task_id' => $item['task_id'],
				)
			);
			$item['state'] = 'gate';
			if ( ! empty( $rule['generate_images'] ) ) {
				$images = Registry::get( 'generate_image_prompts' )->run( array( 'ids' => array( (int) $item['task_id'] ) ) );
				if ( is_wp_error( $images ) ) {
					$this->log->step( $run_id, 'images', 'failed', $images->get_error_message(), array( 'task_id' => $item['task_id'] ) );
				} else {
					$item['state'] = 'images';
					$this->log->step(
						$run_id,
						'images',
						'ok',
						__( 'Image job started.', 'igny8' ),
						array(
							'task_id' => $item['task_id'],
							'job_id'  => $images[0]['job_id'] ?? '',
						)
					);
				}
			}
		}
		if ( 'images' === $item['state'] ) {
			if ( $this->images_pending( (int) $item['task_id'] ) ) {
				return $item;
			}
			$this->log->step( $run_id, 'images', 'ok', __( 'Images added.', 'igny8' ), array( 'task_id' => $item['task_id'] ) );
			$item['state'] = 'gate';
		}
		if ( 'gate' === $item['state'] ) {
			$item = $this->gate( $run_id, $rule, $item );
		}
		return $item;
	}

	/**
	 * Applies the quality gate and publishes, schedules or keeps the draft.
	 *
	 * @param int                  $run_id Run.
	 * @param array<string, mixed> $rule   Rule.
	 * @param array<string, mixed> $item   Item.
	 * @return array<string, mixed>
	 */
	private function gate( int $run_id, array $rule, array $item ): array {
		$post = get_post( (int) $item['post_id'] );
		if ( ! $post ) {
			$this->log->step( $run_id, 'quality_gate', 'failed', __( 'The draft was deleted.', 'igny8' ), array( 'post_id' => $item['post_id'] ) );
			$item['state'] = 'failed';
			return $item;
		}
		$verdict       = $this->gate->check( $post, (int) $rule['quality_threshold'] );
		$item['score'] = $verdict['score'];
		if ( ! $verdict['pass'] ) {
			$this->log->step(
				$run_id,
				'quality_gate',
				'failed',
				/* translators: 1: post id, 2: reasons */
				sprintf( __( 'Post %1$d stays a draft: %2$s', 'igny8' ), $post->ID, implode( ' ', $verdict['reasons'] ) ),
				array(
					'post_id' => $post->ID,
					'score'   => $verdict['score'],
					'reasons' => $verdict['reasons'],
				)
			);
			$item['state'] = 'kept_draft';
			return $item;
		}
		$this->log->step(
			$run_id,
			'quality_gate',
			'ok',
			/* translators: 1: post id, 2: score */
			sprintf( __( 'Post %1$d passed with score %2$d; its block markup passed the structure check.', 'igny8' ), $post->ID, (int) $verdict['score'] ),
			array(
				'post_id' => $post->ID,
				'score'   => $verdict['score'],
			)
		);
		if ( 'draft' === $rule['publish_mode'] ) {
			$item['state'] = 'kept_draft';
			$this->log->step( $run_id, 'publish', 'skipped', __( 'The rule keeps posts as drafts.', 'igny8' ), array( 'post_id' => $post->ID ) );
			return $item;
		}
		$update = array(
			'ID'          => $post->ID,
			'post_status' => 'publish',
		);
		if ( 'schedule' === $rule['publish_mode'] ) {
			$when = Schedule::next( range( 1, 7 ), '' !== (string) $rule['publish_time'] ? (string) $rule['publish_time'] : (string) $rule['run_time'] );
			if ( null !== $when ) {
				$update['post_status']   = 'future';
				$update['post_date_gmt'] = $when;
				$update['post_date']     = get_date_from_gmt( $when );
				$update['edit_date']     = true;
			}
		}
		$saved = wp_update_post( $update, true );
		if ( is_wp_error( $saved ) ) {
			$this->log->step( $run_id, 'publish', 'failed', $saved->get_error_message(), array( 'post_id' => $post->ID ) );
			$item['state'] = 'kept_draft';
			return $item;
		}
		$item['state'] = 'future' === $update['post_status'] ? 'scheduled' : 'published';
		$this->log->step(
			$run_id,
			'publish',
			'ok',
			'scheduled' === $item['state']
				/* translators: 1: post id, 2: date */
				? sprintf( __( 'Post %1$d scheduled for %2$s.', 'igny8' ), $post->ID, (string) $update['post_date'] )
				/* translators: %d: post id */
				: sprintf( __( 'Post %d published.', 'igny8' ), $post->ID ),
			array( 'post_id' => $post->ID )
		);
		return $item;
	}

	/**
	 * Whether image jobs of the task are still running or not yet applied (pulling them on the way).
	 *
	 * @param int $task_id Task.
	 */
	private function images_pending( int $task_id ): bool {
		global $wpdb;
		$table   = \Igny8\Storage\Schema::table( \Igny8\Storage\Schema::JOBS );
		$pending = $wpdb->get_col( $wpdb->prepare( "SELECT job_id FROM %i WHERE task_id = %d AND `function` IN ('generate_image_prompts','generate_images') AND applied_at IS NULL AND status NOT IN ('failed','cancelled')", $table, $task_id ) );
		foreach ( (array) $pending as $job_id ) {
			$this->pull->pull( (string) $job_id );
		}
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE task_id = %d AND `function` IN ('generate_image_prompts','generate_images') AND applied_at IS NULL AND status NOT IN ('failed','cancelled')", $table, $task_id ) );
	}

	/**
	 * Credits of the run: each job's actual charge once final, its estimate until then.
	 *
	 * @param array<int, array<string, mixed>> $items Items.
	 */
	private function charged( array $items ): int {
		$jobs  = new Jobs_Repository();
		$total = 0;
		foreach ( $items as $item ) {
			if ( empty( $item['job_id'] ) ) {
				continue;
			}
			$job    = $jobs->find( (string) $item['job_id'] );
			$final  = $job && in_array( $job['status'], Jobs_Repository::FINAL_STATUSES, true );
			$total += $final ? (int) $job['credits_charged'] : (int) $item['estimate'];
		}
		return $total;
	}
}
