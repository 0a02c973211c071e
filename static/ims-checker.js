// <ims-checker>: the clinic's one script tag. It defines the element; the
// widget itself (wasm) loads only when an instance needs it: at once inline,
// on the first click in launcher mode. Nothing here sends data anywhere.
const base = new URL('.', import.meta.url);
const url = (name) => new URL(name, base).href;
// The Subresource Integrity of each file loaded below ('sha384-…' by name):
// none in dist/; `cargo xtask package` writes them in, so the hash on the
// clinic's script tag for this file covers every file the widget loads.
const INTEGRITY = JSON.parse('{}');
let widget;
// An import() cannot carry integrity, a modulepreload link can: the import
// then takes the module the link checked. Without a hash, or in a browser
// without modulepreload, the import goes ahead unchecked.
function checked(name) {
  const link = document.createElement('link');
  if (!INTEGRITY[name] || !link.relList.supports('modulepreload')) return Promise.resolve();
  return new Promise((resolve, reject) => {
    link.rel = 'modulepreload';
    link.integrity = INTEGRITY[name];
    link.href = url(name);
    link.onload = resolve;
    link.onerror = reject; // the browser's console names the file and why
    document.head.append(link);
  });
}
// The widget, loaded once for every instance on the page: the glue's import
// and the wasm's fetch start at the same moment, and the glue's init gets
// the wasm as a Response promise, so it compiles while it downloads (with a
// hash, once the whole file has arrived and been checked).
function loadWidget() {
  if (!widget) {
    const wasm = fetch(url('pkg/ims-checker_bg.wasm'), { integrity: INTEGRITY['pkg/ims-checker_bg.wasm'] });
    wasm.catch(() => {}); // a failed fetch is reported once, by init below
    widget = checked('pkg/ims-checker.js')
      .then(() => import(url('pkg/ims-checker.js')))
      .then(async (glue) => {
        await glue.default({ module_or_path: wasm });
        return glue;
      });
  }
  return widget;
}
// A language's pack (`lang/<tag>.json`, from the widget's own folder), as
// text, fetched once for every instance on the page.
const packs = new Map();
function pack(tag) {
  if (!packs.has(tag)) {
    packs.set(tag, fetch(url('lang/' + tag + '.json'), { integrity: INTEGRITY['lang/' + tag + '.json'] }).then((response) => {
      if (!response.ok) throw new Error('lang/' + tag + '.json: HTTP ' + response.status);
      return response.text();
    }));
  }
  return packs.get(tag);
}
// What an instance starting in `lang` waits for, all requested at once: the
// widget, the language's pack (English's too: the wasm has no words of its
// own) unless it is the clinic's own, and, when the clinic's own pack is for
// a language the widget ships (WORDS has it), the shipped pack: the widget
// checks the clinic's locked safety texts against it, and speaks it if the
// clinic's pack is refused. A pack that fails comes as its error.
function loads(lang, own) {
  const fetched = lang === own ? undefined : pack(lang).catch((error) => error);
  const shipped = own !== 'en' && typeof own === 'string' && Object.hasOwn(WORDS, own) ? pack(own).catch((error) => error) : undefined;
  return [loadWidget(), fetched, shipped];
}
function stylesheet(root, name) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  if (INTEGRITY[name]) {
    // Integrity needs a CORS response when the files are on another origin.
    link.integrity = INTEGRITY[name];
    link.crossOrigin = 'anonymous';
  }
  link.href = url(name);
  root.append(link);
}
// The button's few rules ride in this file (a constructed stylesheet, which a
// strict CSP allows), so a closed launcher costs the page no extra request.
// The button is 44px high (16px text at 1.5 plus 10px above and below):
// the place the page's launcher rule holds for it (README, "Add it to your
// site").
const LAUNCHER_RULES = ':host {all:initial;display:inline-block;} .ims-launch {all:initial;box-sizing:border-box;display:inline-block;line-height:1.5;letter-spacing:normal;text-transform:none;font:600 16px var(--ims-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);min-height:44px;padding:10px 1.4em;border:0;border-radius:999px;background:var(--ims-accent, #0b6e8a);color:#fff;cursor:pointer;} .ims-launch:focus-visible {outline:3px solid #1b2428;outline-offset:3px;} .ims-dialog {border:0;padding:0;border-radius:var(--ims-radius, 12px);width:min(736px, calc(100vw - 16px));max-height:calc(100vh - 16px);font-size:16px;letter-spacing:normal;text-transform:none;} .ims-dialog::backdrop {background:rgb(10 20 25 / 0.55);} .ims-close {position:sticky;top:8px;float:right;margin:8px;z-index:1;min-height:44px;min-width:44px;font:600 15px var(--ims-font, system-ui, sans-serif);border:2px solid #1b2428;border-radius:999px;background:#fff;color:#1b2428;cursor:pointer;} .ims-close:focus-visible {outline:3px solid var(--ims-accent, #0b6e8a);outline-offset:2px;}';
// While the widget loads: a box the height of its first step in English
// at this width (its words wrap into more lines on a narrower screen; the
// page's margins taken as 20px a side), so the page below does not jump
// when it appears, saying what is happening.
const LOADING_HEIGHTS = [[48, 55], [38, 60], [32, 63.5], [30, 53], [26.5, 55.5], [23.5, 60.5], [21, 64]]
  .map(([width, height]) => `@media (max-width: ${width}em) {.ims-loading {min-height:${height}em;}}`).join(' ');
const LOADING_RULES = '.ims-loading > p {margin:0 0 0.75em;} .ims-loading {box-sizing:border-box;max-width:46em;min-height:53em;margin:0 auto;padding:1.25em;border:1px solid #d5dee3;border-radius:var(--ims-radius, 12px);background:#fff;color:#3e525b;font:16px/1.5 var(--ims-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);} ' + LOADING_HEIGHTS;
const sheets = new Map();
function sheet(rules) {
  if (!sheets.has(rules)) {
    const made = new CSSStyleSheet();
    made.replaceSync(rules);
    sheets.set(rules, made);
  }
  return sheets.get(rules);
}
// The JSON of the <script type="application/json"> an attribute names.
function script(host, name) {
  const element = document.getElementById(host.getAttribute(name) || '');
  try {
    return element ? JSON.parse(element.textContent) : undefined;
  } catch {
    return undefined; // the widget itself reports what is wrong with it
  }
}
// The languages an instance offers: its configuration's (English and French
// unless it says otherwise) that the widget ships (WORDS has them: the
// widget refuses any other), and its own pack's.
function offered(host) {
  const listed = script(host, 'config')?.languages;
  const tags = Array.isArray(listed) ? listed.filter((tag) => Object.hasOwn(WORDS, tag)) : ['en', 'fr'];
  const own = script(host, 'pack')?.lang;
  return { tags: own ? tags.concat(own) : tags, own };
}
// The offered language a BCP 47 tag asks for: the same tag, Chinese by
// script or region (zh-TW reads Traditional), else the same language.
function match(tag, tags) {
  const wanted = tag.toLowerCase().replace(/_/g, '-');
  const exact = tags.find((t) => t.toLowerCase() === wanted);
  if (exact) return exact;
  const [primary, ...rest] = wanted.split('-');
  if (primary === 'zh') {
    const traditional = rest.some((s) => ['hant', 'tw', 'hk', 'mo'].includes(s));
    return tags.find((t) => t === (traditional ? 'zh-Hant' : 'zh-Hans'));
  }
  return tags.find((t) => t.toLowerCase() === primary);
}
// The starting language, known before anything loads: the element's own
// `lang`, then the browser's languages, then the page's (`<html lang>`, which
// a site builder writes whatever the visitor reads), the first the instance
// offers; else English. With it, the language of the clinic's own pack.
function language(host) {
  const { tags, own } = offered(host);
  const asked = [host.getAttribute('lang'), ...(navigator.languages || [navigator.language]), host.parentElement?.closest('[lang]')?.getAttribute('lang')];
  for (const tag of asked) {
    const found = tag && match(tag, tags);
    if (found) return { lang: found, own };
  }
  return { lang: 'en', own };
}
// What the loader says before the widget's words are here: English, and
// each pack's own words for it (`words.launch`, `close`, `loading`,
// `load_failed`), which `cargo xtask dist` writes in from the packs.
const ENGLISH = { launch: 'Is IMS right for me?', close: 'Close', loading: 'Loading the check\u2026', load_failed: 'The checker could not load. Please contact the clinic:' };
const WORDS = JSON.parse('{"en":{}}');
function say(lang, key) {
  return (WORDS[lang] || ENGLISH)[key] || ENGLISH[key];
}
// The clinic's contacts the page wrote inside the element (the
// configurator's code does), shown through a slot while the widget loads and
// if it cannot; a line the page marks `slot="ims-unloaded"` says the check
// could not load to a page this loader never ran on, and is never shown here.
// Without them, links made from the element's attributes.
const written = (host) => [...host.children].some((child) => !child.slot);
function contacts(host) {
  if (written(host)) return [document.createElement('slot')];
  const links = [];
  for (const name of ['phone', 'booking-url', 'email']) {
    let href = host.getAttribute(name);
    if (!href) continue;
    if (name === 'phone') href = 'tel:' + href.replace(/[^\d+]/g, '');
    if (name === 'email') href = 'mailto:' + href;
    if (!/^(https?:|tel:|mailto:)/i.test(href)) continue;
    const link = document.createElement('a');
    link.href = href;
    link.textContent = host.getAttribute(name);
    links.push(link, ' ');
  }
  return links;
}
// If the widget cannot load, the visitor still gets the clinic's contacts,
// in a box no higher than they are: the place held for the widget is given back.
function fallback(host, slot, lang, error) {
  console.error('ims-checker: the checker could not load', error);
  const box = document.createElement('div');
  box.className = 'ims-fallback';
  box.setAttribute('role', 'alert');
  const line = document.createElement('p');
  line.lang = lang;
  line.textContent = say(lang, 'load_failed');
  box.append(line, ...contacts(host));
  slot.replaceChildren(box);
}
function start(host, slot) {
  const loading = document.createElement('div');
  loading.className = 'ims-loading';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const { lang, own } = language(host);
  status.lang = lang;
  status.textContent = say(lang, 'loading');
  loading.append(status, ...(written(host) ? contacts(host) : []));
  slot.replaceChildren(loading);
  // Without words to speak (the language's pack failed or was refused), the
  // widget throws; it then speaks English, once English's pack is here.
  Promise.all(loads(lang, own))
    .then(([glue, text, shipped]) => {
      const mount = (english) => glue.mount(host, slot, lang, text, pack, shipped, english);
      try {
        return mount();
      } catch {
        return pack('en').then(mount);
      }
    })
    .catch((error) => fallback(host, slot, lang, error));
}
class ImsChecker extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet(LOADING_RULES)];
    const slot = document.createElement('div');
    if (this.getAttribute('mode') !== 'launcher') {
      stylesheet(root, 'ims-checker.css');
      stylesheet(root, 'body-map.css');
      root.append(slot);
      start(this, slot);
      return;
    }
    // Launcher: a button now; the widget's styles and wasm only when the
    // visitor opens it.
    root.adoptedStyleSheets = [sheet(LAUNCHER_RULES), sheet(LOADING_RULES)];
    const { lang } = language(this);
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'ims-launch';
    const label = this.getAttribute('launcher-label');
    if (!label) open.lang = lang;
    open.textContent = label || say(lang, 'launch');
    const dialog = document.createElement('dialog');
    dialog.className = 'ims-dialog';
    dialog.setAttribute('aria-label', open.textContent);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'ims-close';
    close.lang = lang;
    close.textContent = say(lang, 'close');
    close.addEventListener('click', () => dialog.close());
    dialog.append(close, slot);
    let started = false;
    open.addEventListener('click', () => {
      if (!started) {
        started = true;
        stylesheet(root, 'ims-checker.css');
        stylesheet(root, 'body-map.css');
        start(this, slot);
      }
      dialog.showModal();
    });
    root.append(open, dialog);
  }
}
customElements.get('ims-checker') || customElements.define('ims-checker', ImsChecker);
