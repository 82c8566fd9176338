<?php
/**
 * The one list of the site's AI actions.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions;

defined( 'ABSPATH' ) || exit;

/**
 * Every AI action, by the name of its function. REST routes, estimates, WP-CLI, automation, the
 * prompts screen, result application and the editor's tokens read it; adding an action is a folder
 * and a line here.
 *
 * @since 0.6.0
 */
final class Registry {

	/**
	 * Action classes, in the order of the pipeline.
	 *
	 * @since 0.6.0
	 */
	private const ACTIONS = array(
		Auto_Cluster\Action::class,
		Generate_Ideas\Action::class,
		Generate_Content\Action::class,
		Generate_Image_Prompts\Action::class,
		Generate_Images\Action::class,
		Optimize_Content\Action::class,
		Generate_Excerpt\Action::class,
		Generate_Product_Description\Action::class,
	);

	/**
	 * The block editor's actions (answered at once through an editor token, not queued).
	 *
	 * @since 0.7.0
	 */
	private const EDITOR_ACTIONS = array(
		Editor\Rewrite::class,
		Editor\Generate_Meta::class,
		Editor\Generate_Faq::class,
		Editor\Generate_Takeaways::class,
	);

	/**
	 * Instances, by name.
	 *
	 * @var array<string, AI_Action>|null
	 */
	private static ?array $actions = null;

	/**
	 * Every action the site offers now, by the name of its function. Availability is asked on each
	 * call, not cached: a shop's actions depend on WooCommerce, which loads after this plugin.
	 *
	 * @since 0.6.0
	 *
	 * @return array<string, AI_Action>
	 */
	public static function all(): array {
		if ( null === self::$actions ) {
			self::$actions = array();
			foreach ( self::ACTIONS as $class ) {
				$action                            = new $class();
				self::$actions[ $action->name() ] = $action;
			}
		}
		return array_filter( self::$actions, static fn ( AI_Action $action ): bool => $action->available() );
	}

	/**
	 * One action, or null.
	 *
	 * @since 0.6.0
	 *
	 * @param string $name Function name.
	 * @return AI_Action|null
	 */
	public static function get( string $name ): ?AI_Action {
		return self::all()[ $name ] ?? null;
	}

	/**
	 * Names of the functions whose results this site applies.
	 *
	 * @since 0.6.0
	 *
	 * @return string[]
	 */
	public static function functions(): array {
		return array_keys( array_filter( self::all(), static fn ( AI_Action $action ): bool => null !== $action->result() ) );
	}

	/**
	 * Names of every function whose results this plugin knows how to apply, offered on this site
	 * now or not (a shop's need WooCommerce): the job contract's list.
	 *
	 * @since 0.8.0
	 *
	 * @return string[]
	 */
	public static function known_functions(): array {
		$names = array();
		foreach ( self::ACTIONS as $class ) {
			$action = new $class();
			if ( null !== $action->result() ) {
				$names[] = $action->name();
			}
		}
		return $names;
	}

	/**
	 * Names of the functions a prompt override reaches (those whose input accepts a template).
	 *
	 * @since 0.6.0
	 *
	 * @return string[]
	 */
	public static function prompt_functions(): array {
		return array_values( array_filter( array_keys( self::all() ), static fn ( string $name ): bool => in_array( 'template', Site_Context::fields( $name ), true ) ) );
	}

	/**
	 * The block editor's actions, by token scope.
	 *
	 * @since 0.7.0
	 *
	 * @return array<string, Editor\Editor_Action>
	 */
	public static function editor_actions(): array {
		$actions = array();
		foreach ( self::EDITOR_ACTIONS as $class ) {
			$action                      = new $class();
			$actions[ $action->scope() ] = $action;
		}
		return $actions;
	}

	/**
	 * One editor action by its token scope, or null.
	 *
	 * @since 0.7.0
	 *
	 * @param string $scope Token scope.
	 * @return Editor\Editor_Action|null
	 */
	public static function editor_action( string $scope ): ?Editor\Editor_Action {
		return self::editor_actions()[ $scope ] ?? null;
	}
}
