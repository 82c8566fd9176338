<?php
/**
 * Tests for AI_Action::run_partly() when the plans a run counted are gone by the time it reaches them.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Actions;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Job_Plan;
use Igny8\Actions\Lazy_Plans;
use Igny8\Actions\Result_Handler;
use Igny8\Tests\TestCase;

/**
 * A run over "all" counts its jobs up front and makes each plan as it reaches it; when every one
 * emptied meanwhile (another run clustered the backlog), the answer says nothing was started
 * instead of a 202 with no job to follow.
 */
final class Run_Partly_Test extends TestCase {

	/**
	 * An action whose plans are the given ones.
	 *
	 * @param Job_Plan[]|Lazy_Plans $plans Plans.
	 */
	private function action_planning( $plans ): AI_Action {
		return new class( $plans ) extends AI_Action {

			/**
			 * Plans.
			 *
			 * @var Job_Plan[]|Lazy_Plans
			 */
			private $plans;

			/**
			 * Constructor.
			 *
			 * @param Job_Plan[]|Lazy_Plans $plans Plans.
			 */
			public function __construct( $plans ) {
				$this->plans = $plans;
			}

			public function name(): string {
				return 'auto_cluster';
			}

			public function label(): string {
				return 'Auto cluster';
			}

			public function capability(): string {
				return 'edit_posts';
			}

			public function args(): array {
				return array();
			}

			public function plan( array $params ) {
				unset( $params );
				return $this->plans;
			}

			public function result(): ?Result_Handler {
				return null;
			}
		};
	}

	public function test_plans_counted_but_all_emptied_meanwhile_say_nothing_was_started(): void {
		$emptied = new Lazy_Plans(
			2,
			static function (): \Generator {
				yield from array();
			}
		);

		$run = $this->action_planning( $emptied )->run_partly( array() );

		$this->assertInstanceOf( \WP_Error::class, $run );
		$this->assertSame( 'igny8_nothing_to_do', $run->get_error_code() );
		$this->assertSame( 409, $run->get_error_data()['status'] );
		$this->assertStringContainsString( 'Nothing was started', $run->get_error_message() );
	}

	public function test_an_empty_list_of_plans_keeps_its_answer(): void {
		$run = $this->action_planning( array() )->run_partly( array() );

		$this->assertIsArray( $run );
		$this->assertSame( array(), $run['jobs'] );
		$this->assertSame( 0, $run['started'] );
	}
}
