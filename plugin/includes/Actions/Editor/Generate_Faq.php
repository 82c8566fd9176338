<?php
/**
 * The block editor's generate_faq action.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Editor;

defined( 'ABSPATH' ) || exit;

/**
 * Scope "faq": the Worker's generate_faq, run from the IGNY8 sidebar.
 *
 * @since 0.7.0
 */
final class Generate_Faq extends Editor_Action {

	/**
	 * {@inheritDoc}
	 */
	public function scope(): string {
		return 'faq';
	}

	/**
	 * {@inheritDoc}
	 */
	public function function(): string {
		return 'generate_faq';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Add an FAQ block answering the questions readers ask', 'igny8' );
	}
}
