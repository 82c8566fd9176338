<?php
/**
 * The Keywords table's first page, printed by PHP.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * Prints the rows the Planner's Keywords table opens with, in the table's own markup and classes,
 * inside the screen's root element: the editor reads them as soon as the HTML arrives instead of
 * after WordPress's scripts, the screen bundle and React have run (on a large site that is most of
 * the wait). The React screen replaces it when it mounts; until then it is inert and marked busy,
 * so nothing in it can be clicked or focused half-working.
 *
 * The rows come from the same preloaded REST response the screen reads first, so both show the
 * same page. Labels mirror admin-ui/src/planner/labels.ts.
 *
 * @since 0.4.0
 */
final class Keywords_First_Page {

	/**
	 * Prints the placeholder screen.
	 *
	 * @since 0.4.0
	 *
	 * @param array<int, array<string, mixed>> $keywords The first page, as the list route returns it.
	 * @param int                              $total    Keywords in all (X-WP-Total).
	 * @param array<int, array<string, mixed>> $clusters Clusters with at least id and name.
	 */
	public static function render( array $keywords, int $total, array $clusters ): void {
		$names = array();
		foreach ( $clusters as $cluster ) {
			$names[ (int) $cluster['id'] ] = (string) $cluster['name'];
		}
		$columns = array(
			__( 'Volume', 'igny8' ),
			__( 'Difficulty', 'igny8' ),
			__( 'Intent', 'igny8' ),
			__( 'Cluster', 'igny8' ),
			__( 'Status', 'igny8' ),
		);
		?>
		<div class="igny8-screen igny8-planner igny8-first-page" inert aria-busy="true">
			<div class="components-tab-panel__tabs igny8-first-page__tabs">
				<span class="components-tab-panel__tabs-item is-active"><?php esc_html_e( 'Keywords', 'igny8' ); ?></span>
				<span class="components-tab-panel__tabs-item"><?php esc_html_e( 'Clusters', 'igny8' ); ?></span>
				<span class="components-tab-panel__tabs-item"><?php esc_html_e( 'Ideas', 'igny8' ); ?></span>
			</div>
			<div class="igny8-toolbar">
				<span class="components-button is-primary"><?php esc_html_e( 'Import keywords', 'igny8' ); ?></span>
			</div>
			<div class="igny8-collection-table">
				<div class="dataviews-wrapper">
					<table class="dataviews-view-table igny8-first-page__table">
						<thead>
							<tr class="dataviews-view-table__row">
								<th class="dataviews-view-table__checkbox-column"></th>
								<th><?php esc_html_e( 'Keyword', 'igny8' ); ?></th>
								<?php foreach ( $columns as $label ) : ?>
									<th><?php echo esc_html( $label ); ?></th>
								<?php endforeach; ?>
								<th class="dataviews-view-table__actions-column"></th>
							</tr>
						</thead>
						<tbody>
							<?php foreach ( $keywords as $keyword ) : ?>
								<tr class="dataviews-view-table__row">
									<td class="dataviews-view-table__checkbox-column"></td>
									<?php foreach ( self::cells( $keyword, $names ) as $i => $cell ) : ?>
										<td><div class="dataviews-view-table__cell-content-wrapper<?php echo 0 === $i ? ' dataviews-title-field' : ''; ?>"><?php echo esc_html( $cell ); ?></div></td>
									<?php endforeach; ?>
									<td class="dataviews-view-table__actions-column"></td>
								</tr>
							<?php endforeach; ?>
						</tbody>
					</table>
					<div class="dataviews-pagination igny8-first-page__count">
						<?php
						/* translators: %s: number of keywords */
						echo esc_html( sprintf( _n( '%s item', '%s items', $total, 'igny8' ), number_format_i18n( $total ) ) );
						?>
					</div>
				</div>
			</div>
		</div>
		<?php
	}

	/**
	 * The row's cells as the React table shows them: keyword, volume, difficulty, intent, cluster, status.
	 *
	 * @since 0.4.0
	 *
	 * @param array<string, mixed> $keyword Keyword.
	 * @param array<int, string>   $names   Cluster names by id.
	 * @return string[]
	 */
	public static function cells( array $keyword, array $names ): array {
		$cluster = empty( $keyword['cluster_id'] ) ? '—' : ( $names[ (int) $keyword['cluster_id'] ] ?? '#' . (int) $keyword['cluster_id'] );
		return array(
			(string) $keyword['keyword'],
			null === $keyword['search_volume'] ? '—' : number_format_i18n( (int) $keyword['search_volume'] ),
			null === $keyword['difficulty'] ? '—' : (string) (int) $keyword['difficulty'],
			self::label( self::intents(), $keyword['intent'] ?? null ),
			$cluster,
			self::label( self::statuses(), $keyword['status'] ?? null ),
		);
	}

	/**
	 * Intent labels.
	 *
	 * @return array<string, string>
	 */
	private static function intents(): array {
		return array(
			'informational' => __( 'Informational', 'igny8' ),
			'commercial'    => __( 'Commercial', 'igny8' ),
			'transactional' => __( 'Transactional', 'igny8' ),
			'navigational'  => __( 'Navigational', 'igny8' ),
		);
	}

	/**
	 * Status labels.
	 *
	 * @return array<string, string>
	 */
	private static function statuses(): array {
		return array(
			'active'   => __( 'Active', 'igny8' ),
			'inactive' => __( 'Inactive', 'igny8' ),
			'used'     => __( 'Used', 'igny8' ),
		);
	}

	/**
	 * The label of a value, the value itself when unknown, or a dash when empty.
	 *
	 * @param array<string, string> $labels Labels by value.
	 * @param mixed                 $value  Value.
	 * @return string
	 */
	private static function label( array $labels, $value ): string {
		if ( null === $value || '' === $value ) {
			return '—';
		}
		return $labels[ (string) $value ] ?? (string) $value;
	}
}
