// Starts the configurator: the wasm-bindgen glue from this folder runs its
// wasm, whose main draws the page. Nothing here sends data anywhere.
import init from './ims-checker-configurator.js';

init({ module_or_path: new URL('ims-checker-configurator_bg.wasm', import.meta.url) }).catch((error) => {
  console.error('configurator: could not start', error);
  const status = document.querySelector('.cfg-loading');
  if (status) status.textContent = 'The configurator could not load. Please reload the page.';
});
