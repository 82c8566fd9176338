<?php
/**
 * What each IGNY8 screen is for, step by step, for its Help tab and the Help screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * The steps of each screen (keyed by page slug) and the pipeline the screens share. Plain
 * translated text: the callers escape it.
 *
 * @since 0.9.0
 */
final class Help_Steps {

	/**
	 * The pipeline, in order: step name, what it does, and the screen that runs it (page slug).
	 *
	 * @since 0.9.0
	 *
	 * @return array<int, array{title: string, text: string, page: string, paid: bool}>
	 */
	public static function pipeline(): array {
		return array(
			array(
				'title' => __( 'Keywords', 'igny8' ),
				'text'  => __( 'Import a CSV or add keywords one by one, with their search volume and difficulty.', 'igny8' ),
				'page'  => 'igny8-planner',
				'paid'  => false,
			),
			array(
				'title' => __( 'Clusters', 'igny8' ),
				'text'  => __( 'The AI groups keywords that one article can answer into clusters.', 'igny8' ),
				'page'  => 'igny8-planner&tab=clusters',
				'paid'  => true,
			),
			array(
				'title' => __( 'Ideas', 'igny8' ),
				'text'  => __( 'The AI proposes article ideas for each cluster; approve the ones to write.', 'igny8' ),
				'page'  => 'igny8-planner&tab=ideas',
				'paid'  => true,
			),
			array(
				'title' => __( 'Tasks', 'igny8' ),
				'text'  => __( 'Approved ideas become writer tasks (free); edit a task\'s brief, length and author profile.', 'igny8' ),
				'page'  => 'igny8-writer',
				'paid'  => false,
			),
			array(
				'title' => __( 'Content', 'igny8' ),
				'text'  => __( 'The AI writes each task as a draft post in WordPress, in block markup.', 'igny8' ),
				'page'  => 'igny8-writer&tab=drafts',
				'paid'  => true,
			),
			array(
				'title' => __( 'Images', 'igny8' ),
				'text'  => __( 'The AI writes image prompts, then the images; they land in the media library with alt text.', 'igny8' ),
				'page'  => 'igny8-writer&tab=images',
				'paid'  => true,
			),
			array(
				'title' => __( 'Optimise and link', 'igny8' ),
				'text'  => __( 'Score drafts and let the AI improve the weakest; add internal links between related posts.', 'igny8' ),
				'page'  => 'igny8-optimizer',
				'paid'  => true,
			),
			array(
				'title' => __( 'Publish', 'igny8' ),
				'text'  => __( 'Review each draft in the editor and publish it, or let an automation rule do it.', 'igny8' ),
				'page'  => 'igny8-writer&tab=drafts',
				'paid'  => false,
			),
		);
	}

	/**
	 * A screen's steps, in the order a user takes them.
	 *
	 * @since 0.9.0
	 *
	 * @param string $slug Page slug.
	 * @return string[] Empty for an unknown slug.
	 */
	public static function for_screen( string $slug ): array {
		$steps = array(
			Dashboard_Page::SLUG  => array(
				__( 'See how many keywords, clusters, ideas, tasks and drafts each stage of the pipeline holds.', 'igny8' ),
				__( 'Follow a stage\'s link to the screen that moves it on.', 'igny8' ),
				__( 'Check recent jobs and the credit balance.', 'igny8' ),
			),
			Planner_Page::SLUG    => array(
				__( 'Keywords: import a CSV or add keywords, then pick a sector for them.', 'igny8' ),
				__( 'Clusters: select keywords and run "Cluster" to group them, or create a cluster by hand.', 'igny8' ),
				__( 'Ideas: generate ideas for clusters, edit them, then approve the ones to write.', 'igny8' ),
				__( 'Create writer tasks from approved ideas and continue in the Writer.', 'igny8' ),
			),
			Writer_Page::SLUG     => array(
				__( 'Tasks: create a task or edit one made from an idea (brief, length, author profile).', 'igny8' ),
				__( 'Select tasks and run "Generate content"; each becomes a draft post.', 'igny8' ),
				__( 'Drafts: generate images for drafts, then open each in the editor to review.', 'igny8' ),
				__( 'Published: the posts IGNY8 wrote that are live.', 'igny8' ),
			),
			Strategies_Page::SLUG => array(
				__( 'Add a strategy: its length, structure, author profile, images, FAQ, key takeaways and link policy.', 'igny8' ),
				__( 'Make one the default; tasks and rules without their own strategy use it.', 'igny8' ),
				__( 'Pick a strategy on a task, an automation rule or above the Writer\'s tasks before Generate content.', 'igny8' ),
			),
			Linker_Page::SLUG     => array(
				__( 'Find orphan posts that no other post links to.', 'igny8' ),
				__( 'Ask for link suggestions for a post and preview them in context.', 'igny8' ),
				__( 'Apply the links you accept; undo them from "Applied links".', 'igny8' ),
			),
			Optimizer_Page::SLUG  => array(
				__( 'Sort posts by their optimisation score to find the weakest.', 'igny8' ),
				__( 'Run "Optimise" on a post; the AI proposes a revision.', 'igny8' ),
				__( 'Compare the revision with the post and keep or restore it.', 'igny8' ),
			),
			Automation_Page::SLUG => array(
				__( 'Create a rule: which stage it runs (cluster, ideas, write, images, publish), when and how much.', 'igny8' ),
				__( 'Set a credit cap so a rule stops before it spends more.', 'igny8' ),
				__( 'Run a rule now or as a dry run, and read each run\'s log.', 'igny8' ),
			),
			Credits_Page::SLUG    => array(
				__( 'Read the balance and the credits used per day and per AI function.', 'igny8' ),
				__( 'List every transaction: grants, reservations, settlements and refunds.', 'igny8' ),
				__( 'Buy credits or change the plan in the cloud account.', 'igny8' ),
			),
			Settings_Page::SLUG   => array(
				__( 'Connection: connect the site to the IGNY8 cloud with its site key.', 'igny8' ),
				__( 'Models and Prompts: pick the AI model and tune the prompt of each function.', 'igny8' ),
				__( 'Profiles and Sectors: author voices for articles, and the sectors keywords belong to.', 'igny8' ),
				__( 'Data: what stays when the plugin is deleted.', 'igny8' ),
			),
			Setup_Page::SLUG      => array(
				__( 'Connect the site to the cloud.', 'igny8' ),
				__( 'Choose the industry, sectors, content language and a first author profile.', 'igny8' ),
				__( 'Add keywords and run the first clustering. Any step can be skipped and resumed.', 'igny8' ),
			),
			Help_Page::SLUG       => array(
				__( 'Read the pipeline from keywords to published posts.', 'igny8' ),
				__( 'Follow a step\'s link to the screen that runs it.', 'igny8' ),
				__( 'Read the production notes before going live.', 'igny8' ),
			),
		);
		return $steps[ $slug ] ?? array();
	}
}
