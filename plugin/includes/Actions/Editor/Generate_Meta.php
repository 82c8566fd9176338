<?php
/**
 * The block editor's generate_meta action.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Editor;

defined( 'ABSPATH' ) || exit;

/**
 * Scope "meta": the Worker's generate_meta, run from the IGNY8 sidebar.
 *
 * @since 0.7.0
 */
final class Generate_Meta extends Editor_Action {

	/**
	 * {@inheritDoc}
	 */
	public function scope(): string {
		return 'meta';
	}

	/**
	 * {@inheritDoc}
	 */
	public function function(): string {
		return 'generate_meta';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Write an SEO title and meta description for the post', 'igny8' );
	}
}
