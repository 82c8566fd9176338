<?php
/**
 * A cluster's page (Planner → Clusters → a cluster), its first paint printed by PHP.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * Prints the cluster's figures and the first page of its keywords in the React page's own markup
 * and classes (admin-ui/src/planner/cluster-detail/), inside the screen's root, as
 * Keywords_First_Page does for the Keywords tab: the editor reads the cluster as soon as the HTML
 * arrives, not after WordPress's scripts, the bundle and React have run. The app replaces it when it
 * mounts; until then it is inert and busy. The data are the preloaded REST responses the app reads
 * first, so both show the same figures and rows.
 *
 * @since 0.9.0
 */
final class Cluster_First_Page {

	/**
	 * Prints the placeholder page.
	 *
	 * @since 0.9.0
	 *
	 * @param array<string, mixed>             $detail   GET /planner/clusters/{id}/detail.
	 * @param array<int, array<string, mixed>> $keywords The first page of its keywords (volume order).
	 * @param array<string, string|null>       $urls     back (the Clusters tab), linker (or null), and
	 *                                                   settings when the site is not connected (see
	 *                                                   Keywords_First_Page::not_connected_notice()).
	 */
	public static function render( array $detail, array $keywords, array $urls ): void {
		$cluster  = (array) $detail['cluster'];
		$archived = 'archived' === ( $cluster['status'] ?? '' );
		?>
		<div class="igny8-screen igny8-planner igny8-first-page" inert aria-busy="true">
			<?php Keywords_First_Page::not_connected_notice( array_key_exists( 'settings', $urls ) ? (string) $urls['settings'] : null ); ?>
			<div class="igny8-cluster-detail">
				<a class="igny8-back-link" href="<?php echo esc_url( (string) $urls['back'] ); ?>"><?php esc_html_e( '← All clusters', 'igny8' ); ?></a>
				<div class="igny8-cluster-detail__overview">
					<header class="igny8-cluster-detail__header">
						<h2 class="igny8-cluster-detail__title">
							<?php
							/* translators: %s: cluster name */
							echo esc_html( sprintf( __( 'Cluster: %s', 'igny8' ), (string) $cluster['name'] ) );
							?>
						</h2>
						<span class="igny8-cluster-detail__status"><?php echo esc_html( Planner_Labels::label( Planner_Labels::cluster_statuses(), $cluster['status'] ?? null ) ); ?></span>
					</header>
					<?php if ( ! empty( $cluster['description'] ) ) : ?>
						<p><?php echo esc_html( (string) $cluster['description'] ); ?></p>
					<?php endif; ?>
					<div class="igny8-actions" role="group" aria-label="<?php esc_attr_e( 'Cluster actions', 'igny8' ); ?>">
						<span class="components-button is-next-40px-default-size is-primary"<?php echo 0 === (int) $detail['keywords']['count'] ? ' aria-disabled="true"' : ''; ?>><?php esc_html_e( 'Generate ideas', 'igny8' ); ?></span>
						<span class="components-button is-next-40px-default-size is-secondary"><?php esc_html_e( 'Rename', 'igny8' ); ?></span>
						<span class="components-button is-next-40px-default-size is-secondary"><?php $archived ? esc_html_e( 'Make active', 'igny8' ) : esc_html_e( 'Archive', 'igny8' ); ?></span>
						<span class="components-button is-next-40px-default-size is-secondary is-destructive"><?php esc_html_e( 'Delete', 'igny8' ); ?></span>
					</div>
					<?php self::summary( $detail, $urls['linker'] ?? null ); ?>
				</div>
				<?php self::section( 'igny8-cluster-keywords', __( 'Keywords', 'igny8' ), $keywords ); ?>
				<?php self::section( 'igny8-cluster-ideas', __( 'Ideas', 'igny8' ) ); ?>
				<?php self::section( 'igny8-cluster-tasks', __( 'Writer tasks', 'igny8' ) ); ?>
				<?php self::section( 'igny8-cluster-posts', __( 'Posts written', 'igny8' ) ); ?>
			</div>
		</div>
		<?php
	}

	/**
	 * The figures' list and, when the cluster's posts are not all linked, the way to the Linker.
	 *
	 * @param array<string, mixed> $detail     Detail.
	 * @param string|null          $linker_url The Linker, when the user may open it.
	 */
	private static function summary( array $detail, ?string $linker_url ): void {
		$coverage = Cluster_Figures::coverage( (array) $detail['links'] );
		?>
		<div class="igny8-cluster-summary">
			<dl class="igny8-cluster-summary__figures">
				<?php foreach ( Cluster_Figures::of( $detail ) as $term => $value ) : ?>
					<dt><?php echo esc_html( $term ); ?></dt>
					<dd><?php echo esc_html( $value ); ?></dd>
				<?php endforeach; ?>
			</dl>
			<?php if ( null !== $coverage && $coverage < 100 && $linker_url ) : ?>
				<p class="igny8-help">
					<?php esc_html_e( 'Posts of one cluster should link to each other. The Linker suggests links from the same cluster first.', 'igny8' ); ?>
					<a class="components-button is-link" href="<?php echo esc_url( $linker_url ); ?>"><?php esc_html_e( 'Open the Linker', 'igny8' ); ?></a>
				</p>
			<?php endif; ?>
		</div>
		<?php
	}

	/**
	 * One titled section; with rows, the keyword table's first page, else the loading line.
	 *
	 * @param string                                $id    Heading id (ClusterTables.tsx).
	 * @param string                                $title Heading.
	 * @param array<int, array<string, mixed>>|null $rows  Keywords.
	 */
	private static function section( string $id, string $title, ?array $rows = null ): void {
		$columns = array( __( 'Volume', 'igny8' ), __( 'Difficulty', 'igny8' ), __( 'Intent', 'igny8' ), __( 'Status', 'igny8' ) );
		$button  = 'components-button dataviews-view-table-header-button is-compact is-tertiary';
		?>
		<section class="igny8-cluster-section" aria-labelledby="<?php echo esc_attr( $id ); ?>">
			<h2 id="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $title ); ?></h2>
			<?php if ( ! $rows ) : ?>
				<p class="igny8-loading"><?php esc_html_e( 'Loading…', 'igny8' ); ?></p>
			<?php else : ?>
				<div class="igny8-collection-table"><div class="dataviews-wrapper">
					<div class="dataviews__view-actions igny8-first-page__actions">
						<input type="search" class="igny8-first-page__search" placeholder="<?php esc_attr_e( 'Search this cluster’s keywords', 'igny8' ); ?>" aria-label="<?php esc_attr_e( 'Search this cluster’s keywords', 'igny8' ); ?>" />
					</div>
					<table class="dataviews-view-table igny8-first-page__table">
						<thead>
							<tr class="dataviews-view-table__row">
								<th scope="col"><span class="<?php echo esc_attr( $button ); ?>"><?php esc_html_e( 'Keyword', 'igny8' ); ?></span></th>
								<?php foreach ( $columns as $i => $label ) : ?>
									<th scope="col"<?php echo 0 === $i ? ' aria-sort="descending"' : ''; ?>><span class="<?php echo esc_attr( $button ); ?>"><?php echo esc_html( $label ); ?><?php echo 0 === $i ? '<span aria-hidden="true">↓</span>' : ''; ?></span></th>
								<?php endforeach; ?>
							</tr>
						</thead>
						<tbody>
							<?php foreach ( $rows as $keyword ) : ?>
								<tr class="dataviews-view-table__row">
									<?php foreach ( self::cells( $keyword ) as $i => $cell ) : ?>
										<td><div class="dataviews-view-table__cell-content-wrapper<?php echo 0 === $i ? ' dataviews-title-field' : ''; ?>"><?php echo esc_html( $cell ); ?></div></td>
									<?php endforeach; ?>
								</tr>
							<?php endforeach; ?>
						</tbody>
					</table>
				</div></div>
			<?php endif; ?>
		</section>
		<?php
	}

	/**
	 * A keyword row's cells as ClusterTables.tsx shows them: keyword, volume, difficulty, intent, status.
	 *
	 * @since 0.9.0
	 *
	 * @param array<string, mixed> $keyword Keyword.
	 * @return string[]
	 */
	public static function cells( array $keyword ): array {
		$cells = Keywords_First_Page::cells( $keyword, array() );
		unset( $cells[4] ); // The Keywords tab's cluster column: here, every row is of this cluster.
		return array_values( $cells );
	}
}
