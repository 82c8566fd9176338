<?php
/**
 * Maps internal hrefs to post ids.
 *
 * @package Igny8\Linker
 */

declare( strict_types=1 );

namespace Igny8\Linker;

defined( 'ABSPATH' ) || exit;

/**
 * Resolves a batch of hrefs with two indexed queries (ids, then slugs) instead of url_to_postid()
 * per link, which would cost a query or more per link on a 10,000-post rebuild.
 *
 * An href names a post by ?p= / ?page_id= or by its last path segment (the slug of pretty
 * permalinks). Any post of the linked types that is not a revision or auto-draft resolves: whether it
 * is published is read at count time (the graph joins on its nodes), so a draft that gets published
 * later gains its inbound links without re-reading every post that links to it.
 *
 * @since 0.3.0
 */
final class Link_Resolver {

	/**
	 * Values per IN list: MariaDB turns longer lists (in_predicate_conversion_threshold, 1,000) into a
	 * derived table that it joins without the post_name index, which was 20× slower here.
	 */
	private const CHUNK = 500;

	/**
	 * Post types whose posts are linked.
	 *
	 * @var string[]
	 */
	private array $types;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param string[] $types Post types.
	 */
	public function __construct( array $types ) {
		$this->types = $types;
	}

	/**
	 * Resolves hrefs.
	 *
	 * @since 0.3.0
	 *
	 * @param string[] $hrefs Hrefs.
	 * @return array<string, int> href => post id, for those that resolved.
	 */
	public function resolve( array $hrefs ): array {
		global $wpdb;
		$by_id   = array();
		$by_slug = array();
		foreach ( array_unique( $hrefs ) as $href ) {
			$key = self::key( $href );
			if ( null === $key ) {
				continue;
			}
			if ( is_int( $key ) ) {
				$by_id[ $href ] = $key;
			} else {
				$by_slug[ $href ] = $key;
			}
		}

		$known = array();
		$types = implode( ',', array_fill( 0, count( $this->types ), '%s' ) );
		if ( $by_id ) {
			$found = array();
			foreach ( array_chunk( array_values( array_unique( $by_id ) ), self::CHUNK ) as $ids ) {
				$in    = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
				$found = array_merge( $found, (array) $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM %i WHERE ID IN ({$in}) AND post_type IN ({$types}) AND post_status NOT IN ('auto-draft','inherit')", array_merge( array( $wpdb->posts ), $ids, $this->types ) ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
			}
			$set = array_flip( array_map( 'intval', $found ) );
			foreach ( $by_id as $href => $id ) {
				if ( isset( $set[ $id ] ) ) {
					$known[ $href ] = $id;
				}
			}
		}
		if ( $by_slug ) {
			$map = array();
			foreach ( array_chunk( array_values( array_unique( $by_slug ) ), self::CHUNK ) as $slugs ) {
				$in = implode( ',', array_fill( 0, count( $slugs ), '%s' ) );
				// Published first, then the lowest id: the post a visitor would reach for a shared slug.
				$rows = $wpdb->get_results( $wpdb->prepare( "SELECT ID, post_name FROM %i WHERE post_name IN ({$in}) AND post_type IN ({$types}) AND post_status NOT IN ('auto-draft','inherit') ORDER BY post_status = 'publish' DESC, ID ASC", array_merge( array( $wpdb->posts ), $slugs, $this->types ) ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
				foreach ( (array) $rows as $row ) {
					$map[ (string) $row['post_name'] ] = $map[ (string) $row['post_name'] ] ?? (int) $row['ID'];
				}
			}
			foreach ( $by_slug as $href => $slug ) {
				if ( isset( $map[ $slug ] ) ) {
					$known[ $href ] = $map[ $slug ];
				}
			}
		}
		return $known;
	}

	/**
	 * What an href names: a post id, a slug, or nothing.
	 *
	 * @param string $href Href.
	 * @return int|string|null
	 */
	private static function key( string $href ) {
		$parts = wp_parse_url( $href );
		if ( ! is_array( $parts ) ) {
			return null;
		}
		if ( ! empty( $parts['query'] ) ) {
			parse_str( $parts['query'], $query );
			foreach ( array( 'p', 'page_id' ) as $name ) {
				if ( isset( $query[ $name ] ) && is_string( $query[ $name ] ) && ctype_digit( $query[ $name ] ) ) {
					return (int) $query[ $name ];
				}
			}
		}
		$path = trim( (string) ( $parts['path'] ?? '' ), '/' );
		if ( '' === $path || preg_match( '#(^|/)(wp-admin|wp-content|wp-includes|feed)(/|$)#', $path ) ) {
			return null;
		}
		$segments = explode( '/', $path );
		$slug     = sanitize_title( rawurldecode( (string) end( $segments ) ) );
		return '' === $slug ? null : $slug;
	}
}
