// Runs first, before the app (a plain script: it loads even where the app's
// module script is refused, e.g. a sandboxed frame on a server without CORS).
// If a script or style sheet the app needs fails, or an error is thrown before
// the app has drawn anything, it shows the still that index.html holds for that
// (giving its image its address only then: a normal load never fetches it).
// With JavaScript off this never runs, and index.html's <noscript> shows the still.
(function () {
  var root = document.documentElement;
  function fail() {
    if (root.classList.contains('app-failed')) return;
    root.classList.add('app-failed');
    var images = document.querySelectorAll('.still-failed img[data-src]');
    for (var i = 0; i < images.length; i++) images[i].src = images[i].getAttribute('data-src');
  }
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      var app = document.getElementById('app');
      var failedFile = target && (target.tagName === 'SCRIPT' || (target.tagName === 'LINK' && target.rel !== 'icon'));
      var failedBeforeDrawing = !(target instanceof Element) && app && !app.hasChildNodes();
      if (failedFile || failedBeforeDrawing) {
        // The still sits after #app: it may not be parsed yet when an early file fails.
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fail);
        else fail();
      }
    },
    true,
  );
})();

// The first view's files (src/data.ts FIRST_VIEW_FILES), read while the app's scripts come;
// src/data.ts takes each read once from window.__firstFiles and fetches whatever is not there.
(function () {
  if (typeof fetch !== 'function' || typeof Promise !== 'function') return;
  var files = {};
  ['map.json', 'timeline.json', 'shares.json', 'story.json'].forEach(function (name) {
    files[name] = fetch(new URL('data/' + name, document.baseURI).href).then(
      function (response) {
        return response.text().then(function (text) {
          return { ok: response.ok, type: response.headers.get('content-type') || '', text: text };
        });
      },
      // Never an unhandled rejection: the app says the file is missing.
      function () {
        return null;
      },
    );
  });
  window.__firstFiles = files;
})();
