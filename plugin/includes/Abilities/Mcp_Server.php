<?php
/**
 * The igny8 MCP server, where the official MCP Adapter runs.
 *
 * @package Igny8\Abilities
 */

declare( strict_types=1 );

namespace Igny8\Abilities;

defined( 'ABSPATH' ) || exit;

/**
 * The adapter's default server hides abilities behind three generic tools (discover, get info,
 * execute); an agent working with IGNY8 should see the pipeline itself. This server, at
 * /wp-json/mcp/igny8, lists every igny8 ability as its own tool over the adapter's HTTP transport,
 * with the adapter's authentication (an application password) and each ability's own checks.
 * The adapter is optional and never bundled: without it this does nothing.
 *
 * @since 0.7.0
 */
final class Mcp_Server {

	public const ROUTE = 'igny8';

	private const TRANSPORT     = 'WP\\MCP\\Transport\\HttpTransport';
	private const ERROR_HANDLER = 'WP\\MCP\\Infrastructure\\ErrorHandling\\ErrorLogMcpErrorHandler';

	/**
	 * Creates the server on the adapter's init.
	 *
	 * @since 0.7.0
	 *
	 * @param object $adapter The adapter (WP\MCP\Core\McpAdapter).
	 */
	public function register( $adapter ): void {
		if ( ! is_object( $adapter ) || ! method_exists( $adapter, 'create_server' ) || ! class_exists( self::TRANSPORT ) ) {
			return;
		}
		$adapter->create_server(
			'igny8',
			'mcp',
			self::ROUTE,
			__( 'IGNY8 content pipeline', 'igny8' ),
			__( 'Plan, write and optimise content with IGNY8: keywords, clusters, ideas, tasks, articles, images, prices and jobs.', 'igny8' ),
			defined( 'IGNY8_VERSION' ) ? (string) IGNY8_VERSION : 'dev',
			array( self::TRANSPORT ),
			class_exists( self::ERROR_HANDLER ) ? self::ERROR_HANDLER : null,
			null,
			Abilities::names()
		);
	}
}
