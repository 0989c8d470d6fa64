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
