// The hotspots page's map: progressive enhancement of /manage/situation/hotspots. The significant cells come
// as GeoJSON squares from the address in data-url and are drawn hot (red, solid border, "H") or cold (blue,
// dashed border, "K"), stronger at higher confidence; the table on the page holds the same cells. Background
// tiles are optional: when they fail, the cells stay on a plain background.
(function () {
  'use strict';

  var SWEDEN = { center: [62.5, 16.5], zoom: 4 };
  var HOT = { 90: '#fcbba1', 95: '#fb6a4a', 99: '#cb181d' };
  var COLD = { 90: '#c6dbef', 95: '#6baed6', 99: '#2171b5' };

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
    fetch(container.dataset.url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        draw(map, container, data);
        status.textContent = data.status;
      })
      .catch(function () {
        status.textContent = container.dataset.failed;
      });
  }

  function draw(map, container, data) {
    var cells = L.geoJSON(data.features, {
      style: function (feature) {
        var p = feature.properties;
        var colours = p.hot ? HOT : COLD;
        return { color: p.hot ? '#a4161a' : '#08306b', weight: 2, dashArray: p.hot ? null : '5 4',
          fillColor: colours[p.confidence], fillOpacity: 0.6 };
      },
      onEachFeature: function (feature, layer) {
        layer.bindTooltip(escape(feature.properties.label), { sticky: true });
      }
    });
    var marks = L.layerGroup(data.features.map(function (feature) {
      var centre = L.geoJSON(feature).getBounds().getCenter();
      var mark = feature.properties.hot ? container.dataset.markHot : container.dataset.markCold;
      return L.marker(centre, { interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'hotspot-mark', html: escape(mark), iconSize: [16, 16] }) });
    }));
    cells.addTo(map);
    marks.addTo(map);
    var bounds = cells.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 });
    }
  }

  function escape(text) {
    var element = document.createElement('span');
    element.textContent = text;
    return element.innerHTML;
  }

  document.addEventListener('DOMContentLoaded', start);
}());
