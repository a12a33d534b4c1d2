// Measures: a small map to give a measure's point with a click. Progressive enhancement only: without
// Leaflet (window.L) the form works as it is, with the place list and the typed coordinates. A click
// chooses "a point" in the place list and fills the latitude and longitude fields, which staff can still
// correct by hand. Without tiles (no network) the map is a plain box that still takes a click.
document.addEventListener('DOMContentLoaded', () => {
  const container = document.getElementById('measure-map');
  if (!container || !window.L) {
    return;
  }
  const place = document.getElementById('place');
  const latitude = document.getElementById('latitude');
  const longitude = document.getElementById('longitude');
  const status = document.getElementById('measure-map-status');
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
  const typed = (input) => Number(input.value.replace(',', '.'));
  if (place.value === 'point' && latitude.value && longitude.value
      && Number.isFinite(typed(latitude)) && Number.isFinite(typed(longitude))) {
    show(typed(latitude), typed(longitude));
  }
  map.on('click', (event) => {
    place.value = 'point';
    latitude.value = event.latlng.lat.toFixed(6);
    longitude.value = event.latlng.lng.toFixed(6);
    show(event.latlng.lat, event.latlng.lng);
  });
});
