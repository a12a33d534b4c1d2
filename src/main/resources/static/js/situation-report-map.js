// Place reports: a small map to pick where something was seen. Progressive enhancement only: without
// Leaflet (window.L, vendored by the map page) the form works as it is, with its list of places and the
// address field. A click fills the hidden latitude/longitude inputs that the server reads. Without tiles
// (no network) the map is a plain box that still takes a click inside the municipality's bounds.
document.addEventListener('DOMContentLoaded', () => {
  const container = document.getElementById('report-map');
  if (!container || !window.L) {
    return;
  }
  const latitude = document.getElementById('latitude');
  const longitude = document.getElementById('longitude');
  const status = document.getElementById('report-map-status');
  const data = container.dataset;
  container.hidden = false;
  container.setAttribute('role', 'application');
  container.setAttribute('aria-label', data.label);
  const map = window.L.map(container);
  if (data.tiles) {
    window.L.tileLayer(data.tiles, { maxZoom: 19, attribution: data.attribution }).addTo(map);
  }
  map.fitBounds([[Number(data.south), Number(data.west)], [Number(data.north), Number(data.east)]]);
  let marker = null;
  const show = (lat, lon) => {
    if (marker) {
      marker.setLatLng([lat, lon]);
    } else {
      marker = window.L.marker([lat, lon]).addTo(map);
    }
    status.hidden = false;
    status.textContent = data.chosen.replace('{0}', lat.toFixed(5)).replace('{1}', lon.toFixed(5));
  };
  if (latitude.value && longitude.value) {
    show(Number(latitude.value), Number(longitude.value));
  }
  map.on('click', (event) => {
    latitude.value = event.latlng.lat.toFixed(6);
    longitude.value = event.latlng.lng.toFixed(6);
    show(event.latlng.lat, event.latlng.lng);
  });
});
