/**
 * The console's own script, served as /console/assets/console.js. Progressive enhancement
 * only: every page works without it. It draws the playground's Adaptive Card with Microsoft's
 * renderer (served by the bot too), with a markdown step that escapes first.
 */
export const CONSOLE_JS = `
(function () {
  'use strict';
  function escape(text) {
    return text.replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  function markdown(text) {
    return escape(text)
      .replace(/\\\\([\\[\\]*_\`\\\\])/g, '$1')
      .replace(/\\[([^\\]]+)\\]\\((https?:\\/\\/[^)\\s]+)\\)/g, '<a href="$2" rel="noopener noreferrer">$1</a>')
      .replace(/\\*\\*([^*]+)\\*\\*/g, '<strong>$1</strong>')
      .replace(/(^|\\s)_([^_]+)_(?=\\s|$|[.,;:!?])/g, '$1<em>$2</em>')
      .replace(/\\n/g, '<br>');
  }
  var source = document.getElementById('card-json');
  var target = document.getElementById('teams-card');
  if (source && target && window.AdaptiveCards) {
    var AC = window.AdaptiveCards;
    AC.AdaptiveCard.onProcessMarkdown = function (text, result) {
      result.outputHtml = markdown(text);
      result.didProcess = true;
    };
    var card = new AC.AdaptiveCard();
    card.hostConfig = new AC.HostConfig({ fontFamily: 'system-ui, "Segoe UI", sans-serif' });
    card.onExecuteAction = function () { /* a preview: buttons do nothing */ };
    card.parse(JSON.parse(source.textContent));
    var rendered = card.render();
    if (rendered) {
      target.textContent = '';
      target.appendChild(rendered);
      target.removeAttribute('hidden');
      var fallback = document.getElementById('teams-card-fallback');
      if (fallback) fallback.removeAttribute('open');
    }
  }
})();
`;
