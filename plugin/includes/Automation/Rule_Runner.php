<?php
/**
 * Starts one run of a rule.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

use Igny8\Actions\Generate_Content\Action as Content_Action;
use Igny8\Actions\Job_Plan;
use Igny8\Actions\Registry;
use Igny8\Cloud\Estimate;
use Igny8\Planner\Idea_Tasks;

defined( 'ABSPATH' ) || exit;

/**
 * A run: pick the approved ideas → estimate their cost → keep within the monthly cap and the balance →
 * create a task per idea → start its generate_content job. Jobs finish in the cloud later; Run_Advancer
 * takes the run on from there (images, quality gate, publishing). A dry run stops after the estimate
 * and logs what it would do and what it would cost, changing nothing else.
 *
 * Every step is logged. Out of credits (the cloud answers 402) the run stops cleanly: the ideas not yet
 * started stay approved and untouched, the tasks already started go on.
 *
 * @since 0.3.0
 */
class Rule_Runner {

	/**
	 * Run log.
	 *
	 * @var Run_Log
	 */
	private Run_Log $log;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param Run_Log|null $log Run log.
	 */
	public function __construct( ?Run_Log $log = null ) {
		$this->log = $log ?? new Run_Log();
	}

	/**
	 * Runs a rule once.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $rule    Hydrated rule.
	 * @param bool                 $dry_run Only say what would happen.
	 * @return int Run id.
	 */
	public function run( array $rule, bool $dry_run = false ): int {
		$run_id = $this->log->start( (int) $rule['id'], $dry_run );
		$ideas  = ( new Idea_Source() )->approved( $rule['sector_id'] ? (int) $rule['sector_id'] : null, max( 1, (int) $rule['max_ideas'] ) );
		if ( ! $ideas ) {
			$this->log->step( $run_id, 'select_ideas', 'skipped', __( 'No approved ideas are waiting for this rule: nothing to do.', 'igny8' ) );
			return $this->finish( $run_id, 'completed', __( 'Nothing to do.', 'igny8' ) );
		}
		$this->log->step(
			$run_id,
			'select_ideas',
			'ok',
			/* translators: %d: number of ideas */
			sprintf( _n( 'Took %d approved idea.', 'Took %d approved ideas.', count( $ideas ), 'igny8' ), count( $ideas ) ),
			array( 'idea_ids' => array_column( $ideas, 'id' ) )
		);

		$costs = $this->estimate( $rule, $ideas );
		if ( is_wp_error( $costs ) ) {
			$this->log->step( $run_id, 'estimate', 'failed', $costs->get_error_message() );
			return $this->finish( $run_id, 'failed', $costs->get_error_message() );
		}
		$total = array_sum( $costs['per_idea'] );
		$this->log->step(
			$run_id,
			'estimate',
			'ok',
			/* translators: 1: credits, 2: balance */
			sprintf( _n( 'Estimated cost: %1$d credit (balance %2$d).', 'Estimated cost: %1$d credits (balance %2$d).', $total, 'igny8' ), $total, $costs['balance'] ),
			array(
				'credits'  => $total,
				'balance'  => $costs['balance'],
				'per_idea' => $costs['per_idea'],
			)
		);

		// The ideas that fit in the monthly cap, in order.
		$cap    = (int) $rule['monthly_credit_cap'];
		$used   = $this->log->credits_this_month( (int) $rule['id'] );
		$fit    = array();
		$budget = 0;
		foreach ( $ideas as $i => $idea ) {
			if ( $cap > 0 && $used + $budget + $costs['per_idea'][ $i ] > $cap ) {
				break;
			}
			$budget += $costs['per_idea'][ $i ];
			$fit[]   = $i;
		}
		if ( $cap > 0 ) {
			$this->log->step(
				$run_id,
				'cap',
				count( $fit ) === count( $ideas ) ? 'ok' : ( $fit ? 'info' : 'failed' ),
				/* translators: 1: credits used, 2: cap, 3: ideas that fit, 4: ideas taken */
				sprintf( __( '%1$d of the %2$d monthly credits used; %3$d of %4$d ideas fit in the cap.', 'igny8' ), $used, $cap, count( $fit ), count( $ideas ) ),
				array(
					'used' => $used,
					'cap'  => $cap,
					'fit'  => count( $fit ),
				)
			);
			if ( ! $fit ) {
				return $this->finish( $run_id, 'capped', __( 'The rule\'s monthly credit cap is reached; it runs again next month or with a higher cap.', 'igny8' ), $budget );
			}
		}
		if ( $costs['balance'] < ( $costs['per_idea'][ $fit[0] ] ?? 0 ) ) {
			$this->log->step( $run_id, 'credits', 'failed', __( 'Not enough credits for even one article. Buy credits in the IGNY8 portal, then resume the rule.', 'igny8' ) );
			return $this->finish( $run_id, 'stopped', __( 'Out of credits.', 'igny8' ) );
		}

		if ( $dry_run ) {
			$titles = array_map( static fn ( int $i ): string => (string) $ideas[ $i ]['title'], $fit );
			$this->log->step(
				$run_id,
				'dry_run',
				'info',
				$this->plan_sentence( $rule, count( $fit ) ),
				array(
					'titles'  => $titles,
					'credits' => $budget,
				)
			);
			return $this->finish( $run_id, 'dry_run', $this->plan_sentence( $rule, count( $fit ) ), $budget, $budget );
		}

		return $this->start_jobs( $run_id, $rule, $ideas, $fit, $costs['per_idea'] );
	}

	/**
	 * Creates the tasks and starts their articles, stopping at the first refusal for credits.
	 *
	 * @param int                              $run_id   Run.
	 * @param array<string, mixed>             $rule     Rule.
	 * @param array<int, array<string, mixed>> $ideas    Ideas.
	 * @param int[]                            $fit      Indexes of the ideas to start.
	 * @param int[]                            $per_idea Estimated credits per idea.
	 * @return int Run id.
	 */
	private function start_jobs( int $run_id, array $rule, array $ideas, array $fit, array $per_idea ): int {
		$tasks     = new Idea_Tasks();
		$writer    = Registry::get( 'generate_content' );
		$items     = array();
		$reserved  = 0;
		$stopped   = null;
		foreach ( $fit as $i ) {
			$idea    = $ideas[ $i ];
			$created = $tasks->create_tasks( array( (int) $idea['id'] ), (int) ( $rule['created_by'] ?? 0 ) );
			$task_id = (int) ( $created[0]['task_id'] ?? 0 );
			if ( ! $task_id ) {
				/* translators: %s: idea title */
				$this->log->step( $run_id, 'create_task', 'failed', sprintf( __( 'Could not create a task for "%s".', 'igny8' ), $idea['title'] ), array( 'idea_id' => $idea['id'] ) );
				continue;
			}
			$this->log->step(
				$run_id,
				'create_task',
				'ok',
				/* translators: 1: task id, 2: idea title */
				sprintf( __( 'Task %1$d created for "%2$s".', 'igny8' ), $task_id, $idea['title'] ),
				array(
					'idea_id' => $idea['id'],
					'task_id' => $task_id,
				)
			);

			// The rule's strategy becomes the task's (the default strategy when the rule names none).
			$params  = array( 'ids' => array( $task_id ) );
			$started = $writer->run( empty( $rule['strategy_id'] ) ? $params : $params + array( 'strategy_id' => (int) $rule['strategy_id'] ) );
			if ( is_wp_error( $started ) ) {
				$credits = 'igny8_insufficient_credits' === $started->get_error_code();
				$this->log->step(
					$run_id,
					'generate_content',
					'failed',
					$started->get_error_message(),
					array(
						'task_id' => $task_id,
						'code'    => $started->get_error_code(),
					)
				);
				$items[] = array(
					'idea_id'  => (int) $idea['id'],
					'task_id'  => $task_id,
					'state'    => 'not_started',
					'estimate' => 0,
				);
				if ( $credits ) {
					$stopped = $started->get_error_message();
					break;
				}
				continue;
			}
			$job_id    = (string) $started[0]['job_id'];
			$reserved += $per_idea[ $i ];
			$items[]   = array(
				'idea_id'  => (int) $idea['id'],
				'task_id'  => $task_id,
				'job_id'   => $job_id,
				'estimate' => $per_idea[ $i ],
				'state'    => 'writing',
			);
			$this->log->step(
				$run_id,
				'generate_content',
				'ok',
				/* translators: %d: task id */
				sprintf( __( 'Article job started for task %d.', 'igny8' ), $task_id ),
				array(
					'task_id' => $task_id,
					'job_id'  => $job_id,
				)
			);
			$this->log->update(
				$run_id,
				array(
					'items'           => $items,
					'credits_charged' => $reserved,
				)
			);
		}

		$this->log->update(
			$run_id,
			array(
				'items'             => $items,
				'credits_estimated' => $reserved,
				'credits_charged'   => $reserved,
			)
		);
		$writing = array_filter( $items, static fn ( array $item ): bool => 'writing' === $item['state'] );
		if ( null !== $stopped ) {
			$this->log->step( $run_id, 'stop', 'failed', __( 'Stopped: out of credits. The articles already started go on; the remaining ideas stay approved for the next run.', 'igny8' ) );
		}
		if ( $writing ) {
			$this->log->update(
				$run_id,
				array(
					'status'  => 'waiting',
					'summary' => null !== $stopped ? 'stopped' : '',
				)
			);
			return $run_id;
		}
		return $this->finish( $run_id, null !== $stopped ? 'stopped' : 'failed', null !== $stopped ? __( 'Out of credits.', 'igny8' ) : __( 'No article could be started.', 'igny8' ) );
	}

	/**
	 * Estimated credits per idea (generate_content, plus image prompts when the rule makes images).
	 *
	 * @param array<string, mixed>             $rule  Rule.
	 * @param array<int, array<string, mixed>> $ideas Ideas.
	 * @return array{per_idea:int[], balance:int}|\WP_Error
	 */
	private function estimate( array $rule, array $ideas ) {
		$per_idea = array();
		$balance  = 0;
		$estimate = new Estimate();
		foreach ( $ideas as $idea ) {
			$task    = Idea_Tasks::task_fields( $idea ) + array( 'strategy_id' => $rule['strategy_id'] ?? null );
			$content = Job_Plan::for_site( 'generate_content', Content_Action::input( $task ), array(), 'estimate' );
			$calls   = array(
				array(
					'function' => $content->function,
					'input'    => $content->input,
				),
			);
			if ( ! empty( $rule['generate_images'] ) ) {
				$calls[] = array(
					'function' => 'generate_image_prompts',
					'input'    => array(
						'title'        => (string) $idea['title'],
						'content_html' => '<p>' . esc_html( (string) $idea['title'] ) . '</p>',
					),
				);
			}
			$answer = $estimate->for_calls( $calls );
			if ( is_wp_error( $answer ) ) {
				return $answer;
			}
			$per_idea[] = (int) $answer['credits'];
			$balance    = (int) $answer['balance'];
		}
		return array(
			'per_idea' => $per_idea,
			'balance'  => $balance,
		);
	}

	/**
	 * "Would write N articles, then …" for dry runs and summaries.
	 *
	 * @param array<string, mixed> $rule  Rule.
	 * @param int                  $count Articles.
	 */
	private function plan_sentence( array $rule, int $count ): string {
		$then = array(
			/* translators: %d: threshold */
			'draft'    => __( 'keep them as drafts (score and block check logged; threshold %d)', 'igny8' ),
			/* translators: %d: threshold */
			'publish'  => __( 'publish each one whose score reaches %d and whose blocks all validate, keeping the others as drafts', 'igny8' ),
			/* translators: %d: threshold */
			'schedule' => __( 'schedule each one whose score reaches %d and whose blocks all validate, keeping the others as drafts', 'igny8' ),
		)[ (string) $rule['publish_mode'] ] ?? '%d';
		return sprintf(
			/* translators: 1: number of articles, 2: images clause, 3: what happens next */
			_n( 'Would create %1$d task and write %1$d article%2$s, then %3$s.', 'Would create %1$d tasks and write %1$d articles%2$s, then %3$s.', $count, 'igny8' ),
			$count,
			empty( $rule['generate_images'] ) ? '' : __( ' with images', 'igny8' ),
			sprintf( $then, (int) $rule['quality_threshold'] )
		);
	}

	/**
	 * Ends a run.
	 *
	 * @param int    $run_id    Run.
	 * @param string $status    Final status.
	 * @param string $summary   Summary.
	 * @param int    $estimated Credits estimated.
	 * @param int    $charged   Credits charged.
	 * @return int Run id.
	 */
	private function finish( int $run_id, string $status, string $summary, int $estimated = 0, int $charged = 0 ): int {
		$this->log->update(
			$run_id,
			array(
				'status'            => $status,
				'summary'           => $summary,
				'credits_estimated' => $estimated,
				'credits_charged'   => 'dry_run' === $status ? 0 : $charged,
				'finished'          => true,
			)
		);
		return $run_id;
	}
}
