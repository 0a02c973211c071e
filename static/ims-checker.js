// Defines <ims-checker>. The widget's wasm loads only when an instance needs it:
// at once for inline mode, on the first click in launcher mode.
const base = new URL('.', import.meta.url);
let glue;
function loadWidget() {
  glue ??= import(new URL('pkg/ims-checker.js', base).href).then(async (m) => {
    await m.default({ module_or_path: new URL('pkg/ims-checker_bg.wasm', base) });
    return m;
  });
  return glue;
}
const styles = ['ims-checker.css', 'body-map.css'].map((name) => new URL(name, base).href);
class ImsChecker extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    for (const href of styles) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      root.append(link);
    }
    if (this.getAttribute('mode') === 'launcher') {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'ims-launch';
      button.textContent = this.getAttribute('launcher-label') || 'Is IMS right for me?';
      const dialog = document.createElement('dialog');
      dialog.className = 'ims-dialog';
      button.addEventListener('click', () => {
        dialog.showModal();
        if (!dialog.firstChild) loadWidget().then((m) => m.mount(this, dialog));
      });
      root.append(button, dialog);
    } else {
      const slot = document.createElement('div');
      root.append(slot);
      loadWidget().then((m) => m.mount(this, slot));
    }
  }
}
customElements.get('ims-checker') || customElements.define('ims-checker', ImsChecker);
