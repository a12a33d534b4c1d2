// A small map to give a point with a click, on any form with an element marked data-point-map. Progressive
// enhancement only: without Leaflet (window.L) the form works as it is. A click fills the inputs named by
// data-latitude-input and data-longitude-input and says what was chosen in the data-status element; where
// data-place-select names a select, it is set to data-place-value ("a point"). Without tiles (no network)
// the map is a plain box that still takes a click. The map opens on data-south/west/north/east.
document.addEventListener('DOMContentLoaded', () => {
  if (!window.L) {
    return;
  }
  document.querySelectorAll('[data-point-map]').forEach((container) => {
    const data = container.dataset;
    const latitude = document.getElementById(data.latitudeInput);
    const longitude = document.getElementById(data.longitudeInput);
    const status = document.getElementById(data.status);
    const place = data.placeSelect ? document.getElementById(data.placeSelect) : null;
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
    // Typed values may have a decimal comma; what was chosen before a refused submit is shown again.
    const typed = (input) => Number(input.value.replace(',', '.'));
    const pointChosen = !place || place.value === data.placeValue;
    if (pointChosen && latitude.value && longitude.value
        && Number.isFinite(typed(latitude)) && Number.isFinite(typed(longitude))) {
      show(typed(latitude), typed(longitude));
    }
    map.on('click', (event) => {
      if (place) {
        place.value = data.placeValue;
      }
      latitude.value = event.latlng.lat.toFixed(6);
      longitude.value = event.latlng.lng.toFixed(6);
      show(event.latlng.lat, event.latlng.lng);
    });
  });
});
