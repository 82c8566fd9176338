<?php
/**
 * Plans made one at a time, as a run reaches them.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions;

defined( 'ABSPATH' ) || exit;

/**
 * What plan() returns for a run too big to plan up front (50 clustering jobs over a 100,000-keyword
 * backlog): it counts its jobs at once, for the estimate, but builds each plan only when the run
 * iterates to it, so the first job starts before the last one's input has been read.
 *
 * @since 0.9.0
 *
 * @implements \IteratorAggregate<int, Job_Plan>
 */
final class Lazy_Plans implements \IteratorAggregate, \Countable {

	/**
	 * Jobs the run makes (at most; a plan whose selection emptied meanwhile is skipped).
	 *
	 * @var int
	 */
	private int $count;

	/**
	 * Makes the plans, in order.
	 *
	 * @var callable(): \Generator<int, Job_Plan>
	 */
	private $plans;

	/**
	 * Constructor.
	 *
	 * @since 0.9.0
	 *
	 * @param int                                   $count Jobs the run makes, at most.
	 * @param callable(): \Generator<int, Job_Plan> $plans Makes the plans, in order.
	 */
	public function __construct( int $count, callable $plans ) {
		$this->count = $count;
		$this->plans = $plans;
	}

	/**
	 * Jobs the run makes, at most.
	 *
	 * @since 0.9.0
	 */
	public function count(): int {
		return $this->count;
	}

	/**
	 * The plans, each made when it is reached.
	 *
	 * @since 0.9.0
	 *
	 * @return \Generator<int, Job_Plan>
	 */
	public function getIterator(): \Generator {
		yield from ( $this->plans )();
	}
}
