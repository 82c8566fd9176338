<?php
/**
 * What one change did to a post's top-level blocks, and putting it back or on again.
 *
 * @package Igny8\Changes
 */

declare( strict_types=1 );

namespace Igny8\Changes;

defined( 'ABSPATH' ) || exit;

/**
 * A change is a list of hunks {before: string[], after: string[], prev: ?string, next: ?string}:
 * runs of serialised top-level blocks that differ, with the unchanged block on either side. Hunks
 * are found by content, not by position, so a change can be reversed (or applied) after later
 * changes moved blocks around it; a hunk whose blocks are no longer there is a conflict, never a
 * guess.
 *
 * @since 0.7.0
 */
final class Block_Diff {

	/**
	 * Largest block-count product the LCS table is built for; past it the differing middle is one hunk.
	 *
	 * @since 0.7.0
	 */
	private const MAX_CELLS = 250000;

	/**
	 * The content's top-level blocks, each serialised the same way whichever editor saved it.
	 *
	 * @since 0.7.0
	 *
	 * @param string $content Post content.
	 * @return string[]
	 */
	public static function blocks( string $content ): array {
		$out = array();
		foreach ( parse_blocks( $content ) as $block ) {
			// Whitespace between blocks parses as a nameless block; it is not content.
			if ( null === $block['blockName'] && '' === trim( (string) $block['innerHTML'] ) ) {
				continue;
			}
			$out[] = trim( serialize_block( $block ) );
		}
		return $out;
	}

	/**
	 * Blocks joined back into post content.
	 *
	 * @since 0.7.0
	 *
	 * @param string[] $blocks Serialised blocks.
	 * @return string
	 */
	public static function join( array $blocks ): string {
		return implode( "\n\n", $blocks );
	}

	/**
	 * The hunks that turn `$before` into `$after`.
	 *
	 * @since 0.7.0
	 *
	 * @param string $before Content before the change.
	 * @param string $after  Content after it.
	 * @return array<int, array{before: string[], after: string[], prev: ?string, next: ?string}>
	 */
	public static function diff( string $before, string $after ): array {
		$a     = self::blocks( $before );
		$b     = self::blocks( $after );
		$pairs = self::common( $a, $b );
		$hunks = array();
		$i     = 0;
		$j     = 0;
		// A sentinel pair past both ends closes the last hunk.
		$pairs[] = array( count( $a ), count( $b ) );
		foreach ( $pairs as list( $ai, $bj ) ) {
			if ( $ai > $i || $bj > $j ) {
				$hunks[] = array(
					'before' => array_slice( $a, $i, $ai - $i ),
					'after'  => array_slice( $b, $j, $bj - $j ),
					'prev'   => $i > 0 ? $a[ $i - 1 ] : null,
					'next'   => $a[ $ai ] ?? null,
				);
			}
			$i = $ai + 1;
			$j = $bj + 1;
		}
		return $hunks;
	}

	/**
	 * Puts `$hunks` on `$content` in one direction: 'revert' turns each hunk's after back into its
	 * before, 'apply' the other way. Refuses with the indexes of the hunks whose blocks are gone.
	 *
	 * @since 0.7.0
	 *
	 * @param string                           $content   Content now.
	 * @param array<int, array<string, mixed>> $hunks     Hunks from diff().
	 * @param string                           $direction 'revert' or 'apply'.
	 * @return array{content: ?string, conflicts: int[], changed: int}
	 */
	public static function patch( string $content, array $hunks, string $direction ): array {
		$blocks    = self::blocks( $content );
		$from_key  = 'revert' === $direction ? 'after' : 'before';
		$to_key    = 'revert' === $direction ? 'before' : 'after';
		$placed    = array();
		$conflicts = array();
		$taken     = array();
		foreach ( $hunks as $index => $hunk ) {
			$from = array_values( array_map( 'strval', (array) ( $hunk[ $from_key ] ?? array() ) ) );
			$at   = self::locate( $blocks, $from, $hunk['prev'] ?? null, $hunk['next'] ?? null, $taken );
			if ( null === $at ) {
				$conflicts[] = (int) $index;
				continue;
			}
			$taken[ $at ] = count( $from );
			$placed[]     = array( $at, count( $from ), array_values( array_map( 'strval', (array) ( $hunk[ $to_key ] ?? array() ) ) ) );
		}
		if ( $conflicts ) {
			return array(
				'content'   => null,
				'conflicts' => $conflicts,
				'changed'   => 0,
			);
		}
		// From the end, so each splice leaves the positions found for the earlier ones valid.
		usort( $placed, static fn ( array $x, array $y ): int => $y[0] <=> $x[0] );
		$changed = 0;
		foreach ( $placed as list( $at, $length, $to ) ) {
			array_splice( $blocks, $at, $length, $to );
			$changed += max( $length, count( $to ) );
		}
		return array(
			'content'   => self::join( $blocks ),
			'conflicts' => array(),
			'changed'   => $changed,
		);
	}

	/**
	 * Whether two hunk lists touch a common block (one's after meets the other's before).
	 *
	 * @since 0.7.0
	 *
	 * @param array<int, array<string, mixed>> $earlier Hunks of the earlier change.
	 * @param array<int, array<string, mixed>> $later   Hunks of a later change.
	 * @return bool
	 */
	public static function touches( array $earlier, array $later ): bool {
		$produced = array();
		foreach ( $earlier as $hunk ) {
			foreach ( (array) ( $hunk['after'] ?? array() ) as $block ) {
				$produced[ md5( (string) $block ) ] = true;
			}
			// A removal is anchored on its neighbours; a later change to them is in the way too.
			if ( ! ( $hunk['after'] ?? array() ) ) {
				foreach ( array( 'prev', 'next' ) as $side ) {
					if ( null !== ( $hunk[ $side ] ?? null ) ) {
						$produced[ md5( (string) $hunk[ $side ] ) ] = true;
					}
				}
			}
		}
		foreach ( $later as $hunk ) {
			foreach ( (array) ( $hunk['before'] ?? array() ) as $block ) {
				if ( isset( $produced[ md5( (string) $block ) ] ) ) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Where the run `$from` starts in `$blocks` (or, for an empty run, where it goes), preferring
	 * the place its unchanged neighbours confirm; null when it is not there.
	 *
	 * @param string[]        $blocks Blocks now.
	 * @param string[]        $from   Run to find.
	 * @param string|null     $prev   Unchanged block before it.
	 * @param string|null     $next   Unchanged block after it.
	 * @param array<int, int> $taken  Runs other hunks already claimed (start => length).
	 * @return int|null
	 */
	private static function locate( array $blocks, array $from, ?string $prev, ?string $next, array $taken ): ?int {
		$length = count( $from );
		if ( 0 === $length && null === $prev && null === $next ) {
			// The change was made to an empty post: it goes only into one that is still empty.
			return $blocks ? null : 0;
		}
		$candidates = array();
		$total      = count( $blocks );
		for ( $at = 0; $at + $length <= $total; $at++ ) {
			if ( array_slice( $blocks, $at, $length ) !== $from || self::overlaps( $at, $length, $taken ) ) {
				continue;
			}
			// Only a real neighbour confirms a place: "at the end" is where anything appended lands too.
			$prev_ok = null !== $prev && ( $blocks[ $at - 1 ] ?? null ) === $prev;
			$next_ok = null !== $next && ( $blocks[ $at + $length ] ?? null ) === $next;
			$score   = (int) $prev_ok + (int) $next_ok;
			// An empty run has no content of its own: only its neighbours can place it.
			if ( 0 === $length && 0 === $score ) {
				continue;
			}
			$candidates[] = array( $score, $at );
		}
		if ( ! $candidates ) {
			return null;
		}
		// Best confirmed first; among equals, the earliest.
		usort( $candidates, static fn ( array $x, array $y ): int => 0 !== ( $y[0] <=> $x[0] ) ? $y[0] <=> $x[0] : $x[1] <=> $y[1] );
		// Two equally good places for the same run: which one the change meant is unknown.
		if ( isset( $candidates[1] ) && $candidates[1][0] === $candidates[0][0] && 0 === $candidates[0][0] ) {
			return null;
		}
		return $candidates[0][1];
	}

	/**
	 * Whether [at, at+length) meets a claimed run (an empty run meets one it sits inside).
	 *
	 * @param int             $at     Start.
	 * @param int             $length Length.
	 * @param array<int, int> $taken  Claimed runs.
	 * @return bool
	 */
	private static function overlaps( int $at, int $length, array $taken ): bool {
		foreach ( $taken as $start => $size ) {
			if ( $at < $start + $size && $start < $at + max( 1, $length ) && ! ( 0 === $length && $at === $start ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Index pairs of a longest common subsequence of the two block lists, in order.
	 *
	 * @param string[] $a Blocks before.
	 * @param string[] $b Blocks after.
	 * @return array<int, array{0: int, 1: int}>
	 */
	private static function common( array $a, array $b ): array {
		$n    = count( $a );
		$m    = count( $b );
		$head = 0;
		while ( $head < $n && $head < $m && $a[ $head ] === $b[ $head ] ) {
			++$head;
		}
		$tail = 0;
		while ( $tail < $n - $head && $tail < $m - $head && $a[ $n - 1 - $tail ] === $b[ $m - 1 - $tail ] ) {
			++$tail;
		}
		$pairs = array();
		for ( $k = 0; $k < $head; $k++ ) {
			$pairs[] = array( $k, $k );
		}
		$mid_a = array_slice( $a, $head, $n - $head - $tail );
		$mid_b = array_slice( $b, $head, $m - $head - $tail );
		foreach ( self::lcs( $mid_a, $mid_b ) as list( $x, $y ) ) {
			$pairs[] = array( $x + $head, $y + $head );
		}
		for ( $k = $tail; $k > 0; $k-- ) {
			$pairs[] = array( $n - $k, $m - $k );
		}
		return $pairs;
	}

	/**
	 * LCS index pairs by dynamic programming (empty past MAX_CELLS: one hunk is still correct).
	 *
	 * @param string[] $a Blocks.
	 * @param string[] $b Blocks.
	 * @return array<int, array{0: int, 1: int}>
	 */
	private static function lcs( array $a, array $b ): array {
		$n = count( $a );
		$m = count( $b );
		if ( 0 === $n || 0 === $m || $n * $m > self::MAX_CELLS ) {
			return array();
		}
		$table = array_fill( 0, $n + 1, array_fill( 0, $m + 1, 0 ) );
		for ( $i = $n - 1; $i >= 0; $i-- ) {
			for ( $j = $m - 1; $j >= 0; $j-- ) {
				$table[ $i ][ $j ] = $a[ $i ] === $b[ $j ] ? $table[ $i + 1 ][ $j + 1 ] + 1 : max( $table[ $i + 1 ][ $j ], $table[ $i ][ $j + 1 ] );
			}
		}
		$pairs = array();
		$i     = 0;
		$j     = 0;
		while ( $i < $n && $j < $m ) {
			if ( $a[ $i ] === $b[ $j ] ) {
				$pairs[] = array( $i++, $j++ );
			} elseif ( $table[ $i + 1 ][ $j ] >= $table[ $i ][ $j + 1 ] ) {
				++$i;
			} else {
				++$j;
			}
		}
		return $pairs;
	}
}
