// Making a focus place on the situation map (/manage/situation/map): progressive enhancement of the focus
// place form below the map, whose list of streets is the way to choose them without the map or a mouse.
// In "Välj gator" a click on a street segment ticks or unticks its box in that list, and the map mirrors the
// list: chosen segments are drawn thicker and dashed (not only in another colour) and their tooltip says
// so. In "Rita område" clicks on the map set the corners of an area; "Klar" closes it and puts it, as a
// GeoJSON Polygon, in the form's hidden field "polygon". The server makes the focus place of the streets
// within it. situation-map.js tells when the map is drawn, with the map and its street segments.
(function () {
  'use strict';

  var PLAIN = { color: '#b35c00', weight: 4, opacity: 0.9, dashArray: null };
  var CHOSEN = { color: '#6b2f00', weight: 9, opacity: 1, dashArray: '12 6' };
  var OUTLINE = { color: '#1b1b1b', weight: 3, dashArray: '6 4', interactive: false };
  var SHAPE = { color: '#1b1b1b', weight: 3, dashArray: '6 4', fillColor: '#ffcc00', fillOpacity: 0.2,
    interactive: false };
  var CORNER = { radius: 6, color: '#1b1b1b', weight: 2, fillColor: '#ffffff', fillOpacity: 1, interactive: false };

  document.addEventListener('situation-map:drawn', function (event) {
    var form = document.getElementById('map-focus-form');
    var tools = document.getElementById('map-focus-tools');
    if (form && tools && event.target.id === 'situation-map') {
      onTheMap(event.target, event.detail.map, event.detail.segments, form, tools);
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('map-focus-form');
    if (!form) {
      return;
    }
    filterStreets(form);
    // The form posts the map's state as it is now (the view moves), so that a refusal opens the same map.
    var action = new URL(form.action, window.location.href).pathname;
    form.addEventListener('submit', function () {
      form.action = action + window.location.search;
    });
  });

  function onTheMap(container, map, segments, form, tools) {
    var text = tools.dataset;
    var status = document.getElementById('map-focus-status');
    var field = document.getElementById('map-focus-polygon');
    var shapeState = document.getElementById('map-focus-shape-state');
    var offer = document.getElementById('map-focus-offer');
    var mode = 'view';
    form.classList.add('map-focus-enhanced');

    function chosenCount() {
      return form.querySelectorAll('input[name=segment]:checked').length;
    }

    segments.eachLayer(function (layer) {
      // A segment's feature id and its box's id are the same: "segment-" and its number.
      var box = layer.feature && document.getElementById(layer.feature.id);
      if (!box || box.name !== 'segment') {
        return;
      }
      layer.on('click', function () {
        if (mode === 'streets') {
          box.checked = !box.checked;
          box.dispatchEvent(new Event('change', { bubbles: true }));
        }
      });
      box.addEventListener('change', function () {
        show(layer, box, text.chosenMark);
        status.textContent = fill(text.chosen, chosenCount());
      });
      show(layer, box, text.chosenMark);
    });

    var corners = [];
    var done = false;
    var drawing = L.layerGroup().addTo(map);

    function redraw() {
      drawing.clearLayers();
      if (corners.length) {
        (done ? L.polygon(corners, SHAPE) : L.polyline(corners, OUTLINE)).addTo(drawing);
        corners.forEach(function (corner) { L.circleMarker(corner, CORNER).addTo(drawing); });
      }
      field.value = done ? JSON.stringify(polygon(corners)) : '';
      shapeState.textContent = done ? fill(text.drawn, corners.length) : text.none;
    }

    map.on('click', function (event) {
      if (mode !== 'draw') {
        return;
      }
      if (done) {
        status.textContent = fill(text.done, corners.length);
        return;
      }
      corners.push(event.latlng);
      redraw();
      status.textContent = fill(text.corners, corners.length);
    });
    document.getElementById('map-focus-done').addEventListener('click', function () {
      if (distinct(corners) < 3) {
        status.textContent = text.tooFew;
        return;
      }
      done = true;
      redraw();
      offer.open = true;
      status.textContent = fill(text.done, corners.length);
    });
    document.getElementById('map-focus-undo').addEventListener('click', function () {
      done = false;
      corners.pop();
      redraw();
      status.textContent = fill(text.corners, corners.length);
    });
    document.getElementById('map-focus-clear').addEventListener('click', function () {
      done = false;
      corners = [];
      redraw();
      status.textContent = fill(text.corners, 0);
    });

    // A refused focus place comes back with the area it was sent with: show it, to be mended or cleared.
    var sent = read(field.value);
    if (sent) {
      corners = sent;
      done = true;
      drawing.clearLayers();
      L.polygon(corners, SHAPE).addTo(drawing);
      corners.forEach(function (corner) { L.circleMarker(corner, CORNER).addTo(drawing); });
      shapeState.textContent = fill(text.drawn, corners.length);
    }

    function use(next) {
      mode = next;
      container.classList.toggle('map-drawing', mode === 'draw');
      document.getElementById('map-focus-help-streets').hidden = mode !== 'streets';
      document.getElementById('map-focus-help-draw').hidden = mode !== 'draw';
      document.getElementById('map-focus-draw').hidden = mode !== 'draw';
      // A double click would both set a corner and zoom.
      if (mode === 'draw') {
        map.doubleClickZoom.disable();
      } else {
        map.doubleClickZoom.enable();
      }
      if (mode !== 'view') {
        offer.open = true;
        var segmentChoice = document.getElementById('layer-segments');
        if (segmentChoice && !segmentChoice.checked) {
          segmentChoice.click();
        }
      }
      status.textContent = mode === 'draw' ? fill(done ? text.done : text.corners, corners.length)
        : mode === 'streets' ? fill(text.chosen, chosenCount()) : '';
    }

    tools.querySelectorAll('input[name=map-mode]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        if (radio.checked) {
          use(radio.value);
        }
      });
      if (radio.checked && radio.value !== 'view') {
        use(radio.value);
      }
    });
    tools.hidden = false;
  }

  function show(layer, box, chosenMark) {
    layer.setStyle(box.checked ? CHOSEN : PLAIN);
    if (box.checked) {
      layer.bringToFront();
    }
    var name = escape(layer.feature.properties.name || '');
    if (layer.getTooltip()) {
      layer.setTooltipContent(box.checked ? name + ' (' + escape(chosenMark) + ')' : name);
    }
  }

  // A filter on street names above a long list, so that one street is quickly found.
  function filterStreets(form) {
    var filter = document.getElementById('map-focus-filter');
    var tools = document.getElementById('map-focus-tools');
    if (!filter || !tools) {
      return;
    }
    var input = document.getElementById('map-focus-filter-text');
    var count = document.getElementById('map-focus-filter-count');
    var streets = form.querySelectorAll('.map-focus-street');
    filter.hidden = false;
    input.addEventListener('input', function () {
      var wanted = input.value.trim().toLocaleLowerCase();
      var shown = 0;
      streets.forEach(function (street) {
        var match = !wanted || street.dataset.street.toLocaleLowerCase().indexOf(wanted) >= 0;
        street.hidden = !match;
        shown += match ? 1 : 0;
      });
      count.textContent = wanted ? fill(tools.dataset.filterCount, shown, streets.length) : '';
    });
  }

  function polygon(corners) {
    var ring = corners.map(function (c) { return [round(c.lng), round(c.lat)]; });
    ring.push(ring[0]);
    return { type: 'Polygon', coordinates: [ring] };
  }

  // The corners of a GeoJSON Polygon sent before, or null when the text is none.
  function read(text) {
    try {
      var shape = JSON.parse(text || 'null');
      var ring = shape && shape.type === 'Polygon' && shape.coordinates[0];
      if (!Array.isArray(ring) || ring.length < 2) {
        return null;
      }
      return ring.slice(0, -1).map(function (p) { return L.latLng(p[1], p[0]); });
    } catch (e) {
      return null;
    }
  }

  function distinct(corners) {
    var seen = {};
    corners.forEach(function (c) { seen[round(c.lng) + ',' + round(c.lat)] = true; });
    return Object.keys(seen).length;
  }

  // Six decimals of a degree are about 10 cm: more than a click can mean.
  function round(degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }

  function fill(template, first, second) {
    return String(template).replace('{0}', first).replace('{1}', second);
  }

  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
}());
