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
	 * @param array<int, array<string, mixed>> $keywords     The first page, as the list route returns it.
	 * @param int                              $total        Keywords in all (X-WP-Total).
	 * @param array<int, array<string, mixed>> $clusters     Clusters with at least id and name.
	 * @param string|null                      $not_connected_settings_url When the site is not connected: the
	 *                                         Settings link of the notice the screen shows (empty string: no link).
	 */
	public static function render( array $keywords, int $total, array $clusters, ?string $not_connected_settings_url = null ): void {
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
		$button  = 'components-button dataviews-view-table-header-button is-compact is-tertiary';
		?>
		<div class="igny8-screen igny8-planner igny8-first-page" inert aria-busy="true">
			<?php self::not_connected_notice( $not_connected_settings_url ); ?>
			<div class="components-tab-panel__tabs">
				<span class="components-button components-tab-panel__tabs-item is-active is-next-40px-default-size"><?php esc_html_e( 'Keywords', 'igny8' ); ?></span>
				<span class="components-button components-tab-panel__tabs-item is-next-40px-default-size"><?php esc_html_e( 'Clusters', 'igny8' ); ?></span>
				<span class="components-button components-tab-panel__tabs-item is-next-40px-default-size"><?php esc_html_e( 'Ideas', 'igny8' ); ?></span>
			</div>
			<div class="igny8-toolbar">
				<span class="components-button is-secondary"><?php esc_html_e( 'Add keyword', 'igny8' ); ?></span>
				<span class="components-button is-primary"><?php esc_html_e( 'Import keywords', 'igny8' ); ?></span>
			</div>
			<div class="igny8-collection-table">
				<div class="igny8-bulk-bar">
					<div class="igny8-bulk-bar__row">
						<span class="igny8-bulk-bar__count">
							<?php
							/* translators: %s: number of keywords */
							echo esc_html( sprintf( _n( '%s keyword', '%s keywords', $total, 'igny8' ), number_format_i18n( $total ) ) );
							?>
						</span>
						<span class="components-button is-secondary is-compact" aria-disabled="true"><?php esc_html_e( 'Auto cluster', 'igny8' ); ?></span>
					</div>
				</div>
				<div class="dataviews-wrapper">
					<div class="dataviews__view-actions igny8-first-page__actions">
						<input type="search" class="igny8-first-page__search" placeholder="<?php esc_attr_e( 'Search keywords', 'igny8' ); ?>" aria-label="<?php esc_attr_e( 'Search keywords', 'igny8' ); ?>" />
					</div>
					<table class="dataviews-view-table igny8-first-page__table">
						<thead>
							<tr class="dataviews-view-table__row">
								<th class="dataviews-view-table__checkbox-column"><?php self::checkbox(); ?></th>
								<th><span class="<?php echo esc_attr( $button ); ?>"><?php esc_html_e( 'Keyword', 'igny8' ); ?></span></th>
								<?php foreach ( $columns as $i => $label ) : ?>
									<th<?php echo 0 === $i ? ' aria-sort="descending"' : ''; ?>><span class="<?php echo esc_attr( $button ); ?>"><?php echo esc_html( $label ); ?><?php echo 0 === $i ? '<span aria-hidden="true">↓</span>' : ''; ?></span></th>
								<?php endforeach; ?>
								<th class="dataviews-view-table__actions-column"><span class="dataviews-view-table-header"><?php esc_html_e( 'Actions', 'igny8' ); ?></span></th>
							</tr>
						</thead>
						<tbody>
							<?php foreach ( $keywords as $keyword ) : ?>
								<tr class="dataviews-view-table__row has-bulk-actions">
									<td class="dataviews-view-table__checkbox-column"><div class="dataviews-view-table__cell-content-wrapper"><?php self::checkbox(); ?></div></td>
									<?php foreach ( self::cells( $keyword, $names ) as $i => $cell ) : ?>
										<td><div class="dataviews-view-table__cell-content-wrapper<?php echo 0 === $i ? ' dataviews-title-field' : ''; ?>">
										<?php if ( 5 === $i ) : ?>
											<select class="igny8-inline-select"><option><?php echo esc_html( $cell ); ?></option></select>
										<?php else : ?>
											<?php echo esc_html( $cell ); ?>
										<?php endif; ?>
										</div></td>
									<?php endforeach; ?>
									<td class="dataviews-view-table__actions-column"><span class="components-button dataviews-all-actions-button is-compact has-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M13 19h-2v-2h2v2zm0-6h-2v-2h2v2zm0-6h-2V5h2v2z"></path></svg></span></td>
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
	 * The screen's notice for a site not connected to the cloud (PlannerApp.tsx, ScreenNoticeView), or nothing.
	 *
	 * @since 0.4.0
	 *
	 * @param string|null $settings_url Null when connected; else the notice's Settings link (empty string: no link).
	 */
	public static function not_connected_notice( ?string $settings_url ): void {
		if ( null === $settings_url ) {
			return;
		}
		?>
		<div class="igny8-notice components-notice is-warning">
			<div class="components-notice__content">
				<p class="igny8-notice__message"><?php esc_html_e( 'This site is not connected to the IGNY8 cloud: you can import and organise keywords, but Auto cluster and Generate ideas need the connection.', 'igny8' ); ?></p>
			</div>
			<?php if ( '' !== $settings_url ) : ?>
				<div class="components-notice__actions"><a class="components-button components-notice__action is-compact is-link" href="<?php echo esc_url( $settings_url ); ?>"><?php esc_html_e( 'Open IGNY8 Settings', 'igny8' ); ?></a></div>
			<?php endif; ?>
		</div>
		<?php
	}

	/**
	 * A selection checkbox with DataViews' classes (hidden until hover, as there).
	 */
	private static function checkbox(): void {
		?>
		<div class="components-checkbox-control dataviews-selection-checkbox"><span class="components-checkbox-control__input-container"><input class="components-checkbox-control__input" type="checkbox" /></span></div>
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
			Planner_Labels::label( Planner_Labels::intents(), $keyword['intent'] ?? null ),
			$cluster,
			Planner_Labels::label( Planner_Labels::keyword_statuses(), $keyword['status'] ?? null ),
		);
	}
}
