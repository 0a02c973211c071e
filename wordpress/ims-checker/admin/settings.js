/* Settings → IMS checker: the configurator in its frame starts from the
 * saved settings (through its own "paste" box), and "Use the configurator's
 * settings" copies its settings file into the form to save. The frame is
 * this site's own page, so its document is reachable. No build step. */
( function () {
	var frame = document.getElementById( 'ims-checker-configurator' );
	var text = document.getElementById( 'ims-checker-settings' );
	var take = document.getElementById( 'ims-checker-take' );
	if ( ! frame || ! text ) {
		return;
	}
	var saved = text.value;
	function configurator() {
		return frame.contentDocument;
	}
	function loadSaved() {
		var doc = configurator();
		var paste = doc && doc.getElementById( 'load-text' );
		if ( ! paste ) {
			// The configurator's wasm is still starting.
			setTimeout( loadSaved, 100 );
			return;
		}
		if ( saved.trim() === '' ) {
			return;
		}
		paste.value = saved;
		paste.dispatchEvent( new Event( 'input', { bubbles: true } ) );
		var button = paste.parentElement.querySelector( 'button' );
		if ( button ) {
			button.click();
		}
	}
	frame.addEventListener( 'load', loadSaved );
	if ( frame.contentDocument && frame.contentDocument.readyState === 'complete' ) {
		loadSaved();
	}
	if ( take ) {
		take.addEventListener( 'click', function () {
			var doc = configurator();
			var file = doc && doc.querySelector( '[data-settings-file]' );
			if ( file ) {
				text.value = file.getAttribute( 'data-settings-file' );
				text.focus();
			}
		} );
	}
} )();
