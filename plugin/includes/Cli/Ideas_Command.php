<?php
/**
 * WP-CLI: wp igny8 ideas.
 *
 * @package Igny8\Cli
 */

declare( strict_types=1 );

namespace Igny8\Cli;

use Igny8\Planner\Idea_Approval;
use Igny8\Security\Capabilities;
use WP_CLI;

defined( 'ABSPATH' ) || exit;

/**
 * `wp igny8 ideas approve|unapprove --ids=…`: the Ideas tab's Approve and Unapprove, with the same
 * rules (draft ↔ approved only) and a warning for each idea skipped.
 *
 * @since 0.6.0
 */
class Ideas_Command {

	/**
	 * Approves draft ideas, so automation rules take them.
	 *
	 * ## OPTIONS
	 *
	 * --ids=<ids>
	 * : Comma-separated idea ids.
	 *
	 * ## EXAMPLES
	 *
	 *     wp --user=admin igny8 ideas approve --ids=3,4
	 *
	 * @since 0.6.0
	 *
	 * @param string[]              $args       Positional args.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function approve( array $args, array $assoc_args ): void {
		$this->set( $assoc_args, true );
	}

	/**
	 * Sends approved ideas back to draft.
	 *
	 * ## OPTIONS
	 *
	 * --ids=<ids>
	 * : Comma-separated idea ids.
	 *
	 * @since 0.6.0
	 *
	 * @param string[]              $args       Positional args.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function unapprove( array $args, array $assoc_args ): void {
		$this->set( $assoc_args, false );
	}

	/**
	 * Runs the change and reports it.
	 *
	 * @param array<string, string> $assoc_args Options.
	 * @param bool                  $approve    Approve or unapprove.
	 */
	private function set( array $assoc_args, bool $approve ): void {
		if ( ! current_user_can( Capabilities::PLAN ) ) {
			WP_CLI::error( 'Run this as a user who may plan, e.g. wp --user=admin igny8 ideas approve --ids=3' );
		}
		$ids = array_values( array_filter( array_map( 'absint', explode( ',', (string) ( $assoc_args['ids'] ?? '' ) ) ) ) );
		if ( ! $ids || count( $ids ) > 200 ) {
			WP_CLI::error( 'Give --ids=<ids>: 1 to 200 comma-separated idea ids.' );
		}
		$result = ( new Idea_Approval() )->set( $ids, $approve );
		foreach ( $result['skipped'] as $skip ) {
			WP_CLI::warning( sprintf( 'Skipped idea %d "%s": %s', $skip['id'], $skip['title'], $skip['reason'] ) );
		}
		WP_CLI::success( sprintf( '%d ideas %s, %d skipped.', count( $result['updated'] ), $approve ? 'approved' : 'sent back to draft', count( $result['skipped'] ) ) );
	}
}
