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
	public const VERSION = '1';

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
	public const KEYWORDS = 'igny8_keywords';
	public const TASKS    = 'igny8_tasks';
	public const JOBS     = 'igny8_jobs';

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
		return array( $this->prefix . self::KEYWORDS, $this->prefix . self::TASKS, $this->prefix . self::JOBS );
	}

	/**
	 * Upgrades the tables when the stored version is older than the code's. Cheap when current:
	 * one autoloaded option read.
	 *
	 * @since 0.1.0
	 */
	public function maybe_upgrade(): void {
		$installed = (string) get_option( self::VERSION_OPTION, '0' );
		if ( version_compare( $installed, self::VERSION, '<' ) ) {
			$this->install();
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

		$changes = dbDelta( $this->create_statements() );
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
			$wpdb->query( "DROP TABLE IF EXISTS `{$table}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.SchemaChange
		}
		delete_option( self::VERSION_OPTION );
	}

	/**
	 * The CREATE TABLE statements in dbDelta's format (two spaces after PRIMARY KEY, one column per line).
	 *
	 * Times are stored in GMT. Statuses are short strings so new ones need no ALTER.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public function create_statements(): array {
		global $wpdb;
		$charset_collate = $wpdb->get_charset_collate();
		list( $keywords, $tasks, $jobs ) = $this->tables();

		return array(
			"CREATE TABLE {$keywords} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  keyword varchar(255) NOT NULL,
  search_volume int(10) unsigned DEFAULT NULL,
  difficulty tinyint(3) unsigned DEFAULT NULL,
  intent varchar(20) NOT NULL DEFAULT 'informational',
  status varchar(20) NOT NULL DEFAULT 'active',
  source varchar(20) NOT NULL DEFAULT 'manual',
  sector_id bigint(20) unsigned DEFAULT NULL,
  cluster_id bigint(20) unsigned DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY keyword (keyword(191)),
  KEY status_intent (status,intent),
  KEY cluster_id (cluster_id),
  KEY sector_id (sector_id),
  KEY search_volume (search_volume),
  KEY created_at (created_at)
) {$charset_collate};",
			"CREATE TABLE {$tasks} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  title varchar(255) NOT NULL,
  brief text,
  keywords text,
  content_type varchar(20) NOT NULL DEFAULT 'post',
  content_structure varchar(50) NOT NULL DEFAULT 'article',
  taxonomy_term_id bigint(20) unsigned DEFAULT NULL,
  status varchar(20) NOT NULL DEFAULT 'queued',
  assigned_post_id bigint(20) unsigned DEFAULT NULL,
  post_url text,
  job_id varchar(64) DEFAULT NULL,
  error text,
  created_by bigint(20) unsigned DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY status (status),
  KEY job_id (job_id),
  KEY assigned_post_id (assigned_post_id),
  KEY created_at (created_at)
) {$charset_collate};",
			"CREATE TABLE {$jobs} (
  job_id varchar(64) NOT NULL,
  function varchar(50) NOT NULL DEFAULT '',
  status varchar(20) NOT NULL DEFAULT 'queued',
  task_id bigint(20) unsigned DEFAULT NULL,
  post_id bigint(20) unsigned DEFAULT NULL,
  progress tinyint(3) unsigned NOT NULL DEFAULT 0,
  step varchar(191) NOT NULL DEFAULT '',
  error text,
  credits_charged int(10) unsigned NOT NULL DEFAULT 0,
  applied_at datetime DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (job_id),
  KEY task_id (task_id),
  KEY status_applied (status,applied_at)
) {$charset_collate};",
		);
	}
}
