<?php
/**
 * The Help tab (WordPress's contextual help) of each IGNY8 screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

use WP_Screen;

defined( 'ABSPATH' ) || exit;

/**
 * Adds "Steps", "Prices" and, where the screen shows statuses, "Statuses" to a screen's Help
 * panel, and a sidebar linking to the Help screen and its production notes.
 *
 * @since 0.9.0
 */
final class Help_Tabs {

	/**
	 * Adds the screen's help tabs and sidebar.
	 *
	 * @since 0.9.0
	 *
	 * @param WP_Screen $screen The current admin screen.
	 * @param string    $slug   The IGNY8 page slug it shows.
	 */
	public static function add( WP_Screen $screen, string $slug ): void {
		$screen->add_help_tab(
			array(
				'id'      => 'igny8-help-steps',
				'title'   => __( 'Steps', 'igny8' ),
				'content' => self::steps_html( $slug ),
			)
		);
		$screen->add_help_tab(
			array(
				'id'      => 'igny8-help-prices',
				'title'   => __( 'Prices', 'igny8' ),
				'content' => self::prices_html(),
			)
		);
		$statuses = Help_Statuses::for_screen( $slug );
		if ( $statuses ) {
			$screen->add_help_tab(
				array(
					'id'      => 'igny8-help-statuses',
					'title'   => __( 'Statuses', 'igny8' ),
					'content' => self::statuses_html( $statuses ),
				)
			);
		}
		$screen->set_help_sidebar( self::sidebar_html() );
	}

	/**
	 * The screen's steps as an ordered list.
	 *
	 * @since 0.9.0
	 *
	 * @param string $slug Page slug.
	 * @return string
	 */
	public static function steps_html( string $slug ): string {
		$items = array_map(
			static fn( string $step ): string => '<li>' . esc_html( $step ) . '</li>',
			Help_Steps::for_screen( $slug )
		);
		return '<p>' . esc_html__( 'What this screen is for, step by step:', 'igny8' ) . '</p><ol>' . implode( '', $items ) . '</ol>';
	}

	/**
	 * How runs are priced. The price table lives in the cloud (it prices each selection), so the
	 * plugin names no figures that could go stale; the estimate before each run is the price.
	 *
	 * @since 0.9.0
	 *
	 * @return string
	 */
	public static function prices_html(): string {
		$lines = array(
			__( 'Each AI run (clustering, ideas, articles, image prompts, images, optimisation) costs credits. Before it starts, the screen shows what your selection will cost and your balance, and nothing is spent until you confirm.', 'igny8' ),
			__( 'Credits are reserved when a job starts, settled at the real cost when it finishes, and refunded when it fails.', 'igny8' ),
			__( 'Importing keywords, editing, creating tasks from ideas and the Linker\'s link suggestions are free: they run in WordPress.', 'igny8' ),
		);
		return implode( '', array_map( static fn( string $line ): string => '<p>' . esc_html( $line ) . '</p>', $lines ) );
	}

	/**
	 * Status meanings, one definition list per group.
	 *
	 * @since 0.9.0
	 *
	 * @param array<string, array<string, string>> $groups Group name => ( label => meaning ).
	 * @return string
	 */
	public static function statuses_html( array $groups ): string {
		$html = '';
		foreach ( $groups as $group => $statuses ) {
			$html .= '<p><strong>' . esc_html( $group ) . '</strong></p><dl class="igny8-help-statuses">';
			foreach ( $statuses as $label => $meaning ) {
				$html .= '<dt>' . esc_html( $label ) . '</dt><dd>' . esc_html( $meaning ) . '</dd>';
			}
			$html .= '</dl>';
		}
		return $html;
	}

	/**
	 * The sidebar: the Help screen and its production notes.
	 *
	 * @since 0.9.0
	 *
	 * @return string
	 */
	public static function sidebar_html(): string {
		$help = admin_url( 'admin.php?page=' . Help_Page::SLUG );
		return '<p><strong>' . esc_html__( 'For more information:', 'igny8' ) . '</strong></p>'
			. '<p><a href="' . esc_url( $help ) . '">' . esc_html__( 'The IGNY8 pipeline on one page', 'igny8' ) . '</a></p>'
			. '<p><a href="' . esc_url( $help . '#igny8-production' ) . '">' . esc_html__( 'Production notes', 'igny8' ) . '</a></p>';
	}
}
