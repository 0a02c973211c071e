//! End-to-end harness: a static server with the widget CSP and a Chromium driver over CDP.
