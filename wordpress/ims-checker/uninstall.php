<?php
/**
 * Deleting the plugin deletes its one option: the clinic's settings.
 *
 * @package ims-checker
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'ims_checker_settings' );
delete_site_option( 'ims_checker_settings' );
