// Review queue keys: j/k move between facts, c confirms, r rejects, e opens the correction form.
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll(".review-card"));
  if (!cards.length) return;
  var current = 0;
  function focus(i) {
    current = Math.max(0, Math.min(cards.length - 1, i));
    cards[current].focus();
    cards[current].scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) return;
    var card = cards[current];
    if (e.key === "j") { focus(current + 1); e.preventDefault(); }
    else if (e.key === "k") { focus(current - 1); e.preventDefault(); }
    else if (e.key === "c" || e.key === "r") {
      var button = card.querySelector('button[data-key="' + e.key + '"]');
      if (button) { button.click(); e.preventDefault(); }
    } else if (e.key === "e") {
      var details = card.querySelector("details");
      if (details) { details.open = true; var input = details.querySelector("input:not([type=hidden])"); if (input) input.focus(); e.preventDefault(); }
    }
  });
  cards.forEach(function (card, i) { card.addEventListener("focusin", function () { current = i; }); });
  focus(0);
})();
