<?php
/**
 * Server render of igny8/related-articles (fresh on every view, cached per cluster).
 *
 * @package Igny8\Blocks
 *
 * @var array<string, mixed> $attributes Block attributes.
 * @var WP_Block             $block      Block instance.
 */

defined( 'ABSPATH' ) || exit;

$igny8_post_id = (int) ( $block->context['postId'] ?? get_the_ID() );
echo \Igny8\Blocks\Related_Articles::render( $igny8_post_id, $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in render().
