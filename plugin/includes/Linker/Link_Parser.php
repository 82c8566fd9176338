<?php
/**
 * Finds the links of post content.
 *
 * @package Igny8\Linker
 */

declare( strict_types=1 );

namespace Igny8\Linker;

defined( 'ABSPATH' ) || exit;

/**
 * Extracts every <a href> of a post's content with its anchor text, and says which hrefs point at
 * this site (same host, or relative). Which post an internal href means is Link_Resolver's job.
 *
 * @since 0.3.0
 */
final class Link_Parser {

	/**
	 * Host of this site, lower case (with port when the site has one).
	 *
	 * @var string
	 */
	private string $host;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param string|null $home Home URL; defaults to the site's.
	 */
	public function __construct( ?string $home = null ) {
		$this->host = self::host_of( $home ?? home_url( '/' ) );
	}

	/**
	 * Internal links of the content, in document order.
	 *
	 * @since 0.3.0
	 *
	 * @param string $content Post content.
	 * @return array<int, array{href:string, anchor:string}>
	 */
	public function internal_links( string $content ): array {
		if ( false === stripos( $content, '<a' ) ) {
			return array();
		}
		preg_match_all( '#<a\s[^>]*?href\s*=\s*(["\'])(.*?)\1[^>]*>(.*?)</a>#is', $content, $matches, PREG_SET_ORDER );
		$links = array();
		foreach ( $matches as $m ) {
			$href = html_entity_decode( trim( $m[2] ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			if ( $this->is_internal( $href ) ) {
				$links[] = array(
					'href'   => $href,
					'anchor' => mb_substr( trim( wp_strip_all_tags( $m[3] ) ), 0, 255 ),
				);
			}
		}
		return $links;
	}

	/**
	 * Whether an href points at this site: a relative path or query, or an absolute URL on this host.
	 *
	 * @since 0.3.0
	 *
	 * @param string $href Href.
	 */
	public function is_internal( string $href ): bool {
		if ( '' === $href || '#' === $href[0] || preg_match( '#^(mailto|tel|javascript|data):#i', $href ) ) {
			return false;
		}
		if ( preg_match( '#^[a-z][a-z0-9+.-]*://#i', $href ) || 0 === strpos( $href, '//' ) ) {
			return self::host_of( $href ) === $this->host;
		}
		return '/' === $href[0] || '?' === $href[0];
	}

	/**
	 * host[:port] of a URL, lower case.
	 *
	 * @param string $url URL.
	 */
	private static function host_of( string $url ): string {
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || empty( $parts['host'] ) ) {
			return '';
		}
		return strtolower( $parts['host'] ) . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
	}
}
