<?php
/**
 * An AI action of the block editor.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Editor;

defined( 'ABSPATH' ) || exit;

/**
 * The block editor's actions answer at once: the sidebar asks WordPress for a token of the
 * action's scope (edit_post checked there), then calls the Worker's function with it and applies
 * the answer in the editor, where Undo works. So an editor action declares no plan or result, only
 * which scope it is, which Worker function runs it and how it is named.
 *
 * @since 0.7.0
 */
abstract class Editor_Action {

	/**
	 * The token scope, e.g. "meta" (the Worker's editor route is /ai/editor/{site}/{scope}).
	 *
	 * @since 0.7.0
	 *
	 * @return string
	 */
	abstract public function scope(): string;

	/**
	 * The Worker's AI function, e.g. "generate_meta" (its settings come from the job contract).
	 *
	 * @since 0.7.0
	 *
	 * @return string
	 */
	abstract public function function(): string;

	/**
	 * What the action does, for people (and later for the Abilities API).
	 *
	 * @since 0.7.0
	 *
	 * @return string
	 */
	abstract public function label(): string;
}
