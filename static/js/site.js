/* Progressive enhancement: the pages work without this file; with it, the vendored vis-timeline,
   vis-network and Chart.js draw the data the server embedded with json_script. */
(function () {
  "use strict";
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function go(url) { if (url) { window.location.href = url; } }

  var items = data("timeline-items");
  var tlBox = document.getElementById("timeline-vis");
  if (items && tlBox && window.vis && window.vis.Timeline) {
    if (items.length) {
      // Labels come from article-derived names: hand vis-timeline DOM text nodes, never HTML strings.
      items.forEach(function (it) {
        var label = document.createElement("span");
        label.textContent = it.content;
        it.content = label;
        if (it.title) { var tip = document.createElement("span"); tip.textContent = it.title; it.title = tip; }
        it.type = "point";
      });
      // The first window covers every item; the box grows to a bound and scrolls vertically beyond it.
      var times = items.map(function (it) { return new Date(it.start).getTime(); });
      var first = Math.min.apply(null, times), last = Math.max.apply(null, times);
      var pad = Math.max((last - first) * 0.03, 1000 * 60 * 60 * 24 * 20);
      var small = tlBox.classList.contains("small");
      var timeline = new vis.Timeline(tlBox, new vis.DataSet(items), {
        stack: true, zoomable: true, verticalScroll: true, zoomKey: "ctrlKey",
        maxHeight: small ? "240px" : "420px", minHeight: small ? "160px" : "220px",
        start: new Date(first - pad), end: new Date(last + pad),
        margin: { item: 2 }, showCurrentTime: false, tooltip: { followMouse: true }
      });
      timeline.on("select", function (props) {
        var item = items.find(function (it) { return it.id === props.items[0]; });
        if (item) { go(item.url); }
      });
    } else {
      tlBox.hidden = true;
    }
  }

  var net = data("network-data");
  var netBox = document.getElementById("network-vis");
  if (net && netBox && window.vis && window.vis.Network && net.nodes.length > 1) {
    net.edges.forEach(function (e) {
      var tip = document.createElement("span");
      tip.textContent = e.title;
      e.title = tip;  // tooltips as text, never HTML
    });
    var network = new vis.Network(netBox, { nodes: new vis.DataSet(net.nodes), edges: new vis.DataSet(net.edges) }, {
      nodes: { shape: "dot", scaling: { min: 8, max: 24 }, font: { size: 13 } },
      edges: { scaling: { min: 1, max: 6 }, color: { color: "#9aa5b8" } },
      physics: { stabilization: { iterations: 150 } }
    });
    network.on("selectNode", function (params) {
      var node = net.nodes.find(function (n) { return n.id === params.nodes[0]; });
      if (node && !node.main) { go(node.url); }
    });
  } else if (netBox) {
    netBox.hidden = true;
  }

  function bars(canvasId, rows, series) {
    var canvas = document.getElementById(canvasId);
    if (!canvas || !rows || !window.Chart) { return; }
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: rows.map(function (r) { return r.year; }),
        datasets: series.map(function (s) {
          return { label: s.label, data: rows.map(function (r) { return r[s.key]; }), backgroundColor: s.color };
        })
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
  bars("contacts-chart", data("chart-data"), [
    { key: "meetings", label: "Meetings", color: "#2f6db5" },
    { key: "visits", label: "Visits", color: "#d98b2b" },
    { key: "agreements", label: "Agreements", color: "#3c9a5f" }
  ]);
  bars("trade-chart", data("trade-chart-data"), [
    { key: "cn_to_kp", label: "China → North Korea", color: "#a3513b" },
    { key: "kp_to_cn", label: "North Korea → China", color: "#2f6db5" }
  ]);
  // A heading's reported values: one point per figure, by the period it refers to, per direction.
  var hs = data("heading-series");
  var hsCanvas = document.getElementById("heading-chart");
  if (hs && hs.length && hsCanvas && window.Chart) {
    var periods = Array.from(new Set(hs.map(function (p) { return p.period; }))).sort();
    var directions = Array.from(new Set(hs.map(function (p) { return p.direction; })));
    var colors = ["#a3513b", "#2f6db5", "#3c9a5f", "#7a5aa6"];
    new Chart(hsCanvas, {
      type: "bar",
      data: {
        labels: periods,
        datasets: directions.map(function (d, i) {
          return {
            label: d + " (US$)", backgroundColor: colors[i % colors.length],
            data: periods.map(function (p) {
              return hs.filter(function (x) { return x.period === p && x.direction === d; })
                .reduce(function (a, x) { return Math.max(a, x.value); }, 0) || null;
            })
          };
        })
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } }
    });
  }
  // Customs figures: totals per period, one bar series per reporter and direction.
  var palette = ["#a3513b", "#2f6db5", "#3c9a5f", "#7a5aa6", "#b58a2f", "#4a8f99"];
  var flows = data("flows-chart-data");
  var flowsCanvas = document.getElementById("flows-chart");
  if (flows && flows.labels.length && flowsCanvas && window.Chart) {
    new Chart(flowsCanvas, {
      type: "bar",
      data: {
        labels: flows.labels,
        datasets: flows.series.map(function (s, i) {
          return { label: s.label, data: s.values, backgroundColor: palette[i % palette.length] };
        })
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } }
    });
  }
  // One heading: value per period (left axis) and quantity (right axis) per series; news reports
  // that name its goods are markers on the periods they refer to, and a click opens their evidence.
  var fseries = data("flow-series");
  var fmarkers = data("flow-markers") || [];
  var fCanvas = document.getElementById("flows-heading-chart");
  if (fseries && fseries.length && fCanvas && window.Chart) {
    var labels = Array.from(new Set([].concat.apply([], fseries.map(function (s) {
      return s.points.map(function (p) { return p.period; });
    })).concat(fmarkers.map(function (m) { return m.period; })))).sort();
    var sets = [];
    fseries.forEach(function (s, i) {
      var at = {};
      s.points.forEach(function (p) { at[p.period] = p; });
      var color = palette[i % palette.length];
      sets.push({ type: "line", label: s.label + " (US$)", yAxisID: "value", borderColor: color, backgroundColor: color,
        spanGaps: true, data: labels.map(function (l) { return at[l] ? at[l].value : null; }) });
      var unit = (s.points.find(function (p) { return p.unit; }) || {}).unit;
      if (unit) {
        sets.push({ type: "line", label: s.label + " (" + unit + ")", yAxisID: "quantity", borderColor: color,
          borderDash: [4, 4], pointRadius: 2, spanGaps: true,
          data: labels.map(function (l) { return at[l] && at[l].quantity !== null ? at[l].quantity : null; }) });
      }
    });
    if (fmarkers.length) {
      sets.push({ type: "line", label: "News reports (click for the evidence)", yAxisID: "value", showLine: false,
        pointStyle: "triangle", pointRadius: 9, pointHoverRadius: 11, borderColor: "#222", backgroundColor: "#ffd24d",
        data: labels.map(function (l) { return fmarkers.some(function (m) { return m.period === l; }) ? 0 : null; }) });
    }
    new Chart(fCanvas, {
      data: { labels: labels, datasets: sets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { value: { position: "left", beginAtZero: true }, quantity: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false } } },
        onClick: function (evt, elements, chart) {
          var hit = elements.find(function (e) { return chart.data.datasets[e.datasetIndex].pointStyle === "triangle"; });
          if (!hit) { return; }
          var marker = fmarkers.find(function (m) { return m.period === labels[hit.index]; });
          if (marker) { go(marker.url); }
        }
      }
    });
  }
})();
