<?php
/**
 * A settings file checked on the server before it is saved, by the rules of
 * `ims-checker validate` (src/config/validate.rs) and with its messages:
 * contacts and links here, what the protocol allows (rows turned off,
 * stricter levels, reworded texts) from includes/rules.json, which
 * `cargo xtask plugin-rules` writes by asking the validator itself. The look
 * is checked as the configurator checks it before it goes into a style rule.
 * tests/e2e/tests/wordpress.rs runs every configuration the command-line
 * tool's tests use through both and compares the verdicts.
 *
 * Each problem is said twice: in the validator's words (`path: message`,
 * for the tests) and in the configurator's (`label: message`, which the
 * settings page shows), from the table's "front-desk" part, which
 * `cargo xtask plugin-rules` asks of the configurator's own message
 * functions (configurator/src/messages.rs).
 *
 * @package ims-checker
 */

defined( 'ABSPATH' ) || exit;

/** The languages the checker ships, in its order. */
const IMS_CHECKER_LANGUAGES = array( 'en', 'fr', 'zh-Hans', 'zh-Hant', 'pa', 'fa' );

/** The fields of a settings file (src/config/model.rs, FIELDS). */
const IMS_CHECKER_FIELDS = array( 'clinic-name', 'booking-url', 'phone', 'email', 'emergency-number', 'nurse-line', 'coverage', 'referral', 'languages', 'rows-turned-off', 'stricter-levels', 'text-overrides', 'look', 'review', '$schema' );

/** What the protocol allows a clinic, as the validator says (see the file's comment). */
function ims_checker_rules() {
	static $rules = null;
	if ( null === $rules ) {
		$rules = json_decode( (string) file_get_contents( __DIR__ . '/rules.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	}
	return $rules;
}

/** `$template` with each `{}` replaced by the next of `$values`. */
function ims_checker_fill( $template, ...$values ) {
	$parts = explode( '{}', $template );
	$out   = array_shift( $parts );
	foreach ( $parts as $i => $part ) {
		$out .= ( isset( $values[ $i ] ) ? $values[ $i ] : '' ) . $part;
	}
	return $out;
}

/** The configurator's words of the template `$name`, filled with `$values`. */
function ims_checker_says( $name, ...$values ) {
	return ims_checker_fill( ims_checker_rules()['front-desk']['templates'][ $name ], ...$values );
}

/** A language's English name, as the configurator gives it; an unknown tag is named by itself. */
function ims_checker_language_name( $tag ) {
	$names = ims_checker_rules()['front-desk']['language-names'];
	return isset( $names[ $tag ] ) ? $names[ $tag ] : $tag;
}

/** What the configurator calls the field a validator's path names (`field_of`, then `field_label`). */
function ims_checker_label( $path ) {
	$front   = ims_checker_rules()['front-desk'];
	$labels  = $front['labels'];
	$nowhere = $labels['override-nowhere'];
	$at      = strcspn( $path, '.[' );
	$head    = substr( $path, 0, $at );
	$rest    = ltrim( (string) substr( $path, $at ), '.' );
	switch ( $head ) {
		case 'coverage':
		case 'referral':
			return ims_checker_fill( $labels[ "$head-{}" ], ims_checker_language_name( '' === $rest ? 'en' : $rest ) );
		case 'stricter-levels':
			return isset( $front['level-labels'][ $rest ] ) ? $front['level-labels'][ $rest ] : $labels['stricter-levels'];
		case 'review':
			return $labels[ "review-$rest" ];
		case 'text-overrides':
			$parts = explode( '.', $rest, 2 );
			$row   = isset( $front['text-labels'][ $parts[0] ] ) ? $front['text-labels'][ $parts[0] ] : $nowhere;
			if ( ! isset( $parts[1] ) ) {
				return $row;
			}
			if ( $row === $nowhere || ! in_array( $parts[1], IMS_CHECKER_LANGUAGES, true ) ) {
				return $nowhere;
			}
			return $row . ims_checker_fill( $front['in-language'], ims_checker_language_name( $parts[1] ) );
		default:
			return isset( $labels[ $head ] ) ? $labels[ $head ] : $nowhere;
	}
}

/** A problem in the validator's words and in the configurator's. */
function ims_checker_problem( $path, $message, $says ) {
	return array(
		'validator'  => "$path: $message",
		'front-desk' => ims_checker_label( $path ) . ": $says",
	);
}

/** A problem the configurator cannot word (the file is not settings): the validator's words for both. */
function ims_checker_unread( $message ) {
	return array(
		'validator'  => $message,
		'front-desk' => $message,
	);
}

/** How many characters (not bytes) `$text` has, without the mbstring extension, which some hosts lack. */
function ims_checker_chars( $text ) {
	return (int) preg_match_all( '/./us', $text );
}

/** A control character other than a new line (Rust's `char::is_control`). */
function ims_checker_has_control( $text ) {
	return 1 === preg_match( '/[\x{0}-\x{9}\x{b}-\x{1f}\x{7f}-\x{9f}]/u', $text );
}

/**
 * Every problem of the settings file `$text` (none when it may be saved),
 * each as `validator` (`path: message`) and `front-desk` (`label: message`).
 */
function ims_checker_problems( $text ) {
	$settings = json_decode( $text, true );
	if ( ! is_array( $settings ) || ims_checker_is_list( $settings ) && array() !== $settings ) {
		return array( ims_checker_unread( 'not valid JSON: the file must hold a JSON object (a clinic configuration)' ) );
	}
	if ( ! array_key_exists( 'clinic-name', $settings ) ) {
		return array( ims_checker_unread( 'has none of "questions" (a protocol), "clinic-name" (a clinic configuration) or "lang" with "texts" (a language pack)' ) );
	}
	$shape = ims_checker_shape_problems( $settings );
	if ( $shape ) {
		return $shape;
	}
	$problems = array();
	$add      = function ( $path, $message, $says ) use ( &$problems ) {
		$problems[] = ims_checker_problem( $path, $message, $says );
	};
	ims_checker_plain( $add, 'clinic-name', $settings['clinic-name'], 200 );
	if ( isset( $settings['booking-url'] ) ) {
		ims_checker_link( $add, 'booking-url', $settings['booking-url'] );
	}
	foreach ( array( 'phone', 'emergency-number', 'nurse-line' ) as $field ) {
		if ( isset( $settings[ $field ] ) ) {
			ims_checker_phone( $add, $field, $settings[ $field ] );
		}
	}
	if ( isset( $settings['email'] ) ) {
		ims_checker_email( $add, 'email', $settings['email'] );
	}
	$offered = ims_checker_languages( $add, isset( $settings['languages'] ) ? $settings['languages'] : null );
	foreach ( array( 'coverage', 'referral' ) as $field ) {
		if ( isset( $settings[ $field ] ) ) {
			ims_checker_clinic_text( $add, $field, $settings[ $field ], 1000, $offered );
		}
	}
	$rules = ims_checker_rules();
	$front = $rules['front-desk'];
	$off   = isset( $settings['rows-turned-off'] ) ? $settings['rows-turned-off'] : array();
	foreach ( $off as $i => $id ) {
		$path = "rows-turned-off[$i]";
		if ( ! array_key_exists( $id, $rules['rows-turned-off'] ) ) {
			$add( $path, ims_checker_fill( 'unknown question "{}"', $id ), ims_checker_says( 'row-unknown', $id ) );
		} elseif ( null !== $rules['rows-turned-off'][ $id ] ) {
			$add( $path, $rules['rows-turned-off'][ $id ], $front['rows-turned-off'][ $id ] );
		} elseif ( in_array( $id, array_slice( $off, 0, $i ), true ) ) {
			$add( $path, ims_checker_fill( '"{}" is listed twice', $id ), ims_checker_says( 'row-twice', $id ) );
		}
	}
	$levels = isset( $settings['stricter-levels'] ) ? $settings['stricter-levels'] : array();
	ksort( $levels, SORT_STRING );
	foreach ( $levels as $rule => $level ) {
		ims_checker_stricter_level( $add, "stricter-levels.$rule", (string) $rule, $level, $off );
	}
	if ( isset( $settings['review'] ) ) {
		ims_checker_review( $add, $settings['review'] );
	}
	$overrides = isset( $settings['text-overrides'] ) ? $settings['text-overrides'] : array();
	ksort( $overrides, SORT_STRING );
	foreach ( $overrides as $key => $words ) {
		$path   = "text-overrides.$key";
		$target = ims_checker_text_target( $add, $path, (string) $key );
		if ( null === $target ) {
			continue;
		}
		if ( isset( $target['refused'] ) ) {
			$add( $path, $target['refused'], $front['text-overrides'][ (string) $key ] );
			continue;
		}
		ims_checker_clinic_text( $add, $path, $words, $target['max'], $offered );
	}
	foreach ( ims_checker_look_problems( isset( $settings['look'] ) ? $settings['look'] : array() ) as $problem ) {
		$problems[] = $problem;
	}
	return $problems;
}

/** `rules_review`: who reviewed the rules (plain text, not HTML) and on which real day (YYYY-MM-DD). */
function ims_checker_review( $add, $review ) {
	$by = trim( $review['by'], " \t\n\r\v\f" );
	ims_checker_plain( $add, 'review.by', $by, 100 );
	if ( false !== strpos( $by, '<' ) && false !== strpos( $by, '>' ) ) {
		$add( 'review.by', "looks like HTML; write the reviewer's name as plain text", ims_checker_says( 'reviewer-html' ) );
	}
	$date = trim( $review['date'], " \t\n\r\v\f" );
	$real = 1 === preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $date, $parts )
		&& (int) $parts[1] >= 1 && checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] );
	if ( ! $real ) {
		$add( 'review.date', ims_checker_fill( '"{}" is not a real date written YYYY-MM-DD', $review['date'] ), ims_checker_says( 'review-date' ) );
	}
}

/** A list (`[…]`), not an object, in PHP's decoding of JSON. */
function ims_checker_is_list( $value ) {
	return is_array( $value ) && array_keys( $value ) === range( 0, count( $value ) - 1 );
}

/** What the JSON reader refuses before any rule: unknown fields and values of the wrong kind. */
function ims_checker_shape_problems( $settings ) {
	$problems = array();
	foreach ( $settings as $name => $value ) {
		if ( ! in_array( $name, IMS_CHECKER_FIELDS, true ) ) {
			$problems[] = ims_checker_unread( "clinic configuration: unknown field `$name`" );
			continue;
		}
		$is_text = function ( $v ) {
			return is_array( $v ) && ! ims_checker_is_list( $v ) && isset( $v['en'] ) && is_string( $v['en'] )
				&& count( array_filter( $v, 'is_string' ) ) === count( $v );
		};
		$texts = function ( $v ) {
			return is_array( $v ) && count( array_filter( $v, 'is_string' ) ) === count( $v );
		};
		switch ( $name ) {
			case 'coverage':
			case 'referral':
				$ok = $is_text( $value );
				break;
			case 'languages':
			case 'rows-turned-off':
				$ok = ( ims_checker_is_list( $value ) || array() === $value ) && $texts( $value );
				break;
			case 'stricter-levels':
				$ok = is_array( $value ) && ( array() === $value || ! ims_checker_is_list( $value ) ) && $texts( $value );
				break;
			case 'text-overrides':
				$ok = is_array( $value ) && ( array() === $value || ! ims_checker_is_list( $value ) ) && count( array_filter( $value, $is_text ) ) === count( $value );
				break;
			case 'look':
				$ok = is_array( $value ) && ( array() === $value || ! ims_checker_is_list( $value ) ) && $texts( $value );
				break;
			case 'review':
				$ok = is_array( $value ) && ! ims_checker_is_list( $value ) && $texts( $value )
					&& isset( $value['by'], $value['date'] ) && 2 === count( $value );
				break;
			default:
				$ok = is_string( $value );
		}
		if ( ! $ok ) {
			$problems[] = ims_checker_unread( "clinic configuration: invalid type for `$name`" );
		}
	}
	return $problems;
}

/** `Problems::plain_string`: not empty, not too long, no control character. */
function ims_checker_plain( $add, $path, $value, $max ) {
	$length = ims_checker_chars( $value );
	if ( '' === trim( $value, " \t\n\r\v\f" ) ) {
		$add( $path, 'is empty; write the text', ims_checker_says_empty( $path ) );
	} elseif ( $length > $max ) {
		$add( $path, "is $length characters long; keep it to $max or fewer", ims_checker_says( 'too-long', $length, $max ) );
	}
	if ( ims_checker_has_control( $value ) ) {
		$add( $path, 'contains a control character (only new lines are allowed)', ims_checker_says( 'control-character' ) );
	}
}

/** The configurator's words for an empty text, by its field and language (the path's last part). */
function ims_checker_says_empty( $path ) {
	$field = substr( $path, 0, strcspn( $path, '.[' ) );
	$parts = explode( '.', $path );
	$tag   = end( $parts );
	switch ( $field ) {
		case 'clinic-name':
			return ims_checker_says( 'clinic-name-empty' );
		case 'text-overrides':
			return 'en' === $tag ? ims_checker_says( 'override-empty-en' ) : ims_checker_says( 'override-empty', ims_checker_language_name( $tag ) );
		case 'coverage':
		case 'referral':
			return 'en' === $tag ? ims_checker_says( 'text-empty-en' ) : ims_checker_says( 'text-empty', ims_checker_language_name( $tag ) );
		default:
			return ims_checker_says( 'empty' );
	}
}

/** `check_link`: https, http, tel or mailto, and something after it. */
function ims_checker_link( $add, $path, $url ) {
	$lower  = strtolower( $url );
	$scheme = null;
	foreach ( array( 'https://', 'http://', 'tel:', 'mailto:' ) as $candidate ) {
		if ( 0 === strpos( $lower, $candidate ) ) {
			$scheme = $candidate;
			break;
		}
	}
	if ( null === $scheme ) {
		$before = explode( ':', $url, 2 )[0];
		$shown  = implode( '', array_slice( preg_split( '//u', $before, -1, PREG_SPLIT_NO_EMPTY ), 0, 20 ) );
		// The configurator names the scheme whole, when the link has one.
		$says = false !== strpos( $url, ':' ) && strcspn( $before, '/.' ) === strlen( $before )
			? ims_checker_says( 'link-scheme', $before )
			: ims_checker_says( 'link-no-scheme' );
		$add( $path, ims_checker_fill( 'link must start with https://, http://, tel: or mailto: (got "{}"); other kinds of links are refused', $shown ), $says );
		return;
	}
	if ( ims_checker_chars( $url ) > 2000 ) {
		$add( $path, 'link is longer than 2000 characters', ims_checker_says( 'link-too-long' ) );
	}
	if ( preg_match( '/[\s\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]/u', $url ) || ims_checker_has_control( $url ) || false !== strpos( $url, "\n" ) ) {
		$add( $path, 'link contains spaces or control characters', ims_checker_says( 'link-spaces' ) );
	}
	$rest = (string) substr( $url, strlen( $scheme ) );
	if ( '' === preg_split( '#[/?\#]#', $rest )[0] ) {
		$add( $path, ims_checker_fill( 'link "{}" has nothing after "{}"', $url, $scheme ), ims_checker_says( 'link-nothing-after' ) );
	}
}

/** `check_phone`: digits, spaces, + - ( ) and dots; 2 digits or more; 30 characters at most. */
function ims_checker_phone( $add, $path, $number ) {
	$digits = preg_match_all( '/[0-9]/', $number );
	if ( ! preg_match( '/^[0-9 +\-().]*$/', $number ) || $digits < 2 || ims_checker_chars( $number ) > 30 ) {
		$add( $path, ims_checker_fill( '"{}" is not a phone number (use 2 or more digits, with spaces, +, -, dots or parentheses; at most 30 characters)', $number ), ims_checker_says( 'not-phone', $number ) );
	}
}

/** `check_email`: name@domain.tld, without spaces or the characters an address cannot hold. */
function ims_checker_email( $add, $path, $email ) {
	$parts = explode( '@', $email );
	$ok    = 2 === count( $parts ) && '' !== $parts[0] && false !== strpos( $parts[1], '.' )
		&& '.' !== substr( $parts[1], 0, 1 ) && '.' !== substr( $parts[1], -1 ) && strlen( $email ) <= 254
		&& ! preg_match( '/[\s<>"(),;:\[\]\\\\]/u', $email ) && ! ims_checker_has_control( $email );
	if ( ! $ok ) {
		$add( $path, ims_checker_fill( '"{}" is not an email address like name@example.com', $email ), ims_checker_says( 'not-email', $email ) );
	}
}

/** The languages offered (English and French when none are set, or when they have a problem). */
function ims_checker_languages( $add, $ids ) {
	if ( null === $ids ) {
		return array( 'en', 'fr' );
	}
	$known  = implode( ', ', IMS_CHECKER_LANGUAGES );
	$before = 0;
	$found  = array();
	$bad    = false;
	if ( array() === $ids ) {
		$add( 'languages', ims_checker_fill( 'is empty; offer at least one of {}', $known ), ims_checker_says( 'no-languages' ) );
		$bad = true;
	}
	foreach ( $ids as $i => $id ) {
		if ( ! in_array( $id, IMS_CHECKER_LANGUAGES, true ) ) {
			$add( "languages[$i]", ims_checker_fill( 'unknown language "{}" (known: {})', $id, $known ), ims_checker_says( 'unknown-language', $id ) );
			$bad = true;
		} elseif ( in_array( $id, $found, true ) ) {
			// The configurator has no plainer words for this one.
			$twice = ims_checker_fill( '"{}" is listed twice', $id );
			$add( "languages[$i]", $twice, $twice );
			$bad = true;
		} else {
			$found[] = $id;
		}
	}
	return $bad ? array( 'en', 'fr' ) : $found;
}

/** `clinic_text`: English, and the languages offered. */
function ims_checker_clinic_text( $add, $path, $text, $max, $offered ) {
	ims_checker_plain( $add, "$path.en", $text['en'], $max );
	foreach ( $text as $tag => $value ) {
		if ( 'en' === $tag ) {
			continue;
		}
		if ( ! in_array( $tag, $offered, true ) ) {
			$name = ims_checker_language_name( $tag );
			$says = in_array( $tag, IMS_CHECKER_LANGUAGES, true ) ? ims_checker_says( 'language-not-offered', $name, $name ) : ims_checker_says( 'language-unknown', $tag );
			$add( "$path.$tag", ims_checker_fill( '"{}" is not one of the clinic\'s languages; offer it in "languages" or leave this text out', $tag ), $says );
		}
		ims_checker_plain( $add, "$path.$tag", $value, $max );
	}
}

/** `stricter_level`: a rule named question/answer, a known level, and one the validator allows. */
function ims_checker_stricter_level( $add, $path, $rule, $level, $off ) {
	$rules = ims_checker_rules();
	$known = in_array( $level, $rules['levels'], true );
	if ( ! $known ) {
		$add( $path, ims_checker_fill( 'unknown level "{}" (known: {})', $level, implode( ', ', $rules['levels'] ) ), ims_checker_says( 'level-unknown', $level ) );
	}
	$parts = explode( '/', $rule, 2 );
	if ( 2 !== count( $parts ) ) {
		$add( $path, 'name a rule as "question/answer", e.g. "bleeding/yes"', ims_checker_says( 'rule-unknown', $rule ) );
		return;
	}
	list( $question, $answer ) = $parts;
	if ( ! array_key_exists( $question, $rules['rows-turned-off'] ) ) {
		$add( $path, ims_checker_fill( 'unknown question "{}"', $question ), ims_checker_says( 'rule-unknown', $rule ) );
		return;
	}
	if ( ! isset( $rules['stricter-levels'][ $rule ] ) ) {
		$add( $path, ims_checker_fill( 'question "{}" has no answer "{}"', $question, $answer ), ims_checker_says( 'rule-unknown', $rule ) );
		return;
	}
	if ( ! $known ) {
		return;
	}
	if ( null !== $rules['stricter-levels'][ $rule ][ $level ] ) {
		$add( $path, $rules['stricter-levels'][ $rule ][ $level ], $rules['front-desk']['stricter-levels'][ $rule ][ $level ] );
		return;
	}
	if ( in_array( $question, $off, true ) ) {
		$add( $path, ims_checker_fill( '"{}" is turned off in rows-turned-off; keep the row or drop this level', $question ), ims_checker_says( 'row-turned-off' ) );
	}
}

/** `text_target`: which text an override rewords (its rule from the table), or null with the problem said. */
function ims_checker_text_target( $add, $path, $key ) {
	$rules   = ims_checker_rules();
	$unknown = ims_checker_says( 'override-unknown', $key );
	$parts   = explode( ':', $key, 2 );
	$kind  = $parts[0];
	$rest  = isset( $parts[1] ) ? $parts[1] : '';
	if ( in_array( $kind, array( 'answer', 'note' ), true ) ) {
		$qa = explode( '/', $rest, 2 );
		if ( 2 !== count( $qa ) ) {
			$add( $path, ims_checker_fill( 'name the answer as "{}:question/answer"', $kind ), $unknown );
			return null;
		}
		if ( ! isset( $rules['stricter-levels'][ $rest ] ) ) {
			$add( $path, ims_checker_fill( 'there is no answer "{}" in question "{}"', $qa[1], $qa[0] ), $unknown );
			return null;
		}
	} elseif ( in_array( $kind, array( 'question', 'help' ), true ) ) {
		if ( ! array_key_exists( $rest, $rules['rows-turned-off'] ) ) {
			$add( $path, ims_checker_fill( 'unknown question "{}"', $rest ), $unknown );
			return null;
		}
	} elseif ( 'text' === $kind ) {
		if ( ! isset( $rules['text-overrides'][ $key ] ) ) {
			$add( $path, ims_checker_fill( 'unknown text "{}" (known: {})', $rest, $rules['known-texts'] ), $unknown );
			return null;
		}
	} else {
		$add( $path, ims_checker_fill( 'unknown override "{}"; use question:<question>, help:<question>, answer:<question>/<answer>, note:<question>/<answer>, text:<key>', $key ), $unknown );
		return null;
	}
	return $rules['text-overrides'][ $key ];
}

/**
 * The look, by the configurator's rules and in its words
 * (configurator/src/messages.rs, `look_problems`): inline or launcher, the
 * button's words short and plain, the accent a hex colour white text reads
 * on, font names only, corners a plain length. Each value then goes into a
 * style rule as it is.
 */
function ims_checker_look_problems( $look ) {
	$problems = array();
	$labels   = ims_checker_rules()['front-desk']['labels'];
	$add      = function ( $field, $says ) use ( &$problems, $labels ) {
		$problems[] = array(
			'validator'  => "look.$field: $says",
			'front-desk' => ( isset( $labels[ $field ] ) ? $labels[ $field ] : $field ) . ": $says",
		);
	};
	$text     = function ( $key ) use ( $look ) {
		return isset( $look[ $key ] ) ? trim( $look[ $key ] ) : '';
	};
	if ( isset( $look['mode'] ) && ! in_array( $look['mode'], array( 'inline', 'launcher' ), true ) ) {
		$add( 'mode', ims_checker_fill( '"{}" is neither "inline" nor "launcher".', $look['mode'] ) );
	}
	$label = isset( $look['launcher-label'] ) ? $look['launcher-label'] : '';
	if ( 'launcher' === ( isset( $look['mode'] ) ? $look['mode'] : '' ) && ims_checker_chars( $label ) > 60 ) {
		$add( 'launcher-label', 'Keep the button\'s words short: 60 characters or fewer.' );
	}
	if ( preg_match( '/[\x{0}-\x{1f}\x{7f}-\x{9f}]/u', $label ) ) {
		$add( 'launcher-label', 'This has a hidden control character, perhaps from copying. Please type it again.' );
	}
	$accent = $text( 'accent' );
	if ( '' !== $accent ) {
		if ( ! preg_match( '/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/', $accent ) ) {
			$add( 'accent', 'Write the colour as a hex code: # and 6 digits or letters from a to f, for example #7b2d8b.' );
		} else {
			$contrast = ims_checker_contrast_with_white( $accent );
			if ( $contrast < 4.5 ) {
				$add( 'accent', sprintf( 'White text on this colour is hard to read (contrast %.1f to 1; it needs 4.5 to 1). Choose a darker colour.', floor( $contrast * 10 ) / 10 ) );
			}
		}
	}
	$font = $text( 'font' );
	if ( ! preg_match( '/^[\p{L}\p{N} ,\-_."\']*$/u', $font ) || 1 === substr_count( $font, '"' ) % 2 ) {
		$add( 'font', 'Write font names separated by commas, with quotes around a name that has spaces, for example "Open Sans", sans-serif.' );
	} elseif ( ims_checker_chars( $font ) > 200 ) {
		$add( 'font', 'Please keep this to 200 characters or fewer.' );
	}
	$radius = $text( 'radius' );
	if ( '' !== $radius && '0' !== $radius && ! preg_match( '/^[0-9]{1,3}(\.[0-9]{1,2})?(px|rem|em|%)$/', $radius ) ) {
		$add( 'radius', 'Write the size of the corners as a number of pixels, for example 6px (0 for square corners).' );
	}
	return $problems;
}

/** WCAG's contrast ratio of white on the hex colour `$hex` (`#abc` or `#aabbcc`). */
function ims_checker_contrast_with_white( $hex ) {
	$hex = ltrim( $hex, '#' );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	$luminance = 0;
	foreach ( array( 0.2126, 0.7152, 0.0722 ) as $i => $weight ) {
		$c          = hexdec( substr( $hex, 2 * $i, 2 ) ) / 255;
		$c          = $c <= 0.04045 ? $c / 12.92 : pow( ( $c + 0.055 ) / 1.055, 2.4 );
		$luminance += $weight * $c;
	}
	return 1.05 / ( $luminance + 0.05 );
}
