// Starts the wasm app. A file of its own (not an inline script) so the
// Content-Security-Policy can forbid inline scripts.
import init from '/eshkola_web.js';
init();
