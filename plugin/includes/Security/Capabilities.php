<?php
/**
 * The plugin's own capabilities.
 *
 * @package Igny8\Security
 */

declare( strict_types=1 );

namespace Igny8\Security;

defined( 'ABSPATH' ) || exit;

/**
 * IGNY8 checks its own capabilities, never WordPress's directly, so an agency can hand planning to
 * one role and connection settings to another with any role editor. On activation they are granted
 * to the roles that hold the matching WordPress capability: editors and authors (edit_posts) plan
 * and write, administrators (manage_options) also manage the connection and AI settings.
 *
 * @since 0.2.0
 */
final class Capabilities {

	/**
	 * Keywords, clusters, ideas.
	 *
	 * @since 0.2.0
	 */
	public const PLAN = 'igny8_plan';

	/**
	 * Writer tasks, content, images.
	 *
	 * @since 0.2.0
	 */
	public const WRITE = 'igny8_write';

	/**
	 * Connect, disconnect, AI settings, prompts.
	 *
	 * @since 0.2.0
	 */
	public const MANAGE = 'igny8_manage';

	/**
	 * Plugin capability => the WordPress capability whose holders receive it on activation.
	 *
	 * @since 0.2.0
	 */
	public const DEFAULT_GRANTS = array(
		self::PLAN   => 'edit_posts',
		self::WRITE  => 'edit_posts',
		self::MANAGE => 'manage_options',
	);

	/**
	 * Grants each plugin capability to the roles holding its WordPress counterpart. Never removes a
	 * grant an agency made or revoked on purpose: a role that already lists the capability is left alone.
	 *
	 * @since 0.2.0
	 */
	public static function install(): void {
		$roles = wp_roles();
		foreach ( $roles->role_objects as $role ) {
			foreach ( self::DEFAULT_GRANTS as $capability => $wp_capability ) {
				if ( array_key_exists( $capability, (array) $role->capabilities ) ) {
					continue;
				}
				if ( $role->has_cap( $wp_capability ) ) {
					$role->add_cap( $capability );
				}
			}
		}
	}

	/**
	 * Removes the capabilities from every role (uninstall).
	 *
	 * @since 0.2.0
	 */
	public static function remove(): void {
		$roles = wp_roles();
		foreach ( $roles->role_objects as $role ) {
			foreach ( array_keys( self::DEFAULT_GRANTS ) as $capability ) {
				$role->remove_cap( $capability );
			}
		}
	}
}
