<?php
/**
 * A cluster's figures, worded as its page words them.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * The summary of GET /planner/clusters/{id}/detail as ClusterSummary.tsx prints it (the same
 * words, numbers and order), for the cluster page PHP prints before the app mounts.
 *
 * @since 0.9.0
 */
final class Cluster_Figures {

	/**
	 * The figures as ClusterSummary.tsx prints them: term, then its value.
	 *
	 * @since 0.9.0
	 *
	 * @param array<string, mixed> $detail GET /planner/clusters/{id}/detail.
	 * @return array<string, string>
	 */
	public static function of( array $detail ): array {
		$keywords = (array) $detail['keywords'];
		$links    = (array) $detail['links'];
		$coverage = self::coverage( $links );
		$average  = $keywords['difficulty_avg'] ?? null;
		return array(
			__( 'Keywords', 'igny8' )            => number_format_i18n( (int) $keywords['count'] ),
			__( 'Total search volume', 'igny8' ) => number_format_i18n( (int) $keywords['volume'] ),
			__( 'Difficulty', 'igny8' )          => null === $average ? '—' : sprintf(
				/* translators: 1: average difficulty, 2: lowest, 3: highest */
				__( '%1$d average (%2$d–%3$d)', 'igny8' ),
				(int) $average,
				(int) ( $keywords['difficulty_min'] ?? 0 ),
				(int) ( $keywords['difficulty_max'] ?? 0 )
			),
			__( 'Ideas', 'igny8' )               => self::counts( (array) $detail['ideas'], Planner_Labels::idea_statuses() ),
			__( 'Writer tasks', 'igny8' )        => self::counts( (array) $detail['tasks'], Planner_Labels::task_statuses() ),
			__( 'Posts written', 'igny8' )       => number_format_i18n( (int) $detail['posts'] ),
			__( 'Internal links', 'igny8' )      => null === $coverage
				? __( 'Links are counted once the cluster has two published posts.', 'igny8' )
				: sprintf(
					/* translators: 1: posts linked, 2: published posts, 3: percent, 4: e.g. "3 links" */
					__( '%1$d of %2$d published posts are linked from another post of this cluster (%3$d%%); %4$s between them.', 'igny8' ),
					(int) $links['linked'],
					(int) $links['published'],
					$coverage,
					/* translators: %d: number of links */
					sprintf( _n( '%d link', '%d links', (int) $links['links'], 'igny8' ), (int) $links['links'] )
				),
		);
	}

	/**
	 * "3 · 2 New, 1 Approved": a total and its counts by status (ClusterSummary.tsx statusLine).
	 *
	 * @param array<string, mixed>  $counts total and by_status.
	 * @param array<string, string> $labels Status labels.
	 * @return string
	 */
	private static function counts( array $counts, array $labels ): string {
		$parts = array();
		foreach ( (array) ( $counts['by_status'] ?? array() ) as $status => $n ) {
			/* translators: 1: count, 2: status */
			$parts[] = sprintf( __( '%1$s %2$s', 'igny8' ), number_format_i18n( (int) $n ), Planner_Labels::label( $labels, (string) $status ) );
		}
		return number_format_i18n( (int) ( $counts['total'] ?? 0 ) ) . ' · ' . ( $parts ? implode( ', ', $parts ) : __( 'none yet', 'igny8' ) );
	}

	/**
	 * Share of the published posts another of them links to, 0–100; null with fewer than two (url.ts).
	 *
	 * @since 0.9.0
	 *
	 * @param array<string, mixed> $links The detail's links.
	 * @return int|null
	 */
	public static function coverage( array $links ): ?int {
		$published = (int) ( $links['published'] ?? 0 );
		return $published < 2 ? null : (int) round( (int) $links['linked'] / $published * 100 );
	}
}
