<?php
/**
 * WP-CLI commands.
 *
 * @package Igny8\Cli
 */

declare( strict_types=1 );

namespace Igny8\Cli;

use Igny8\Cloud\Connection;
use Igny8\Import\Keyword_Importer;
use WP_CLI;

defined( 'ABSPATH' ) || exit;

/**
 * `wp igny8 …`: thin wrappers over the services the REST routes use. Loaded only when WP_CLI is
 * defined (Plugin::boot).
 *
 * @since 0.2.0
 */
class Command {

	/**
	 * Connects the site to the IGNY8 cloud.
	 *
	 * ## OPTIONS
	 *
	 * <api_key>
	 * : Site API key from the IGNY8 portal.
	 *
	 * [--cloud-url=<url>]
	 * : Cloud URL. Default: the configured or local cloud.
	 *
	 * @since 0.2.0
	 *
	 * @param string[]              $args       Positional args.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function connect( array $args, array $assoc_args ): void {
		$connection = new Connection();
		$result     = $connection->connect( (string) ( $assoc_args['cloud-url'] ?? $connection->cloud_url() ), (string) $args[0] );
		if ( is_wp_error( $result ) ) {
			WP_CLI::error( $result->get_error_message() );
		}
		WP_CLI::success( sprintf( 'Connected to %s as site %s.', $result['cloud_url'], $result['site']['name'] ?? '' ) );
	}

	/**
	 * Imports keywords from a Semrush, Ahrefs, Keyword Planner, Search Console or mapped CSV/XLSX file.
	 *
	 * ## OPTIONS
	 *
	 * <file>
	 * : Path of the export.
	 *
	 * [--map=<columns>]
	 * : For unknown layouts: keyword,volume,difficulty,intent column numbers (0-based; empty to skip), e.g. 1,2,,
	 *
	 * [--resume=<id>]
	 * : Continue an interrupted import.
	 *
	 * @subcommand import-keywords
	 * @since 0.2.0
	 *
	 * @param string[]              $args       Positional args.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function import_keywords( array $args, array $assoc_args ): void {
		$importer = new Keyword_Importer();
		$session  = isset( $assoc_args['resume'] ) ? $importer->present( (string) $assoc_args['resume'] ) : $importer->start( (string) ( $args[0] ?? '' ), basename( (string) ( $args[0] ?? '' ) ), get_current_user_id() );
		if ( is_wp_error( $session ) ) {
			WP_CLI::error( $session->get_error_message() );
		}
		if ( isset( $assoc_args['map'] ) ) {
			$parts   = array_pad( explode( ',', (string) $assoc_args['map'] ), 4, '' );
			$mapping = array_combine( array( 'keyword', 'search_volume', 'difficulty', 'intent' ), array_map( static fn ( $p ) => '' === $p ? null : (int) $p, array_slice( $parts, 0, 4 ) ) );
			$session = $importer->set_mapping( $session['id'], $mapping );
		}
		if ( is_wp_error( $session ) || 'needs_mapping' === $session['status'] ) {
			WP_CLI::error( is_wp_error( $session ) ? $session->get_error_message() : 'Unknown layout; columns: ' . implode( ' | ', $session['columns'] ) . '. Pass --map.' );
		}
		WP_CLI::log( sprintf( 'Import %s (%s).', $session['id'], $session['format'] ) );
		do {
			$session = $importer->run( $session['id'], 10 );
			if ( is_wp_error( $session ) ) {
				WP_CLI::error( $session->get_error_message() );
			}
			WP_CLI::log( sprintf( '%d%%: %d imported, %d merged, %d rejected', $session['progress'], $session['imported'], $session['merged'], $session['failed'] ) );
		} while ( 'completed' !== $session['status'] );
		WP_CLI::success( 'Done. Rejected rows: GET /igny8/v1/planner/keywords/import/' . $session['id'] . '/report' );
	}

	/**
	 * Starts a pipeline stage: cluster, ideas, tasks, content or images.
	 *
	 * ## OPTIONS
	 *
	 * <stage>
	 * : Stage.
	 *
	 * [--limit=<n>]
	 * : Most items. Default 20.
	 *
	 * @since 0.2.0
	 *
	 * @param string[]              $args       Positional args.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function run( array $args, array $assoc_args ): void {
		$result = ( new Stage_Runner() )->run( (string) ( $args[0] ?? '' ), (int) ( $assoc_args['limit'] ?? 20 ) );
		if ( is_wp_error( $result ) ) {
			WP_CLI::error( $result->get_error_message() );
		}
		WP_CLI::success( (string) wp_json_encode( $result ) );
	}

	/**
	 * Runs one AI action on chosen items, as its REST route would: auto_cluster, generate_ideas,
	 * generate_content, generate_image_prompts, generate_images, optimize_content, generate_excerpt.
	 *
	 * ## OPTIONS
	 *
	 * <action>
	 * : Action name.
	 *
	 * [--ids=<ids>]
	 * : Comma-separated ids of the items (keywords, clusters, tasks or posts, as the action takes).
	 *
	 * [--<field>=<value>]
	 * : The action's other parameters, e.g. --ideas_per_cluster=5 or --post_id=12.
	 *
	 * ## EXAMPLES
	 *
	 *     wp --user=admin igny8 action generate_excerpt --ids=12,14
	 *
	 * @since 0.6.0
	 *
	 * @param string[]              $args       Positional args.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function action( array $args, array $assoc_args ): void {
		$jobs = ( new Action_Runner() )->run( (string) ( $args[0] ?? '' ), $assoc_args );
		if ( is_wp_error( $jobs ) ) {
			WP_CLI::error( $jobs->get_error_message() );
		}
		WP_CLI::success( (string) wp_json_encode( array( 'jobs' => $jobs ) ) );
	}

	/**
	 * Shows the connection, the planner and writer counts and what waits to be applied or synced.
	 *
	 * @since 0.2.0
	 */
	public function status(): void {
		WP_CLI::log( (string) wp_json_encode( ( new Status_Report() )->build(), JSON_PRETTY_PRINT ) );
	}
}
