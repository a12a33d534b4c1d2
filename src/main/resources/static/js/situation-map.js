// The situation map: progressive enhancement of /manage/situation/map and of the map views pinned in a
// lägesbild document (several on one page). Every element with class "situation-map" and a data-url
// becomes a map; its data-status, data-tiles-failed and data-layers name the elements beside it. Without
// this file (or without Leaflet) each page still holds the same data as tables. Data comes as GeoJSON from the
// address in data-url; each feature's "layer" property says whether it is an incident, an area or a
// street segment. Background tiles are optional: when they fail, the data stays on a plain background.
// On the map page (data-remember) the view (centre and zoom) and the heat layer are kept in the page
// address (view=lat,lon,zoom and heat=1), so that the address, and the query the pin form posts, always
// reproduce what is shown.
(function () {
  'use strict';

  var SWEDEN = { center: [62.5, 16.5], zoom: 4 };

  function start() {
    if (typeof L === 'undefined' || !L.markerClusterGroup || !L.heatLayer) {
      return;
    }
    document.querySelectorAll('.situation-map[data-url]').forEach(show);
  }

  function show(container) {
    var noScript = container.querySelector('.map-no-script');
    if (noScript) {
      noScript.remove();
    }
    var status = document.getElementById(container.dataset.status);
    var layerChoices = container.dataset.layers ? document.getElementById(container.dataset.layers) : null;
    var tilesFailed = document.getElementById(container.dataset.tilesFailed);

    // People who ask their system for less motion get a map that jumps instead of gliding and fading.
    var calm = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var map = L.map(container, { zoomControl: false, center: SWEDEN.center, zoom: SWEDEN.zoom,
      zoomAnimation: !calm, fadeAnimation: !calm, markerZoomAnimation: !calm });
    container.dataset.calm = calm ? '1' : '';
    L.control.zoom({ zoomInTitle: container.dataset.zoomIn, zoomOutTitle: container.dataset.zoomOut }).addTo(map);

    if (container.dataset.tileUrl) {
      var tiles = L.tileLayer(container.dataset.tileUrl, {
        maxZoom: 19,
        attribution: container.dataset.tileAttribution
      });
      tiles.on('tileerror', function (event) {
        event.tile.classList.add('map-tile-failed');
        tilesFailed.hidden = false;
      });
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
        draw(map, container, data, layerChoices);
        status.textContent = data.incidents.status;
        if (layerChoices) {
          layerChoices.hidden = false;
        }
      })
      .catch(function () {
        status.textContent = container.dataset.failed;
      });
  }

  function draw(map, container, data, layerChoices) {
    var incidents = data.features.filter(function (f) { return f.properties.layer === 'incident'; });
    var areas = data.features.filter(function (f) { return f.properties.layer === 'area'; });
    var segments = data.features.filter(function (f) { return f.properties.layer === 'segment'; });

    var areaLayer = L.geoJSON(areas, {
      style: { color: '#00385f', weight: 2, opacity: 0.9, fillColor: '#5e9ed6', fillOpacity: 0.08 },
      onEachFeature: named
    });
    var segmentLayer = L.geoJSON(segments, {
      style: { color: '#b35c00', weight: 4, opacity: 0.9 },
      onEachFeature: named
    });
    var clusters = L.markerClusterGroup({
      chunkedLoading: true,
      animate: container.dataset.calm !== '1',
      iconCreateFunction: function (cluster) { return clusterIcon(cluster, container.dataset.clusterWord); }
    });
    var markers = incidents.map(function (feature) {
      var p = feature.properties;
      var c = feature.geometry.coordinates;
      var text = [p.category, p.time, p.place].filter(Boolean).join(', ');
      var marker = L.marker([c[1], c[0]], {
        icon: L.divIcon({ className: 'map-incident', iconSize: [14, 14] }),
        title: text
      });
      marker.bindPopup(popup(p));
      return marker;
    });
    clusters.addLayers(markers);
    var heat = L.heatLayer(markers.map(function (m) { return m.getLatLng(); }),
      { radius: 20, blur: 15, maxZoom: 15 });

    areaLayer.addTo(map);
    segmentLayer.addTo(map);
    clusters.addTo(map);
    if (container.dataset.heat === '1' && !layerChoices) {
      heat.addTo(map);
    }

    var view = parseView(container.dataset.view);
    if (view) {
      map.setView([view.lat, view.lon], view.zoom);
    } else {
      var bounds = L.latLngBounds([]);
      markers.forEach(function (m) { bounds.extend(m.getLatLng()); });
      if (!bounds.isValid()) {
        bounds = areaLayer.getBounds();
        if (segmentLayer.getLayers().length) {
          bounds = bounds.isValid() ? bounds.extend(segmentLayer.getBounds()) : segmentLayer.getBounds();
        }
      }
      if (bounds.isValid()) {
        map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 });
      }
    }

    // A pinned view has no layer choices: it shows the layers its query stored.
    if (!layerChoices) {
      return;
    }
    var keep = container.dataset.remember ? remember : function () {};
    toggle('layer-incidents', clusters, map);
    toggle('layer-areas', areaLayer, map);
    toggle('layer-segments', segmentLayer, map);
    var heatChoice = toggle('layer-heat', heat, map, function (on) { keep('heat', on ? '1' : ''); });
    if (heatChoice.checked) {
      heat.addTo(map);
    }

    map.on('moveend', function () {
      var centre = map.getCenter();
      keep('view', centre.lat.toFixed(5) + ',' + centre.lng.toFixed(5) + ',' + map.getZoom());
    });

    // Other scripts of the page (situation-map-focus.js) work on the drawn map and its street segments.
    container.dispatchEvent(new CustomEvent('situation-map:drawn', {
      bubbles: true,
      detail: { map: map, segments: segmentLayer }
    }));
  }

  function named(feature, layer) {
    if (feature.properties.name) {
      layer.bindTooltip(escape(feature.properties.name), { sticky: true });
    }
  }

  // Cluster icons say what the number counts, for screen readers too.
  function clusterIcon(cluster, word) {
    var count = cluster.getChildCount();
    var size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
    return L.divIcon({
      html: '<div><span>' + count + '<span class="visually-hidden"> ' + escape(word) + '</span></span></div>',
      className: 'marker-cluster marker-cluster-' + size,
      iconSize: L.point(40, 40)
    });
  }

  function popup(p) {
    var lines = ['<strong>' + escape(p.category) + '</strong>', escape(p.time)];
    if (p.place) {
      lines.push(escape(p.place));
    }
    lines.push(escape(p.precision) + ' · ' + escape(p.source));
    return lines.join('<br>');
  }

  // A checkbox beside the map shows or hides one layer; it is unhidden once the map has its data.
  function toggle(id, layer, map, changed) {
    var box = document.getElementById(id);
    box.addEventListener('change', function () {
      if (box.checked) {
        layer.addTo(map);
      } else {
        map.removeLayer(layer);
      }
      if (changed) {
        changed(box.checked);
      }
    });
    return box;
  }

  // Keeps the page address, the filter form, the pin form's query and the links that keep the view in
  // step with the map.
  function remember(name, value) {
    var url = new URL(window.location.href);
    set(url.searchParams, name, value);
    window.history.replaceState(null, '', url.pathname + (url.search || '') + url.hash);
    var input = document.getElementById(name === 'view' ? 'map-view-state' : 'map-heat-state');
    if (input) {
      input.value = value;
    }
    var pinQuery = document.getElementById('map-pin-query');
    if (pinQuery) {
      var query = new URLSearchParams(pinQuery.value);
      set(query, name, value);
      pinQuery.value = query.toString();
    }
    document.querySelectorAll('a[data-keep-view]').forEach(function (link) {
      var target = new URL(link.href, window.location.href);
      set(target.searchParams, name, value);
      link.href = target.pathname + (target.search || '') + target.hash;
    });
  }

  function set(params, name, value) {
    if (value) {
      params.set(name, value);
    } else {
      params.delete(name);
    }
  }

  function parseView(text) {
    var parts = (text || '').split(',').map(Number);
    if (parts.length !== 3 || parts.some(isNaN)) {
      return null;
    }
    return { lat: parts[0], lon: parts[1], zoom: parts[2] };
  }

  function escape(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  document.addEventListener('DOMContentLoaded', start);
}());
