<?php
/**
 * The production notes on the Help screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * The essentials of the README's "Running it in production" section, shipped with the plugin:
 * the release zip leaves Markdown files out and no public documentation URL is configured, so a
 * link to the README would lead nowhere from a site.
 *
 * @since 0.9.0
 */
final class Help_Production_Notes {

	/**
	 * The notes, one line each.
	 *
	 * @since 0.9.0
	 *
	 * @return string[]
	 */
	public static function notes(): array {
		return array(
			__( 'The cloud: "npm run deploy -- --dry-run" checks the production configuration offline and lists the secrets to set; "npm run deploy" creates the database, queue and bucket, applies the database migrations before the new code goes live, then checks the health URL.', 'igny8' ),
			__( 'Secrets: a production cloud answers every request with an error until its required secrets (sign-in and encryption keys, a real model URL) are set with "wrangler secret put".', 'igny8' ),
			__( 'Custom domain: add it to the production settings, deploy again, and give that URL to this plugin in Settings → Connection.', 'igny8' ),
			__( 'Payments: add the cloud\'s Stripe webhook URL in the Stripe Dashboard and set its signing secret.', 'igny8' ),
			__( 'Scheduled work: a five-minute cron in the cloud sweeps stale jobs and undelivered results; on this site WP-Cron pulls results the cloud could not deliver, so keep WP-Cron (or a real cron calling it) running.', 'igny8' ),
			__( 'Rollback and backups: "wrangler rollback" restores the previous cloud code (migrations only add, so it keeps working); D1 Time Travel keeps 30 days of history.', 'igny8' ),
			__( 'Logs: "wrangler tail" shows the cloud\'s requests, errors and jobs.', 'igny8' ),
			__( 'The plugin: "npm run release" builds the zip to upload in Plugins → Add New → Upload Plugin. Settings → Data decides whether IGNY8\'s data stays when the plugin is deleted.', 'igny8' ),
		);
	}

	/**
	 * Prints the notes as a section the Help tabs link to (#igny8-production).
	 *
	 * @since 0.9.0
	 */
	public static function render(): void {
		?>
		<h2 id="igny8-production"><?php esc_html_e( 'Production notes', 'igny8' ); ?></h2>
		<p><?php esc_html_e( 'From the README\'s "Running it in production" section of the IGNY8 source, which has the full commands.', 'igny8' ); ?></p>
		<ul class="igny8-help-production">
			<?php foreach ( self::notes() as $note ) : ?>
				<li><?php echo esc_html( $note ); ?></li>
			<?php endforeach; ?>
		</ul>
		<?php
	}
}
