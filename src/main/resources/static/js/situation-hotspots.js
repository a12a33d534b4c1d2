// The hotspots page's map: progressive enhancement of /manage/situation/hotspots. The significant places come
// as GeoJSON from the address in data-url: cells as squares, drawn hot (red, solid border, "H") or cold (blue,
// dashed border, "K"), stronger at higher confidence; street segments as lines, hot solid and cold dashed, wider
// and darker at higher confidence, with the same letters. The table on the page holds the same places.
// The kernel density is a second layer from data-density-url, fetched when its checkbox is first ticked and
// drawn beneath the hotspots in five shades; the legend and the table of the densest cells say the same in
// words. Background tiles are optional: when they fail, the layers stay on a plain background.
(function () {
  'use strict';

  var SWEDEN = { center: [62.5, 16.5], zoom: 4 };
  var HOT = { 90: '#fcbba1', 95: '#fb6a4a', 99: '#cb181d' };
  var COLD = { 90: '#c6dbef', 95: '#6baed6', 99: '#2171b5' };
  // Lines carry their colour in the stroke itself, so even 90 % is dark enough to see on a light map.
  var HOT_LINE = { 90: '#ef3b2c', 95: '#cb181d', 99: '#67000d' };
  var COLD_LINE = { 90: '#4292c6', 95: '#2171b5', 99: '#08306b' };
  var LINE_WEIGHT = { 90: 4, 95: 6, 99: 8 };
  var DENSITY = { 1: '#f2f0f7', 2: '#cbc9e2', 3: '#9e9ac8', 4: '#756bb1', 5: '#54278f' };

  function start() {
    var container = document.getElementById('hotspot-map');
    if (!container || typeof L === 'undefined') {
      return;
    }
    var noScript = container.querySelector('.map-no-script');
    if (noScript) {
      noScript.remove();
    }
    var status = document.getElementById('hotspot-map-status');
    var calm = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var map = L.map(container, { zoomControl: false, center: SWEDEN.center, zoom: SWEDEN.zoom,
      zoomAnimation: !calm, fadeAnimation: !calm, markerZoomAnimation: !calm });
    L.control.zoom({ zoomInTitle: container.dataset.zoomIn, zoomOutTitle: container.dataset.zoomOut }).addTo(map);
    if (container.dataset.tileUrl) {
      var tiles = L.tileLayer(container.dataset.tileUrl, { maxZoom: 19, attribution: container.dataset.tileAttribution });
      tiles.on('tileerror', function (event) { event.tile.classList.add('map-tile-failed'); });
      tiles.addTo(map);
    }
    load(container.dataset.url)
      .then(function (data) {
        draw(map, container, data);
        status.textContent = data.status;
      })
      .catch(function () {
        status.textContent = container.dataset.failed;
      });
    if (container.dataset.densityUrl) {
      densityToggle(map, container);
    }
  }

  function load(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }

  function draw(map, container, data) {
    var places = L.geoJSON(data.features, {
      style: function (feature) {
        var p = feature.properties;
        if (p.layer === 'segment') {
          return { color: (p.hot ? HOT_LINE : COLD_LINE)[p.confidence], weight: LINE_WEIGHT[p.confidence],
            dashArray: p.hot ? null : '10 8', lineCap: 'butt', opacity: 0.9 };
        }
        var colours = p.hot ? HOT : COLD;
        return { color: p.hot ? '#a4161a' : '#08306b', weight: 2, dashArray: p.hot ? null : '5 4',
          fillColor: colours[p.confidence], fillOpacity: 0.6 };
      },
      onEachFeature: function (feature, layer) {
        layer.bindTooltip(escape(feature.properties.label), { sticky: true });
      }
    });
    places.addTo(map);
    // Each place's letter at its centre: a cell's middle, or the point halfway along a street.
    var marks = L.layerGroup(places.getLayers().map(function (layer) {
      var mark = layer.feature.properties.hot ? container.dataset.markHot : container.dataset.markCold;
      return L.marker(layer.getCenter(), { interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'hotspot-mark', html: escape(mark), iconSize: [16, 16] }) });
    }));
    marks.addTo(map);
    var bounds = places.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 });
    }
  }

  // The density layer's checkbox, shown only when this script runs; the surface is fetched once, on first use.
  function densityToggle(map, container) {
    var toggle = document.getElementById('density-toggle');
    var box = document.getElementById('density-layer');
    var status = document.getElementById('density-status');
    if (!toggle || !box) {
      return;
    }
    toggle.hidden = false;
    map.createPane('density');
    map.getPane('density').style.zIndex = 350;
    var layer = null;
    var loading = false;
    var statusText = '';
    box.addEventListener('change', function () {
      if (!box.checked) {
        if (layer) {
          map.removeLayer(layer);
        }
        status.textContent = container.dataset.densityHidden;
        return;
      }
      if (layer) {
        layer.addTo(map);
        status.textContent = statusText;
        return;
      }
      if (loading) {
        return;
      }
      loading = true;
      load(container.dataset.densityUrl)
        .then(function (data) {
          // A canvas draws thousands of cells at once; the squares stay beneath the hotspots' pane.
          layer = L.geoJSON(data.features, {
            pane: 'density',
            renderer: L.canvas({ pane: 'density' }),
            style: function (feature) {
              return { stroke: false, fillColor: DENSITY[feature.properties.level], fillOpacity: 0.65 };
            },
            onEachFeature: function (feature, cell) {
              cell.bindTooltip(escape(feature.properties.label), { sticky: true });
            }
          });
          statusText = data.status;
          if (box.checked) {
            layer.addTo(map);
            status.textContent = statusText;
          }
        })
        .catch(function () {
          box.checked = false;
          status.textContent = container.dataset.densityFailed;
        })
        .finally(function () {
          loading = false;
        });
    });
  }

  function escape(text) {
    var element = document.createElement('span');
    element.textContent = text;
    return element.innerHTML;
  }

  document.addEventListener('DOMContentLoaded', start);
}());
