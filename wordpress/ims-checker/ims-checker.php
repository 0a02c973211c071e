<?php
/**
 * Plugin Name:       IMS checker
 * Description:       A private check a visitor runs on your page: is IMS or dry needling for them? Nothing a visitor answers leaves their device.
 * Version:           {{version}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       ims-checker
 *
 * @package ims-checker
 */

defined( 'ABSPATH' ) || exit;

/** The option holding the clinic's settings file (JSON), every setting of it. */
const IMS_CHECKER_OPTION = 'ims_checker_settings';

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/validate.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'ims_checker_register' );

/** The block (rendered on the server, as the shortcode) and the shortcode. */
function ims_checker_register() {
	wp_register_script(
		'ims-checker-block-editor',
		plugins_url( 'block/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		ims_checker_version(),
		true
	);
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'ims_checker_render_block' )
	);
	add_shortcode( 'ims_checker', 'ims_checker_shortcode' );
}

/** `[ims_checker mode="launcher" lang="fr"]`. */
function ims_checker_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'mode' => '',
			'lang' => '',
		),
		$atts,
		'ims_checker'
	);
	return ims_checker_element( (string) $atts['mode'], (string) $atts['lang'] );
}

/** The block's attributes are the shortcode's. */
function ims_checker_render_block( $attributes ) {
	$mode = isset( $attributes['mode'] ) ? (string) $attributes['mode'] : '';
	$lang = isset( $attributes['lang'] ) ? (string) $attributes['lang'] : '';
	return ims_checker_element( $mode, $lang );
}
