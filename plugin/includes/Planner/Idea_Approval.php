<?php
/**
 * Approving and unapproving ideas.
 *
 * @package Igny8\Planner
 */

declare( strict_types=1 );

namespace Igny8\Planner;

use Igny8\Storage\Ideas_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * Moves ideas between draft and approved, the only two states an editor sets: automation rules
 * take approved ideas, and an idea that has a writer task (in progress or completed) belongs to the
 * Writer. Each idea changes with a conditional update, so one that changed since the editor
 * selected it is skipped and reported with the reason, never overwritten. Shared by the Ideas
 * screen (REST) and `wp igny8 ideas approve|unapprove`.
 *
 * @since 0.6.0
 */
final class Idea_Approval {

	/**
	 * Approves (draft → approved) or unapproves (approved → draft) ideas.
	 *
	 * @since 0.6.0
	 *
	 * @param int[] $ids     Idea ids.
	 * @param bool  $approve True to approve, false to send back to draft.
	 * @return array{updated: int[], skipped: array<int, array{id: int, title: string, reason: string}>}
	 */
	public function set( array $ids, bool $approve ): array {
		$from    = $approve ? 'draft' : 'approved';
		$to      = $approve ? 'approved' : 'draft';
		$repo    = new Ideas_Repository();
		$found   = array();
		$updated = array();
		$skipped = array();
		foreach ( $repo->find_many( $ids ) as $idea ) {
			$found[ (int) $idea['id'] ] = $idea;
		}
		foreach ( array_values( array_unique( array_map( 'intval', $ids ) ) ) as $id ) {
			$idea   = $found[ $id ] ?? null;
			$reason = null === $idea ? __( 'This idea no longer exists.', 'igny8' ) : $this->refusal( $idea, $from, $to );
			if ( null === $reason && ! $repo->transition( $id, $from, $to ) ) {
				$reason = __( 'It changed meanwhile (another editor or an automation run took it). Reload the list to see it.', 'igny8' );
			}
			if ( null === $reason ) {
				$updated[] = $id;
				continue;
			}
			$skipped[] = array(
				'id'     => $id,
				'title'  => null === $idea ? '' : (string) $idea['title'],
				'reason' => $reason,
			);
		}
		return array(
			'updated' => $updated,
			'skipped' => $skipped,
		);
	}

	/**
	 * Why an idea cannot move from $from to $to, or null when it can.
	 *
	 * @param array<string, mixed> $idea Idea.
	 * @param string               $from Status it must have.
	 * @param string               $to   Status it gets.
	 */
	private function refusal( array $idea, string $from, string $to ): ?string {
		if ( ! empty( $idea['task_id'] ) || in_array( $idea['status'], array( 'in_progress', 'completed' ), true ) ) {
			return __( 'It already has a writer task (in progress or completed); manage it in the Writer.', 'igny8' );
		}
		if ( $to === $idea['status'] ) {
			return 'approved' === $to ? __( 'It is already approved.', 'igny8' ) : __( 'It is already a draft.', 'igny8' );
		}
		return $from === $idea['status'] ? null : __( 'Only draft and approved ideas can change here.', 'igny8' );
	}
}
