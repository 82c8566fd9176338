<?php
/**
 * Tests for the account notice in wp-admin.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Cloud;

use Igny8\Cloud\Account_Notice;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * A failed payment or a suspension reaches every admin screen with the balance, and leaves with it.
 */
final class Account_Notice_Test extends TestCase {

	use Cloud_Fixtures;

	private const GRACE = 'The last IGNY8 payment failed. The plan stays active until 2027-05-08 while the payment is retried; the account owner can update the payment method in the IGNY8 portal (Billing).';

	protected function setUp(): void {
		parent::setUp();
		$this->connect_site( 'https://cloud.example.test' );
		delete_option( Account_Notice::OPTION );
	}

	public function test_a_balance_with_a_notice_shows_it_on_admin_screens_until_a_balance_without_one(): void {
		$notice = self::GRACE;
		// The first balance carries the notice; the next, after the payment recovered, does not.
		$this->fake_cloud(
			static function () use ( &$notice ) {
				return array( 200, self::ok( array( 'credits' => 900, 'low_balance_threshold' => 100, 'low_balance' => false, 'account_notice' => $notice ) ) );
			}
		);
		$this->as_user( $this->create_user( 'editor' ) );

		$response = $this->rest( 'GET', '/igny8/v1/billing/balance', array( 'refresh' => true ) );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( self::GRACE, $response->get_data()['account_notice'] );
		$printed = $this->printed();
		$this->assertStringContainsString( 'notice-warning', $printed );
		$this->assertStringContainsString( 'The last IGNY8 payment failed. The plan stays active until 2027-05-08', $printed );
		$this->assertStringContainsString( 'href="https://cloud.example.test/portal/billing"', $printed );

		$notice = null;
		$this->rest( 'GET', '/igny8/v1/billing/balance', array( 'refresh' => true ) );
		$this->assertSame( '', Account_Notice::current() );
		$this->assertSame( '', $this->printed() );
	}

	public function test_users_who_cannot_use_igny8_do_not_see_it(): void {
		Account_Notice::remember( array( 'account_notice' => self::GRACE ) );
		$this->as_user( $this->create_user( 'subscriber' ) );
		$this->assertSame( '', $this->printed() );
	}

	public function test_markup_in_the_clouds_sentence_is_text(): void {
		Account_Notice::remember( array( 'account_notice' => 'Suspended <script>alert(1)</script><a href="https://evil.test">pay here</a>' ) );
		$this->as_user( $this->create_user( 'administrator' ) );
		$printed = $this->printed();
		$this->assertStringNotContainsString( '<script', $printed );
		$this->assertStringNotContainsString( 'evil.test', $printed );
		$this->assertStringContainsString( 'Suspended', $printed );
	}

	public function test_disconnecting_forgets_it(): void {
		Account_Notice::remember( array( 'account_notice' => self::GRACE ) );
		( new \Igny8\Cloud\Connection() )->disconnect();
		$this->assertSame( '', Account_Notice::current() );
	}

	/**
	 * What admin_notices prints for the current user.
	 */
	private function printed(): string {
		ob_start();
		Account_Notice::print_notice();
		return (string) ob_get_clean();
	}
}
