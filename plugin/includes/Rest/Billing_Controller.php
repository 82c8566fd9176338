<?php
/**
 * Billing module: the credit balance, usage and transactions.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Cloud\Billing;
use Igny8\Cloud\Connection;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * GET billing/balance proxies the cloud's balance and keeps it for CACHE_SECONDS, so screens that
 * show it on every page do not each call the cloud. The ledger itself lives only in the cloud.
 * GET billing/usage and billing/transactions (administrators: igny8_manage) proxy the cloud's usage
 * report and ledger for the Credits screen, uncached, with the site's own rows only.
 *
 * @since 0.2.0
 */
class Billing_Controller extends Controller {

	/**
	 * Seconds a balance is reused.
	 *
	 * @since 0.2.0
	 */
	public const CACHE_SECONDS = 30;

	/**
	 * Transient holding the balance.
	 *
	 * @since 0.2.0
	 */
	public const TRANSIENT = 'igny8_balance';

	/**
	 * Registers the routes.
	 *
	 * @since 0.2.0
	 */
	public function register_routes(): void {
		// GET /igny8/v1/billing/balance — {credits, low_balance_threshold, low_balance, account_notice}.
		$this->add_route(
			'/billing/balance',
			WP_REST_Server::READABLE,
			'get_balance',
			'can_write',
			array(
				'refresh' => array(
					'type'    => 'boolean',
					'default' => false,
				),
			)
		);

		// GET /igny8/v1/billing/usage?days=30 — {from, to, days, totals, per_day[], per_function[]}.
		$this->add_route(
			'/billing/usage',
			WP_REST_Server::READABLE,
			'get_usage',
			'can_manage',
			array(
				'days' => array(
					'description'       => __( 'Days the report covers, ending today (UTC).', 'igny8' ),
					'type'              => 'integer',
					'default'           => 30,
					'minimum'           => 1,
					'maximum'           => Billing::MAX_DAYS,
					'sanitize_callback' => 'absint',
					'validate_callback' => 'rest_validate_request_arg',
				),
			)
		);

		// GET /igny8/v1/billing/transactions?page=&per_page=&kind= — ledger entries, newest first; X-WP-Total headers.
		$this->add_route(
			'/billing/transactions',
			WP_REST_Server::READABLE,
			'get_transactions',
			'can_manage',
			array(
				'page'     => array(
					'description'       => __( 'Current page of the collection.', 'igny8' ),
					'type'              => 'integer',
					'default'           => 1,
					'minimum'           => 1,
					'maximum'           => 100000,
					'sanitize_callback' => 'absint',
					'validate_callback' => 'rest_validate_request_arg',
				),
				'per_page' => array(
					'description'       => __( 'Maximum number of items per page.', 'igny8' ),
					'type'              => 'integer',
					'default'           => 20,
					'minimum'           => 1,
					'maximum'           => Billing::MAX_PAGE_SIZE,
					'sanitize_callback' => 'absint',
					'validate_callback' => 'rest_validate_request_arg',
				),
				'kind'     => array(
					'description'       => __( 'Only entries of this kind.', 'igny8' ),
					'type'              => 'string',
					'default'           => '',
					'sanitize_callback' => 'sanitize_key',
					'validate_callback' => self::optional_enum( Billing::KINDS ),
				),
			)
		);
	}

	/**
	 * GET usage.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_usage( WP_REST_Request $request ) {
		$billing = $this->billing();
		if ( is_wp_error( $billing ) ) {
			return $billing;
		}
		$usage = $billing->usage( (int) $request['days'] );
		return is_wp_error( $usage ) ? $usage : new WP_REST_Response( $usage );
	}

	/**
	 * GET transactions.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_transactions( WP_REST_Request $request ) {
		$billing = $this->billing();
		if ( is_wp_error( $billing ) ) {
			return $billing;
		}
		$page = $billing->transactions( (int) $request['page'], (int) $request['per_page'], (string) $request['kind'] );
		return is_wp_error( $page ) ? $page : $this->paginated( $page, $request );
	}

	/**
	 * Billing reads of the connected site.
	 *
	 * @return Billing|WP_Error igny8_not_connected when the site has no key.
	 */
	private function billing() {
		$client = ( new Connection() )->client();
		return is_wp_error( $client ) ? $client : new Billing( $client );
	}

	/**
	 * GET balance.
	 *
	 * @since 0.2.0
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function get_balance( $request ) {
		// A site that was disconnected, or connected to another account, since the balance was
		// cached must not show that figure: the cache holds the site it was read for.
		$connection = new Connection();
		$client     = $connection->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$site   = (string) ( $connection->status()['site']['id'] ?? '' );
		$cached = get_transient( self::TRANSIENT );
		if ( is_array( $cached ) && ! $request['refresh'] && ( $cached['site'] ?? null ) === $site ) {
			unset( $cached['site'] );
			return new WP_REST_Response( $cached );
		}
		$balance = $client->get_balance();
		if ( is_wp_error( $balance ) ) {
			return $balance;
		}
		\Igny8\Cloud\Account_Notice::remember( $balance );
		$balance = array(
			'credits'               => (int) ( $balance['credits'] ?? 0 ),
			'low_balance_threshold' => (int) ( $balance['low_balance_threshold'] ?? 0 ),
			'low_balance'           => (bool) ( $balance['low_balance'] ?? false ),
			'account_notice'        => \Igny8\Cloud\Account_Notice::current(),
		);
		set_transient( self::TRANSIENT, $balance + array( 'site' => $site ), self::CACHE_SECONDS );
		return new WP_REST_Response( $balance );
	}
}
