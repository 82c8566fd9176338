<?php
/**
 * The cloud's usage report and credit transactions.
 *
 * @package Igny8\Cloud
 */

declare( strict_types=1 );

namespace Igny8\Cloud;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Reads GET /api/v1/billing/usage/ and GET /api/v1/billing/transactions/ with the site key, and
 * reduces both answers to the fields the Credits screen shows. The ledger lives only in the cloud:
 * nothing here is stored on the site. With a site key the cloud returns this site's rows only.
 *
 * @since 0.3.0
 */
final class Billing {

	/**
	 * Ledger entry kinds the cloud knows (worker/src/db/schema.ts LEDGER_KINDS).
	 *
	 * @since 0.3.0
	 */
	public const KINDS = array( 'grant', 'reserve', 'settle', 'refund', 'adjustment', 'expire' );

	/**
	 * Most days a usage report covers (the cloud's own limit).
	 *
	 * @since 0.3.0
	 */
	public const MAX_DAYS = 366;

	/**
	 * Most transactions per page (the cloud's own limit).
	 *
	 * @since 0.3.0
	 */
	public const MAX_PAGE_SIZE = 100;

	/**
	 * The cloud client.
	 *
	 * @var Client
	 */
	private Client $client;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param Client $client Client of the connected site.
	 */
	public function __construct( Client $client ) {
		$this->client = $client;
	}

	/**
	 * Credits and tokens per day and per AI function over the last $days days (UTC).
	 *
	 * @since 0.3.0
	 *
	 * @param int $days Days, 1–366.
	 * @return array<string, mixed>|WP_Error {from, to, totals, per_day[], per_function[]}.
	 */
	public function usage( int $days ) {
		$days = max( 1, min( self::MAX_DAYS, $days ) );
		$data = $this->client->request( 'GET', '/api/v1/billing/usage/?' . http_build_query( array( 'days' => $days ) ) );
		if ( is_wp_error( $data ) ) {
			return $data;
		}
		$per_day = array();
		foreach ( (array) ( $data['per_day'] ?? array() ) as $row ) {
			if ( is_array( $row ) && is_string( $row['date'] ?? null ) ) {
				$per_day[] = array_merge( array( 'date' => $row['date'] ), self::figures( $row ) );
			}
		}
		$per_function = array();
		foreach ( (array) ( $data['per_function'] ?? array() ) as $row ) {
			if ( is_array( $row ) && is_string( $row['function'] ?? null ) ) {
				$per_function[] = array_merge( array( 'function' => $row['function'] ), self::figures( $row ) );
			}
		}
		return array(
			'from'         => (string) ( $data['from'] ?? '' ),
			'to'           => (string) ( $data['to'] ?? '' ),
			'days'         => $days,
			'totals'       => self::figures( is_array( $data['totals'] ?? null ) ? $data['totals'] : array() ),
			'per_day'      => $per_day,
			'per_function' => $per_function,
		);
	}

	/**
	 * One page of ledger entries, newest first.
	 *
	 * @since 0.3.0
	 *
	 * @param int    $page     Page, from 1.
	 * @param int    $per_page Entries per page, 1–100.
	 * @param string $kind     One of KINDS, or '' for all.
	 * @return array{items: array<int, array<string, mixed>>, total: int}|WP_Error
	 */
	public function transactions( int $page, int $per_page, string $kind = '' ) {
		$query = array(
			'page'      => max( 1, $page ),
			'page_size' => max( 1, min( self::MAX_PAGE_SIZE, $per_page ) ),
		);
		if ( in_array( $kind, self::KINDS, true ) ) {
			$query['kind'] = $kind;
		}
		$data = $this->client->request( 'GET', '/api/v1/billing/transactions/?' . http_build_query( $query ) );
		if ( is_wp_error( $data ) ) {
			return $data;
		}
		$items = array();
		foreach ( (array) ( $data['results'] ?? array() ) as $entry ) {
			if ( ! is_array( $entry ) || ! isset( $entry['id'] ) ) {
				continue;
			}
			$items[] = array(
				'id'            => (string) $entry['id'],
				'kind'          => (string) ( $entry['kind'] ?? '' ),
				'amount'        => (int) ( $entry['amount'] ?? 0 ),
				'bucket'        => (string) ( $entry['bucket'] ?? '' ),
				'balance_after' => (int) ( $entry['balance_after'] ?? 0 ),
				'job_id'        => isset( $entry['job_id'] ) ? (string) $entry['job_id'] : null,
				'reason'        => (string) ( $entry['reason'] ?? '' ),
				'created_at'    => (string) ( $entry['created_at'] ?? '' ),
			);
		}
		return array(
			'items' => $items,
			'total' => (int) ( $data['count'] ?? count( $items ) ),
		);
	}

	/**
	 * The numbers of one usage row.
	 *
	 * @param array<string, mixed> $row Usage row.
	 * @return array{credits: int, tokens_in: int, tokens_out: int, jobs: int}
	 */
	private static function figures( array $row ): array {
		return array(
			'credits'    => (int) ( $row['credits'] ?? 0 ),
			'tokens_in'  => (int) ( $row['tokens_in'] ?? 0 ),
			'tokens_out' => (int) ( $row['tokens_out'] ?? 0 ),
			'jobs'       => (int) ( $row['jobs'] ?? 0 ),
		);
	}
}
