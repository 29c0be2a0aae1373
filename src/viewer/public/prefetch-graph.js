// Static mode (?graph=URL): starts downloading and parsing the graph file as soon as the page's head is read, while
// the viewer's module still loads and compiles; static-source.ts takes the result over. A plain script (not a module,
// not inline: the server's Content-Security-Policy allows scripts from the page's own origin only), loaded first thing in the head.
(function () {
  var url = new URLSearchParams(location.search).get("graph");
  if (!url) return;
  var read = fetch(url, { headers: { Accept: "application/json" } }).then(function (answer) {
    if (!answer.ok) return { status: answer.status };
    return answer.json().then(function (json) {
      return { status: answer.status, json: json };
    });
  });
  // Awaited (and its failure reported) by static-source.ts; not an unhandled rejection meanwhile.
  read.catch(function () {});
  window.kgGraphFile = { url: url, read: read };
})();
