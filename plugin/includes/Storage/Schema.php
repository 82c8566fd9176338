<?php
/**
 * Custom tables and their version.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * Owns the CREATE TABLE statements (dbDelta) and the schema version option.
 *
 * Planning data lives in custom tables rather than post meta so 100k keywords stay fast to filter.
 *
 * @since 0.1.0
 */
final class Schema {

	/**
	 * Current schema version. Bump it whenever a CREATE TABLE below changes.
	 *
	 * @since 0.1.0
	 */
	public const VERSION = '9';

	/**
	 * WP-Cron event that fills the link graph tables (Linker\Graph_Cron handles it). Named here,
	 * beside the tables, so an upgrade can ask for it without Storage depending on the Linker.
	 *
	 * @since 0.6.0
	 */
	public const LINK_GRAPH_REBUILD_HOOK = 'igny8_linker_rebuild';

	/**
	 * Option holding the installed schema version.
	 *
	 * @since 0.1.0
	 */
	public const VERSION_OPTION = 'igny8_db_version';

	/**
	 * Table suffixes, without the WordPress prefix.
	 *
	 * @since 0.1.0
	 */
	public const SECTORS       = 'igny8_sectors';
	public const KEYWORDS      = 'igny8_keywords';
	public const CLUSTERS      = 'igny8_clusters';
	public const IDEAS         = 'igny8_ideas';
	public const TASKS         = 'igny8_tasks';
	public const JOBS          = 'igny8_jobs';
	public const OUTBOX        = 'igny8_outbox';
	public const IMPORTS       = 'igny8_imports';
	public const IMPORT_ERRORS = 'igny8_import_errors';

	/**
	 * Linker and automation tables (schema 3).
	 *
	 * @since 0.3.0
	 */
	public const LINKS            = 'igny8_links';
	public const LINK_NODES       = 'igny8_link_nodes';
	public const LINK_TERMS       = 'igny8_link_terms';
	public const AUTOMATION_RULES = 'igny8_automation_rules';
	public const AUTOMATION_RUNS  = 'igny8_automation_runs';
	public const AUTOMATION_STEPS = 'igny8_automation_steps';

	/**
	 * Schema 4: deleted planner rows kept a day for Undo (Trash).
	 *
	 * @since 0.4.0
	 */
	public const TRASH = 'igny8_trash';

	/**
	 * Schema 5: cloud request signatures already accepted, refused if seen again (Seen_Signatures).
	 *
	 * @since 0.1.0
	 */
	public const SEEN_SIGNATURES = 'igny8_seen_signatures';

	/**
	 * Schema 6: Search Console rows (query, page, clicks, impressions, CTR, position) for the
	 * striking-distance opportunities (Search_Queries_Repository).
	 *
	 * @since 0.1.0
	 */
	public const SEARCH_QUERIES = 'igny8_search_queries';

	/**
	 * Schema 8: writing strategies, named bundles of writing choices a task or rule picks (Strategies_Repository).
	 *
	 * @since 0.6.0
	 */
	public const STRATEGIES = 'igny8_strategies';

	/**
	 * Table prefix this instance installs into.
	 *
	 * @var string
	 */
	private string $prefix;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param string|null $prefix Table prefix; defaults to the site's ($wpdb->prefix). Tests install elsewhere.
	 */
	public function __construct( ?string $prefix = null ) {
		global $wpdb;
		$this->prefix = $prefix ?? $wpdb->prefix;
	}

	/**
	 * Hooks the upgrade check.
	 *
	 * @since 0.1.0
	 */
	public function init(): void {
		add_action( 'plugins_loaded', array( $this, 'maybe_upgrade' ) );
	}

	/**
	 * Returns the full table name for a suffix such as Schema::KEYWORDS.
	 *
	 * @since 0.1.0
	 *
	 * @param string $suffix Table suffix.
	 * @return string Prefixed table name.
	 */
	public static function table( string $suffix ): string {
		global $wpdb;
		return $wpdb->prefix . $suffix;
	}

	/**
	 * Every table this instance owns, prefixed.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public function tables(): array {
		return array_map(
			fn ( string $suffix ): string => $this->prefix . $suffix,
			array_keys( Schema_Tables::statements( $this->prefix, '' ) )
		);
	}

	/**
	 * Upgrades the tables when the stored version is older than the code's. Cheap when current:
	 * one autoloaded option read. A failure is kept for the admin notice and retried on the next
	 * request; a stored version newer than the code's (a downgrade) is refused with a notice.
	 *
	 * @since 0.1.0
	 */
	public function maybe_upgrade(): void {
		$state = Upgrade_Status::state();
		if ( Upgrade_Status::CURRENT !== $state ) {
			add_action( 'admin_notices', array( Upgrade_Status::class, 'print_notice' ) );
		}
		// Tables a newer release upgraded are left alone: older definitions must not alter them.
		if ( Upgrade_Status::UPGRADING !== $state ) {
			return;
		}
		try {
			$this->install();
			delete_option( Upgrade_Status::ERROR_OPTION );
		} catch ( \Throwable $error ) {
			// The version option records each finished step, so the next request resumes after it.
			update_option( Upgrade_Status::ERROR_OPTION, $error->getMessage(), false );
		}
	}

	/**
	 * Creates or alters the tables to match the definitions, then records the version.
	 * Safe to run repeatedly: dbDelta only changes what differs.
	 *
	 * @since 0.1.0
	 *
	 * @return string[] dbDelta's description of what it changed (empty when nothing changed).
	 */
	public function install(): array {
		if ( ! function_exists( 'dbDelta' ) ) {
			require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		}

		if ( Upgrade_Status::DOWNGRADED === Upgrade_Status::state() ) {
			return array(); // Activating an older release must not rewrite a newer release's tables.
		}
		$installed = (string) get_option( self::VERSION_OPTION, '0' );
		$changes   = dbDelta( $this->create_statements() );
		if ( version_compare( $installed, self::VERSION, '<' ) ) {
			( new Upgrader() )->run( $installed );
		}
		update_option( self::VERSION_OPTION, self::VERSION, true );

		return $changes;
	}

	/**
	 * Drops every table and the version option. Only the uninstaller calls this.
	 *
	 * @since 0.1.0
	 */
	public function drop(): void {
		global $wpdb;
		foreach ( $this->tables() as $table ) {
			// Table names come from the prefix and constants above, never from input.
			$wpdb->query( $wpdb->prepare( 'DROP TABLE IF EXISTS %i', $table ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.SchemaChange -- the uninstaller drops the plugin's own tables.
		}
		delete_option( self::VERSION_OPTION );
	}

	/**
	 * The CREATE TABLE statements in dbDelta's format (see Schema_Tables).
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public function create_statements(): array {
		global $wpdb;
		return array_values( Schema_Tables::statements( $this->prefix, $wpdb->get_charset_collate() ) );
	}
}
