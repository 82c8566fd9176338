<?php
/**
 * The block editor's generate_takeaways action.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Editor;

defined( 'ABSPATH' ) || exit;

/**
 * Scope "takeaways": the Worker's generate_takeaways, run from the IGNY8 sidebar.
 *
 * @since 0.7.0
 */
final class Generate_Takeaways extends Editor_Action {

	/**
	 * {@inheritDoc}
	 */
	public function scope(): string {
		return 'takeaways';
	}

	/**
	 * {@inheritDoc}
	 */
	public function function(): string {
		return 'generate_takeaways';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Fill a Key takeaways block summarising the post', 'igny8' );
	}
}
