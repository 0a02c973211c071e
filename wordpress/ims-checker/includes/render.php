<?php
/**
 * The `<ims-checker>` element as the configurator's code writes it
 * (configurator/src/snippet.rs): the clinic's name and contacts as
 * attributes, the other settings as inline JSON, the look as the `mode`
 * attribute and style rules, and the clinic's contacts inside the element
 * for when the checker cannot start. Everything printed is escaped.
 *
 * @package ims-checker
 */

defined( 'ABSPATH' ) || exit;

/** The settings the element carries as attributes, in this order. */
const IMS_CHECKER_ATTRIBUTES = array( 'clinic-name', 'booking-url', 'phone', 'email', 'emergency-number', 'nurse-line' );

/** The inline configuration's id. */
const IMS_CHECKER_CONFIG_ID = 'ims-checker-config';

/** The languages the checker ships, and the line its fallback starts with in each (the packs' `words.load_failed`). */
const IMS_CHECKER_LOAD_FAILED = array(
	'en'      => 'The checker could not load. Please contact the clinic:',
	'fr'      => 'Le questionnaire n’a pas pu se charger. Contactez la clinique :',
	'zh-Hans' => '检查无法加载。请联系诊所：',
	'zh-Hant' => '檢查無法載入。請聯絡診所：',
	'pa'      => 'ਔਨਲਾਈਨ ਜਾਂਚ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਕਲੀਨਿਕ ਨਾਲ ਸੰਪਰਕ ਕਰੋ:',
	'fa'      => 'بررسی بارگذاری نشد. لطفاً با کلینیک تماس بگیرید:',
);

/** The rules that hold the checker's place (configurator/src/snippet.rs, the package README). */
const IMS_CHECKER_PLACE_RULES = array(
	'ims-checker[mode="launcher"] { display: inline-block; vertical-align: top; min-height: 44px; }',
	'ims-checker:not([mode="launcher"]) { display: block; }',
	'@media (scripting: enabled) { ims-checker:not(:defined) > * { visibility: hidden; max-height: 0; margin-block: 0; overflow: hidden; animation: ims-checker-fallback 0s 3s forwards; } }',
	'@keyframes ims-checker-fallback { to { visibility: visible; max-height: 40em; margin-block: 0.5em; } }',
);

/** The plugin's version, from its header. */
function ims_checker_version() {
	static $version = null;
	if ( null === $version ) {
		$data    = get_file_data( dirname( __DIR__ ) . '/ims-checker.php', array( 'Version' => 'Version' ) );
		$version = (string) $data['Version'];
	}
	return $version;
}

/** The saved settings file as an array (a clinic with no settings yet: none). */
function ims_checker_settings() {
	$text = get_option( IMS_CHECKER_OPTION, '' );
	if ( ! is_string( $text ) || '' === $text ) {
		return array();
	}
	$settings = json_decode( $text, true );
	return is_array( $settings ) ? $settings : array();
}

/** The loader's Subresource Integrity hash, from the package's integrity.json. */
function ims_checker_loader_integrity() {
	$path = dirname( __DIR__ ) . '/checker/integrity.json';
	if ( ! is_readable( $path ) ) {
		return '';
	}
	$hashes = json_decode( (string) file_get_contents( $path ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	return is_array( $hashes ) && isset( $hashes['ims-checker.js'] ) ? (string) $hashes['ims-checker.js'] : '';
}

/** An http or https address: what the checker accepts as a booking link. */
function ims_checker_is_web_link( $url ) {
	$lower = strtolower( $url );
	return 0 === strpos( $lower, 'https://' ) || 0 === strpos( $lower, 'http://' );
}

/** The checker's own call link: the digits, and a leading +. */
function ims_checker_tel_link( $number ) {
	$number = trim( $number );
	$digits = '';
	$length = strlen( $number );
	for ( $i = 0; $i < $length; $i++ ) {
		$c = $number[ $i ];
		if ( ctype_digit( $c ) || ( 0 === $i && '+' === $c ) ) {
			$digits .= $c;
		}
	}
	return 'tel:' . $digits;
}

/**
 * The element for `$mode` ('' as saved, 'inline' or 'launcher') and `$lang`
 * ('' for the visitor's browser language), with the loader enqueued and the
 * place rules and inline JSON printed once a page.
 */
function ims_checker_element( $mode, $lang ) {
	static $printed_once = false;
	$settings = ims_checker_settings();
	$look     = isset( $settings['look'] ) && is_array( $settings['look'] ) ? $settings['look'] : array();
	$text     = function ( $name ) use ( $settings ) {
		return isset( $settings[ $name ] ) && is_string( $settings[ $name ] ) ? trim( $settings[ $name ] ) : '';
	};
	if ( '' === $mode ) {
		$mode = isset( $look['mode'] ) && 'launcher' === $look['mode'] ? 'launcher' : 'inline';
	}
	$offered = isset( $settings['languages'] ) && is_array( $settings['languages'] ) ? $settings['languages'] : array( 'en' );
	if ( '' !== $lang && ! in_array( $lang, $offered, true ) ) {
		$lang = '';
	}

	$rest = array();
	foreach ( $settings as $name => $value ) {
		if ( in_array( $name, IMS_CHECKER_ATTRIBUTES, true ) || 'look' === $name ) {
			continue;
		}
		if ( is_array( $value ) && array() === $value ) {
			continue;
		}
		$rest[ $name ] = $value;
	}

	$attributes = array();
	if ( $rest ) {
		$attributes['config'] = IMS_CHECKER_CONFIG_ID;
	}
	if ( 'launcher' === $mode ) {
		$attributes['mode'] = 'launcher';
		$label              = isset( $look['launcher-label'] ) && is_string( $look['launcher-label'] ) ? trim( $look['launcher-label'] ) : '';
		if ( '' !== $label ) {
			$attributes['launcher-label'] = $label;
		}
	}
	foreach ( IMS_CHECKER_ATTRIBUTES as $name ) {
		$value = $text( $name );
		if ( '' !== $value && ( 'booking-url' !== $name || ims_checker_is_web_link( $value ) ) ) {
			$attributes[ $name ] = $value;
		}
	}
	if ( '' !== $lang ) {
		$attributes['lang'] = $lang;
	}

	ims_checker_enqueue_loader();
	$out = '';
	if ( ! $printed_once ) {
		$printed_once = true;
		$out         .= '<style>' . ims_checker_style_rule( $look ) . "</style>\n";
		if ( $rest ) {
			$json = wp_json_encode( $rest, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT );
			$out .= '<script type="application/json" id="' . esc_attr( IMS_CHECKER_CONFIG_ID ) . "\">\n" . $json . "\n</script>\n";
		}
	}
	$out .= '<ims-checker';
	foreach ( $attributes as $name => $value ) {
		$shown = 'booking-url' === $name ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value );
		$out  .= "\n  " . $name . '="' . $shown . '"';
	}
	$out .= ">\n" . ims_checker_fallback_html( $attributes, '' !== $lang ? $lang : (string) reset( $offered ) ) . "</ims-checker>\n";
	return $out;
}

/** The clinic's contacts inside the element, after the line saying the check could not load. */
function ims_checker_fallback_html( $attributes, $lang ) {
	if ( ! isset( IMS_CHECKER_LOAD_FAILED[ $lang ] ) ) {
		$lang = 'en';
	}
	$contacts = array();
	if ( isset( $attributes['clinic-name'] ) ) {
		$contacts[] = esc_html( $attributes['clinic-name'] );
	}
	if ( isset( $attributes['phone'] ) ) {
		$contacts[] = '<a href="' . esc_attr( ims_checker_tel_link( $attributes['phone'] ) ) . '">' . esc_html( $attributes['phone'] ) . '</a>';
	}
	if ( isset( $attributes['booking-url'] ) ) {
		$url        = esc_url( $attributes['booking-url'], array( 'http', 'https' ) );
		$contacts[] = '<a href="' . $url . '">' . esc_html( $attributes['booking-url'] ) . '</a>';
	}
	if ( isset( $attributes['email'] ) ) {
		$contacts[] = '<a href="' . esc_attr( 'mailto:' . $attributes['email'] ) . '">' . esc_html( $attributes['email'] ) . '</a>';
	}
	return '  <p slot="ims-unloaded" lang="' . esc_attr( $lang ) . '">' . esc_html( IMS_CHECKER_LOAD_FAILED[ $lang ] ) . "</p>\n  <p>"
		. implode( "<br>\n    ", $contacts ) . "</p>\n";
}

/** The theme's custom properties and the rules that hold the checker's place. */
function ims_checker_style_rule( $look ) {
	$declarations = array();
	foreach ( array(
		'accent' => '--ims-accent',
		'font'   => '--ims-font',
		'radius' => '--ims-radius',
	) as $key => $property ) {
		$value = isset( $look[ $key ] ) && is_string( $look[ $key ] ) ? trim( $look[ $key ] ) : '';
		// Saved values are checked (ims_checker_look_problems); this keeps a
		// value from ever leaving its declaration or the style element.
		if ( '' !== $value && ! preg_match( '/[<>{};\\\\]/', $value ) ) {
			$declarations[] = $property . ': ' . $value . ';';
		}
	}
	$place = implode( ' ', IMS_CHECKER_PLACE_RULES );
	return $declarations ? 'ims-checker { ' . implode( ' ', $declarations ) . ' } ' . $place : $place;
}

/** The loader, once a page, as a module with its integrity hash. */
function ims_checker_enqueue_loader() {
	wp_enqueue_script( 'ims-checker-loader', plugins_url( 'checker/ims-checker.js', dirname( __DIR__ ) . '/ims-checker.php' ), array(), null, false ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- the folder is the version; the hash covers the file.
}

add_filter( 'script_loader_tag', 'ims_checker_loader_tag', 10, 3 );

/** WordPress before 6.5 has no module scripts: the loader's tag written whole. */
function ims_checker_loader_tag( $tag, $handle, $src ) {
	if ( 'ims-checker-loader' !== $handle ) {
		return $tag;
	}
	$integrity = ims_checker_loader_integrity();
	$hash      = '' === $integrity ? '' : ' integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous"';
	return '<script type="module" src="' . esc_url( $src ) . '"' . $hash . "></script>\n";
}
