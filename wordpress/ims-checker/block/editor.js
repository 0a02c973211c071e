/* The block in the editor: its two settings, and the page's element as the
 * server renders it. Plain script on WordPress's globals: no build step. */
( function ( wp ) {
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var ServerSideRender = wp.serverSideRender;
	var languages = [
		{ value: '', label: __( 'The visitor’s browser language', 'ims-checker' ) },
		{ value: 'en', label: 'English' },
		{ value: 'fr', label: 'Français' },
		{ value: 'zh-Hans', label: '简体中文' },
		{ value: 'zh-Hant', label: '繁體中文' },
		{ value: 'pa', label: 'ਪੰਜਾਬੀ' },
		{ value: 'fa', label: 'فارسی' },
	];
	wp.blocks.registerBlockType( 'ims-checker/checker', {
		edit: function ( props ) {
			var attributes = props.attributes;
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					{},
					el(
						PanelBody,
						{ title: __( 'IMS checker', 'ims-checker' ) },
						el( SelectControl, {
							label: __( 'Shown as', 'ims-checker' ),
							value: attributes.mode,
							options: [
								{ value: '', label: __( 'As in the settings', 'ims-checker' ) },
								{ value: 'inline', label: __( 'On the page', 'ims-checker' ) },
								{ value: 'launcher', label: __( 'A button that opens it', 'ims-checker' ) },
							],
							onChange: function ( mode ) {
								props.setAttributes( { mode: mode } );
							},
						} ),
						el( SelectControl, {
							label: __( 'Starting language', 'ims-checker' ),
							value: attributes.lang,
							options: languages,
							onChange: function ( lang ) {
								props.setAttributes( { lang: lang } );
							},
						} )
					)
				),
				el( ServerSideRender, { block: 'ims-checker/checker', attributes: attributes } )
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp );
