<?php
/**
 * When a rule runs next.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

use DateTimeImmutable;
use DateTimeZone;

defined( 'ABSPATH' ) || exit;

/**
 * A rule runs on ISO weekdays (1 = Monday … 7 = Sunday) at a time of day, both in the site's
 * timezone; the next run is stored in GMT so the dispatcher compares it with one indexed query.
 *
 * @since 0.3.0
 */
final class Schedule {

	/**
	 * The first moment strictly after $after on one of the days at the time, as GMT 'Y-m-d H:i:s'.
	 *
	 * @since 0.3.0
	 *
	 * @param int[]                  $days  ISO weekdays.
	 * @param string                 $time  HH:MM.
	 * @param DateTimeImmutable|null $after Reference moment (now by default).
	 * @return string|null Null when no day is set.
	 */
	public static function next( array $days, string $time, ?DateTimeImmutable $after = null ): ?string {
		$days = array_values( array_intersect( array_map( 'intval', $days ), range( 1, 7 ) ) );
		if ( ! $days || ! preg_match( '/^([01]\d|2[0-3]):([0-5]\d)$/', $time, $m ) ) {
			return null;
		}
		$zone  = wp_timezone();
		$after = ( $after ?? new DateTimeImmutable( 'now', new DateTimeZone( 'UTC' ) ) )->setTimezone( $zone );
		for ( $i = 0; $i <= 7; $i++ ) {
			$candidate = $after->modify( "+{$i} days" )->setTime( (int) $m[1], (int) $m[2] );
			if ( $candidate > $after && in_array( (int) $candidate->format( 'N' ), $days, true ) ) {
				return $candidate->setTimezone( new DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );
			}
		}
		return null;
	}

	/**
	 * Parses a days list ("1,2,3" or array) into sorted ISO weekdays.
	 *
	 * @since 0.3.0
	 *
	 * @param string|int[] $days Days.
	 * @return int[]
	 */
	public static function days( $days ): array {
		$list = is_array( $days ) ? $days : explode( ',', (string) $days );
		$list = array_values( array_unique( array_intersect( array_map( 'intval', $list ), range( 1, 7 ) ) ) );
		sort( $list );
		return $list;
	}
}
