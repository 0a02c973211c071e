<?php
/**
 * Settings → IMS checker: the configurator, and the settings file it
 * writes, saved after the same checks as `ims-checker validate`. Only an
 * administrator (`manage_options`) may see or save it, and only through
 * this page's form (its nonce). Nothing a visitor answers reaches WordPress:
 * this is the clinic's own configuration.
 *
 * @package ims-checker
 */

defined( 'ABSPATH' ) || exit;

const IMS_CHECKER_NONCE   = 'ims_checker_save';
const IMS_CHECKER_REFUSED = 'ims_checker_refused';

add_action( 'admin_menu', 'ims_checker_admin_menu' );
add_action( 'admin_enqueue_scripts', 'ims_checker_admin_scripts' );
add_action( 'admin_post_ims_checker_save', 'ims_checker_save' );

/** The page under Settings. */
function ims_checker_admin_menu() {
	add_options_page(
		__( 'IMS checker', 'ims-checker' ),
		__( 'IMS checker', 'ims-checker' ),
		'manage_options',
		'ims-checker',
		'ims_checker_settings_page'
	);
}

/** The settings page's script, on that page alone. */
function ims_checker_admin_scripts( $hook ) {
	if ( 'settings_page_ims-checker' !== $hook ) {
		return;
	}
	wp_enqueue_script( 'ims-checker-settings', plugins_url( 'admin/settings.js', dirname( __DIR__ ) . '/ims-checker.php' ), array(), ims_checker_version(), true );
}

/** The settings page: the configurator beside the form that saves its settings file. */
function ims_checker_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change the IMS checker.', 'ims-checker' ), 403 );
	}
	$saved   = get_option( IMS_CHECKER_OPTION, '' );
	$refused = get_transient( IMS_CHECKER_REFUSED . '_' . get_current_user_id() );
	delete_transient( IMS_CHECKER_REFUSED . '_' . get_current_user_id() );
	// `in=wordpress`: the configurator then says the plugin saves its settings.
	$configurator = add_query_arg( 'in', 'wordpress', plugins_url( 'checker/configure.html', dirname( __DIR__ ) . '/ims-checker.php' ) );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'IMS checker', 'ims-checker' ); ?></h1>
		<?php if ( is_array( $refused ) ) : ?>
			<div class="notice notice-error" id="ims-checker-refused" role="alert">
				<p><?php esc_html_e( 'Your settings were not saved:', 'ims-checker' ); ?></p>
				<ul>
					<?php foreach ( $refused as $problem ) : ?>
						<li><?php echo esc_html( $problem ); ?></li>
					<?php endforeach; ?>
				</ul>
			</div>
		<?php elseif ( isset( $_GET['saved'] ) ) : // phpcs:ignore WordPress.Security.NonceVerification -- only says the save above went through. ?>
			<div class="notice notice-success" id="ims-checker-saved"><p><?php esc_html_e( 'Settings saved.', 'ims-checker' ); ?></p></div>
		<?php endif; ?>
		<ol>
			<li><?php esc_html_e( 'Choose your settings in the configurator. It starts from your saved settings.', 'ims-checker' ); ?></li>
			<li><?php esc_html_e( 'Below it, press "Use the configurator\'s settings", or upload a settings file (ims-checker-config.json), and save. Then add the "IMS checker" block, or the shortcode [ims_checker], to a page.', 'ims-checker' ); ?></li>
		</ol>
		<iframe id="ims-checker-configurator" title="<?php esc_attr_e( 'The configurator', 'ims-checker' ); ?>" src="<?php echo esc_url( $configurator ); ?>" style="width: 100%; height: 900px; border: 1px solid #c3c4c7;"></iframe>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data">
			<input type="hidden" name="action" value="ims_checker_save">
			<?php wp_nonce_field( IMS_CHECKER_NONCE ); ?>
			<p>
				<label for="ims-checker-file"><?php esc_html_e( 'Settings file', 'ims-checker' ); ?></label>
				<input type="file" id="ims-checker-file" name="ims_checker_file" accept=".json,application/json">
			</p>
			<p>
				<label for="ims-checker-settings"><?php esc_html_e( 'Or its text', 'ims-checker' ); ?></label><br>
				<textarea id="ims-checker-settings" name="ims_checker_settings" rows="12" cols="80" class="large-text code"><?php echo esc_textarea( is_string( $saved ) ? $saved : '' ); ?></textarea>
			</p>
			<p><button type="button" class="button" id="ims-checker-take"><?php esc_html_e( 'Use the configurator\'s settings', 'ims-checker' ); ?></button></p>
			<?php submit_button( __( 'Save settings', 'ims-checker' ) ); ?>
		</form>
	</div>
	<?php
}

/** Saves the settings file sent by the page's form, if an administrator sent it and it passes the checks. */
function ims_checker_save() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change the IMS checker.', 'ims-checker' ), 403 );
	}
	check_admin_referer( IMS_CHECKER_NONCE );
	$text = '';
	if ( isset( $_FILES['ims_checker_file']['tmp_name'] ) && is_uploaded_file( $_FILES['ims_checker_file']['tmp_name'] ) ) { // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- a file's path PHP gave.
		$text = (string) file_get_contents( $_FILES['ims_checker_file']['tmp_name'] ); // phpcs:ignore
	} elseif ( isset( $_POST['ims_checker_settings'] ) ) {
		$text = (string) wp_unslash( $_POST['ims_checker_settings'] ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- JSON, checked whole below.
	}
	$problems = ims_checker_problems( $text );
	$back     = admin_url( 'options-general.php?page=ims-checker' );
	if ( $problems ) {
		// In the configurator's words, beside what it calls each field.
		set_transient( IMS_CHECKER_REFUSED . '_' . get_current_user_id(), array_column( $problems, 'front-desk' ), 300 );
		wp_safe_redirect( $back );
		exit;
	}
	update_option( IMS_CHECKER_OPTION, wp_json_encode( json_decode( $text ), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), false );
	wp_safe_redirect( add_query_arg( 'saved', '1', $back ) );
	exit;
}
