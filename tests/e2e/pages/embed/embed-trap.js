// Loaded first by every fixture page (a classic script, allowed by the
// strict CSP as 'self'). Records what a test must never see happen, so the
// Rust side can read it back from window.__embedTrap:
//   dialogs    alert/confirm/prompt calls (the harness would accept them silently)
//   csp        securitypolicyviolation events seen by this document
//   clipboard  texts the widget copied (the copy is kept here instead of the OS clipboard)
//   errors     uncaught errors and failed resource loads in this document
(() => {
  const rec = { dialogs: [], csp: [], clipboard: [], errors: [] };
  Object.defineProperty(window, '__embedTrap', { value: rec });
  for (const name of ['alert', 'confirm', 'prompt']) {
    window[name] = function (...args) {
      rec.dialogs.push(name + '(' + args.map((a) => String(a)).join(', ') + ')');
      return name === 'confirm' ? false : null;
    };
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    rec.csp.push((e.effectiveDirective || e.violatedDirective) + ' blocked ' + (e.blockedURI || '(inline)') +
      (e.sample ? ' sample ' + JSON.stringify(e.sample) : ''));
  }, true);
  window.addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && t.tagName) {
      rec.errors.push('failed to load <' + t.tagName.toLowerCase() + '> ' + (t.src || t.href || ''));
    } else {
      rec.errors.push('uncaught: ' + (e.message || String(e.error)));
    }
  }, true);
  if (navigator.clipboard) {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: (text) => { rec.clipboard.push(String(text)); return Promise.resolve(); },
    });
  }
})();
