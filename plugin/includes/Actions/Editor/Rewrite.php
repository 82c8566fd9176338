<?php
/**
 * The block editor's rewrite action.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Editor;

defined( 'ABSPATH' ) || exit;

/**
 * Scope "rewrite": the Worker's rewrite, run from the IGNY8 sidebar.
 *
 * @since 0.7.0
 */
final class Rewrite extends Editor_Action {

	/**
	 * {@inheritDoc}
	 */
	public function scope(): string {
		return 'rewrite';
	}

	/**
	 * {@inheritDoc}
	 */
	public function function(): string {
		return 'rewrite';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Rewrite the selected text (improve, shorten, expand or simplify)', 'igny8' );
	}
}
