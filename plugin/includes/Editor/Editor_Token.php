<?php
/**
 * Short-lived tokens for the block editor's direct calls to the cloud.
 *
 * @package Igny8\Editor
 */

declare( strict_types=1 );

namespace Igny8\Editor;

use Igny8\Actions\Registry;
use Igny8\Cloud\Connection;
use Igny8\Security\Secrets;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Mints the token the sidebar sends to the Worker's /api/v1/ai/editor/<site>/<scope> routes, so
 * model output streams straight to the browser while the site API key stays on the server.
 *
 * Scheme (the Worker verifies it in worker/src/services/editor-token.ts):
 * `base64url(JSON claims) . hex(HMAC-SHA256(webhook secret, "igny8-editor.v1." . base64url(JSON claims)))`
 * with claims {site, user, post, scope, iat, exp, jti}; the domain prefix keeps a token and a
 * delivery signature from ever being mistaken for each other.
 *
 * @since 0.3.0
 */
final class Editor_Token {

	/**
	 * Lifetime in seconds; the Worker refuses anything longer than 600.
	 *
	 * @since 0.3.0
	 */
	public const TTL = 600;

	private const DOMAIN = 'igny8-editor.v1.';

	/**
	 * The connection whose site id and webhook secret sign the token.
	 *
	 * @var Connection
	 */
	private Connection $connection;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param Connection|null $connection The cloud connection.
	 */
	public function __construct( ?Connection $connection = null ) {
		$this->connection = $connection ?? new Connection();
	}

	/**
	 * Mints a token for one user, post and scope. The caller has checked edit_post.
	 *
	 * @since 0.3.0
	 *
	 * @param int      $post_id Post being edited.
	 * @param int      $user_id User editing it.
	 * @param string   $scope   An editor action's scope (Actions\Registry::editor_actions()).
	 * @param int|null $now     Unix seconds (tests).
	 * @return array{token:string, expires_at:int, endpoint:string, site_id:string}|WP_Error
	 */
	public function mint( int $post_id, int $user_id, string $scope, ?int $now = null ) {
		if ( null === Registry::editor_action( $scope ) ) {
			return new WP_Error( 'igny8_invalid_scope', __( 'Unknown editor action.', 'igny8' ), array( 'status' => 400 ) );
		}
		$status = $this->connection->status();
		$secret = Secrets::retrieve( Secrets::WEBHOOK_SECRET );
		if ( ! $status['connected'] || null === $secret || '' === $secret || empty( $status['site']['id'] ) ) {
			return new WP_Error(
				'igny8_not_connected',
				__( 'This site is not connected to IGNY8. Open IGNY8 → Settings and connect it, then try again.', 'igny8' ),
				array( 'status' => 409 )
			);
		}
		$now     = $now ?? time();
		$site_id = (string) $status['site']['id'];
		$claims  = array(
			'site'  => $site_id,
			'user'  => $user_id,
			'post'  => $post_id,
			'scope' => $scope,
			'iat'   => $now,
			'exp'   => $now + self::TTL,
			'jti'   => wp_generate_uuid4(),
		);
		return array(
			'token'      => self::sign( $secret, $claims ),
			'expires_at' => $now + self::TTL,
			'endpoint'   => untrailingslashit( $this->connection->cloud_url() ) . '/api/v1/ai/editor/' . rawurlencode( $site_id ) . '/' . $scope,
			'site_id'    => $site_id,
		);
	}

	/**
	 * Signs claims with the secret.
	 *
	 * @since 0.3.0
	 *
	 * @param string               $secret Webhook secret.
	 * @param array<string, mixed> $claims Claims.
	 * @return string Token.
	 */
	public static function sign( string $secret, array $claims ): string {
		$payload = rtrim( strtr( base64_encode( (string) wp_json_encode( $claims ) ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- base64url of JSON, not obfuscation.
		return $payload . '.' . hash_hmac( 'sha256', self::DOMAIN . $payload, $secret );
	}
}
