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
 * to the roles that hold the matching WordPress capability: editors (edit_others_posts) plan, since
 * keywords, clusters and ideas are shared by the whole site; authors and editors (publish_posts)
 * write; administrators (manage_options) also manage the connection, prompts and author profiles.
 * Contributors get nothing: they may not publish, and IGNY8's actions change and publish posts.
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
		self::PLAN   => 'edit_others_posts',
		self::WRITE  => 'publish_posts',
		self::MANAGE => 'manage_options',
	);

	/**
	 * What earlier releases granted from, before contributors were left out.
	 *
	 * @since 0.1.0
	 */
	private const FORMER_GRANTS = array(
		self::PLAN  => 'edit_posts',
		self::WRITE => 'edit_posts',
	);

	/**
	 * Plugin capability => WordPress capability its holders receive it from, after the
	 * `igny8_capability_grants` filter.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function grants(): array {
		/**
		 * Filters which WordPress capability earns each IGNY8 capability on activation and upgrade.
		 * Return e.g. `igny8_plan => 'publish_posts'` to let authors plan too. Keys other than the
		 * three IGNY8 capabilities are ignored.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, string> $grants IGNY8 capability => WordPress capability.
		 */
		$grants = (array) apply_filters( 'igny8_capability_grants', self::DEFAULT_GRANTS );
		$out    = array();
		foreach ( self::DEFAULT_GRANTS as $capability => $default ) {
			$out[ $capability ] = isset( $grants[ $capability ] ) && is_string( $grants[ $capability ] ) && '' !== $grants[ $capability ]
				? $grants[ $capability ]
				: $default;
		}
		return $out;
	}

	/**
	 * Grants each plugin capability to the roles holding its WordPress counterpart. Never removes a
	 * grant an agency made or revoked on purpose: a role that already lists the capability is left alone.
	 *
	 * @since 0.2.0
	 */
	public static function install(): void {
		$roles  = wp_roles();
		$grants = self::grants();
		foreach ( $roles->role_objects as $role ) {
			foreach ( $grants as $capability => $wp_capability ) {
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
	 * Takes back what the former default gave roles that no longer qualify (contributors): a role
	 * holding an IGNY8 capability and the former WordPress capability but not the current one got
	 * it from the old default. A role without the former capability was granted it on purpose and
	 * keeps it.
	 *
	 * @since 0.1.0
	 */
	public static function revoke_former_defaults(): void {
		$grants = self::grants();
		foreach ( wp_roles()->role_objects as $role ) {
			foreach ( self::FORMER_GRANTS as $capability => $former ) {
				if ( ! empty( $role->capabilities[ $capability ] ) && $role->has_cap( $former ) && ! $role->has_cap( $grants[ $capability ] ) ) {
					$role->remove_cap( $capability );
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
