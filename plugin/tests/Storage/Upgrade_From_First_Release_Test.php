<?php
/**
 * Upgrading from the first release's tables and data.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Storage;

use Igny8\Storage\Schema;
use Igny8\Storage\Upgrade_Status;
use Igny8\Tests\TestCase;
use RuntimeException;

/**
 * Installs IGNY8 0.1.0's schema and a site's data from the frozen fixture (tests/fixtures/upgrade),
 * then runs today's upgrade routine the way WordPress does (plugins_loaded → maybe_upgrade).
 */
final class Upgrade_From_First_Release_Test extends TestCase {

	/**
	 * The fixture: schema version, rows by table suffix, options.
	 *
	 * @var array{schema: string, tables: array<string, array<int, array<string, mixed>>>, options: array<string, mixed>}
	 */
	private array $fixture;

	/**
	 * Option values before the test (the fixture replaces them; DDL commits, so a rollback cannot restore them).
	 *
	 * @var array<string, mixed>
	 */
	private array $saved_options = array();

	protected function setUp(): void {
		parent::setUp();
		$this->allow_schema_changes();
		$this->fixture = require dirname( __DIR__ ) . '/fixtures/upgrade/data-0.1.0.php';
		foreach ( array_merge( array_keys( $this->fixture['options'] ), array( Schema::VERSION_OPTION, Upgrade_Status::ERROR_OPTION ) ) as $name ) {
			$this->saved_options[ $name ] = get_option( $name, null );
		}
		$this->install_first_release();
	}

	protected function tearDown(): void {
		// Today's empty tables come back through the activation hook that TestCase runs after DDL.
		$this->drop_plugin_tables();
		foreach ( $this->saved_options as $name => $value ) {
			null === $value ? delete_option( $name ) : update_option( $name, $value );
		}
		// Kept past TestCase's rollback: the activation hook must see today's version, not the fixture's or a "newer" one.
		$GLOBALS['wpdb']->query( 'COMMIT' );
		parent::tearDown();
	}

	public function test_every_keyword_cluster_idea_task_rule_link_and_setting_is_intact_after_the_upgrade(): void {
		( new Schema() )->maybe_upgrade();

		$this->assertSame( Schema::VERSION, get_option( Schema::VERSION_OPTION ) );
		$this->assertSame( Upgrade_Status::CURRENT, Upgrade_Status::state() );
		$this->assertFixtureIntact();
		foreach ( ( new Schema() )->tables() as $table ) {
			$this->assertTrue( $this->table_exists( $table ), "{$table} exists after the upgrade" );
		}
	}

	public function test_an_upgrade_stopped_midway_keeps_the_data_says_so_and_resumes_on_the_next_request(): void {
		$failed = null;
		$fail   = static function ( string $version ) use ( &$failed ): void {
			$failed = $version;
			throw new RuntimeException( 'Lock wait timeout exceeded' );
		};
		add_action( 'igny8_upgrade_step', $fail );

		( new Schema() )->maybe_upgrade();

		$this->assertSame( Upgrade_Status::UPGRADING, Upgrade_Status::state() );
		$this->assertSame( 'Lock wait timeout exceeded', get_option( Upgrade_Status::ERROR_OPTION ) );
		$this->assertStringContainsString( 'carries on where it stopped', Upgrade_Status::message() );
		$this->assertFixtureIntact();
		// The screens show the notice instead of working on half-upgraded tables.
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->assertStringContainsString( 'could not finish updating', $this->render_planner() );

		remove_action( 'igny8_upgrade_step', $fail );
		$seen = array();
		add_action(
			'igny8_upgrade_step',
			static function ( string $version ) use ( &$seen ): void {
				$seen[] = $version;
			}
		);
		( new Schema() )->maybe_upgrade();

		$this->assertNotNull( $failed, 'the first release is older than today’s schema, so a step ran' );
		$this->assertSame( $failed, $seen[0] ?? null, 'the step that did not finish runs again, and none before it' );
		$this->assertSame( Upgrade_Status::CURRENT, Upgrade_Status::state() );
		$this->assertFalse( get_option( Upgrade_Status::ERROR_OPTION ) );
		$this->assertFixtureIntact();
		$this->assertStringNotContainsString( 'could not finish updating', $this->render_planner() );
	}

	public function test_a_downgrade_is_refused_with_a_notice_and_leaves_the_newer_tables_alone(): void {
		global $wpdb;
		$keywords = Schema::table( Schema::KEYWORDS );
		// As a future release might have left them: a newer data version and a column this code does not know.
		update_option( Schema::VERSION_OPTION, '99' );
		$wpdb->query( "ALTER TABLE {$keywords} ADD COLUMN future_score int(10) unsigned NOT NULL DEFAULT 7" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- test fixture DDL on the plugin's own table.
		$before = $wpdb->get_results( "SHOW CREATE TABLE {$keywords}", ARRAY_N ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table name.

		( new Schema() )->maybe_upgrade();
		( new Schema() )->install(); // as re-activating the older release would

		$this->assertSame( '99', get_option( Schema::VERSION_OPTION ) );
		$this->assertSame( $before, $wpdb->get_results( "SHOW CREATE TABLE {$keywords}", ARRAY_N ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table name.
		$this->assertSame( Upgrade_Status::DOWNGRADED, Upgrade_Status::state() );
		$this->assertFixtureIntact();

		wp_set_current_user( $this->create_user( 'administrator' ) );
		// Hooked by maybe_upgrade(); printed on its own (other admin_notices callbacks need a full admin screen).
		$this->assertNotFalse( has_action( 'admin_notices', array( Upgrade_Status::class, 'print_notice' ) ) );
		ob_start();
		Upgrade_Status::print_notice();
		$notice = (string) ob_get_clean();
		$this->assertStringContainsString( 'upgraded by a newer version of the plugin (data version 99', $notice );
		$this->assertStringContainsString( 'install the newer IGNY8 version again', $this->render_planner() );
	}

	/**
	 * Drops every IGNY8 table, then creates the first release's and fills them from the fixture.
	 */
	private function install_first_release(): void {
		global $wpdb;
		$this->drop_plugin_tables();
		$sql = (string) file_get_contents( dirname( __DIR__ ) . '/fixtures/upgrade/schema-0.1.0.sql' );
		$sql = str_replace( array( '{prefix}', '{charset_collate}' ), array( $wpdb->prefix, $wpdb->get_charset_collate() ), $sql );
		foreach ( array_filter( array_map( 'trim', explode( ';', preg_replace( '/^--.*$/m', '', $sql ) ) ) ) as $statement ) {
			$wpdb->query( $statement ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- the frozen fixture's DDL.
		}
		foreach ( $this->fixture['tables'] as $suffix => $rows ) {
			foreach ( $rows as $row ) {
				$this->assertNotFalse( $wpdb->insert( $wpdb->prefix . $suffix, $row ), "fixture row in {$suffix}: {$wpdb->last_error}" );
			}
		}
		foreach ( $this->fixture['options'] as $name => $value ) {
			update_option( $name, $value );
		}
		update_option( Schema::VERSION_OPTION, $this->fixture['schema'] );
		delete_option( Upgrade_Status::ERROR_OPTION );
	}

	private function drop_plugin_tables(): void {
		global $wpdb;
		foreach ( (array) $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $wpdb->prefix . 'igny8_' ) . '%' ) ) as $table ) {
			$wpdb->query( "DROP TABLE IF EXISTS `{$table}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- names read from SHOW TABLES.
		}
	}

	/**
	 * Every fixture row is still there with every value, and every option is unchanged.
	 */
	private function assertFixtureIntact(): void {
		global $wpdb;
		foreach ( $this->fixture['tables'] as $suffix => $rows ) {
			foreach ( $rows as $row ) {
				// prepare() turns null into '', so NULL columns are matched with IS NULL instead of a placeholder.
				$where  = implode( ' AND ', array_map( static fn ( string $column, $value ): string => null === $value ? "`{$column}` IS NULL" : "`{$column}` = %s", array_keys( $row ), $row ) );
				$values = array_map( 'strval', array_values( array_filter( $row, static fn ( $value ): bool => null !== $value ) ) );
				$found  = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE {$where}", $wpdb->prefix . $suffix, ...$values ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- column names from the fixture, values bound.
				$this->assertSame( 1, $found, "{$suffix} row " . wp_json_encode( $row ) );
			}
		}
		foreach ( $this->fixture['options'] as $name => $value ) {
			$stored = get_option( $name );
			if ( \Igny8\System\Settings::OPTION === $name && is_array( $stored ) ) {
				// A setting added since (stored with its default by the option's sanitizer) is not a change to the user's data.
				$added  = array_diff_key( $stored, $value );
				$stored = array_intersect_key( $stored, $value );
				$this->assertSame( array_intersect_key( \Igny8\System\Settings::defaults(), $added ), $added, 'settings added since keep their defaults' );
				// Image sizes became shapes (the cloud picks each model's size): 1792x1024 reads as landscape.
				$this->assertSame( 'landscape', $stored['image_size'] );
				$stored['image_size'] = $value['image_size'];
			}
			$this->assertSame( $value, $stored, $name );
		}
	}

	private function render_planner(): string {
		$page = new \Igny8\Admin\Planner_Page( \Igny8\Assets\Asset_Loader::for_plugin() );
		ob_start();
		$page->render_page();
		return (string) ob_get_clean();
	}
}
