<?php
/**
 * What each status shown on an IGNY8 screen means, for the screens' Help tabs.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * Status label => meaning, grouped by what carries the status. The labels are the ones the
 * screens show (admin-ui/src/planner/labels.ts, writer/task-status.ts), not the stored values.
 *
 * @since 0.9.0
 */
final class Help_Statuses {

	/**
	 * The status groups a screen shows, keyed by group name.
	 *
	 * @since 0.9.0
	 *
	 * @param string $slug Page slug.
	 * @return array<string, array<string, string>> Group name => ( label => meaning ).
	 */
	public static function for_screen( string $slug ): array {
		$groups = array(
			Dashboard_Page::SLUG  => array( __( 'Jobs', 'igny8' ) => self::jobs() ),
			Planner_Page::SLUG    => array(
				__( 'Keywords', 'igny8' ) => self::keywords(),
				__( 'Clusters', 'igny8' ) => self::clusters(),
				__( 'Ideas', 'igny8' )    => self::ideas(),
			),
			Writer_Page::SLUG     => array( __( 'Tasks', 'igny8' ) => self::tasks() ),
			Automation_Page::SLUG => array( __( 'Rules and runs', 'igny8' ) => self::automation() ),
			Help_Page::SLUG       => array(
				__( 'Keywords', 'igny8' ) => self::keywords(),
				__( 'Ideas', 'igny8' )    => self::ideas(),
				__( 'Tasks', 'igny8' )    => self::tasks(),
				__( 'Jobs', 'igny8' )     => self::jobs(),
			),
		);
		return $groups[ $slug ] ?? array();
	}

	/**
	 * Keyword statuses.
	 *
	 * @return array<string, string>
	 */
	private static function keywords(): array {
		return array(
			__( 'Active', 'igny8' )   => __( 'Waiting to be clustered or written about.', 'igny8' ),
			__( 'Inactive', 'igny8' ) => __( 'Set aside by you; it stays in the list with its figures.', 'igny8' ),
			__( 'Used', 'igny8' )     => __( 'A written article targets it already; Opportunities no longer suggests it.', 'igny8' ),
		);
	}

	/**
	 * Cluster statuses.
	 *
	 * @return array<string, string>
	 */
	private static function clusters(): array {
		return array(
			__( 'Active', 'igny8' )   => __( 'In use: its keywords and ideas are worked on.', 'igny8' ),
			__( 'Archived', 'igny8' ) => __( 'Set aside by you; it keeps its keywords and ideas.', 'igny8' ),
		);
	}

	/**
	 * Idea statuses.
	 *
	 * @return array<string, string>
	 */
	private static function ideas(): array {
		return array(
			__( 'New', 'igny8' )          => __( 'Proposed by the AI or added by hand; not approved yet.', 'igny8' ),
			__( 'Approved', 'igny8' )     => __( 'Ready to become a writer task.', 'igny8' ),
			__( 'Task created', 'igny8' ) => __( 'A writer task exists for it.', 'igny8' ),
			__( 'Written', 'igny8' )      => __( 'Its article is a draft or published post.', 'igny8' ),
		);
	}

	/**
	 * Writer task statuses.
	 *
	 * @return array<string, string>
	 */
	private static function tasks(): array {
		return array(
			__( 'Not started', 'igny8' ) => __( 'Not sent to the cloud yet; nothing has been spent. Select it and Generate content.', 'igny8' ),
			__( 'Writing', 'igny8' )     => __( 'The cloud is writing it; its credits are reserved.', 'igny8' ),
			__( 'Completed', 'igny8' )   => __( 'Its draft post is in WordPress.', 'igny8' ),
			__( 'Failed', 'igny8' )      => __( 'The job failed and its reserved credits were refunded; run it again.', 'igny8' ),
		);
	}

	/**
	 * AI job statuses.
	 *
	 * @return array<string, string>
	 */
	private static function jobs(): array {
		return array(
			__( 'Queued', 'igny8' )    => __( 'Accepted by the cloud, waiting for a model.', 'igny8' ),
			__( 'Running', 'igny8' )   => __( 'A model is working on it.', 'igny8' ),
			__( 'Completed', 'igny8' ) => __( 'Done; its result was applied to this site.', 'igny8' ),
			__( 'Failed', 'igny8' )    => __( 'Stopped with an error; its credits were refunded.', 'igny8' ),
			__( 'Cancelled', 'igny8' ) => __( 'Stopped before it ran; nothing was spent.', 'igny8' ),
		);
	}

	/**
	 * Automation rule and run statuses.
	 *
	 * @return array<string, string>
	 */
	private static function automation(): array {
		return array(
			__( 'Active', 'igny8' )    => __( 'The rule runs on its schedule.', 'igny8' ),
			__( 'Paused', 'igny8' )    => __( 'The rule does not run until you resume it.', 'igny8' ),
			__( 'Capped', 'igny8' )    => __( 'A run stopped at the rule\'s credit cap.', 'igny8' ),
			__( 'Dry run', 'igny8' )   => __( 'A run that only listed what it would do; nothing was spent.', 'igny8' ),
			__( 'Completed', 'igny8' ) => __( 'A run that did all its steps.', 'igny8' ),
			__( 'Failed', 'igny8' )    => __( 'A run that stopped with an error; the log says which step.', 'igny8' ),
		);
	}
}
