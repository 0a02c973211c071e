// A classic script, so it runs where the configurator's module scripts
// cannot: opened as a file from the computer, not from a website, the page
// would otherwise say it is loading forever.
if (location.protocol === 'file:') {
  const status = document.querySelector('.cfg-loading');
  if (status) {
    status.setAttribute('role', 'alert');
    status.textContent = 'This page only works from a website, not as a file on your computer: browsers do not run ' +
      'its code from a file. Upload the checker\u2019s folder to your website and open configure.html there, or ' +
      'serve this folder on your computer (for example with "python3 -m http.server" in it) and open ' +
      'http://localhost:8000/configure.html.';
  }
}
