// The maps of surveys. Progressive enhancement only: without Leaflet (window.L) the pages work as they are.
//
// [data-survey-map]: a map question of the answer form. A click puts the pin: it fills the hidden inputs named by
// data-latitude-input and data-longitude-input and says in data-status that a pin is set; the button named by
// data-clear takes it away again, so that the district list below answers instead (or nothing). A pin given before a
// refused submit is shown again. Without tiles (no network) the map is a plain box that still takes a click.
//
// [data-survey-cells]: the staff map of where pins fall, one rectangle per grid cell with its count
// (data-cells: "south,west,north,east,count;…"); the table beside it holds the same figures.
document.addEventListener('DOMContentLoaded', () => {
  if (!window.L) {
    return;
  }
  const base = (container) => {
    const data = container.dataset;
    container.hidden = false;
    container.setAttribute('role', 'application');
    container.setAttribute('aria-label', data.label);
    const map = window.L.map(container);
    if (data.tiles) {
      window.L.tileLayer(data.tiles, { maxZoom: 19, attribution: data.attribution }).addTo(map);
    }
    return map;
  };
  document.querySelectorAll('[data-survey-map]').forEach((container) => {
    const data = container.dataset;
    const latitude = document.getElementById(data.latitudeInput);
    const longitude = document.getElementById(data.longitudeInput);
    const status = document.getElementById(data.status);
    const clear = document.getElementById(data.clear);
    const map = base(container);
    map.fitBounds([[Number(data.south), Number(data.west)], [Number(data.north), Number(data.east)]]);
    let marker = null;
    const show = (lat, lon) => {
      if (marker) {
        marker.setLatLng([lat, lon]);
      } else {
        marker = window.L.marker([lat, lon], { keyboard: false }).addTo(map);
      }
      status.hidden = false;
      status.textContent = data.chosen;
      clear.hidden = false;
    };
    const typed = (input) => Number(input.value.replace(',', '.'));
    if (latitude.value && longitude.value && Number.isFinite(typed(latitude)) && Number.isFinite(typed(longitude))) {
      show(typed(latitude), typed(longitude));
    }
    map.on('click', (event) => {
      latitude.value = event.latlng.lat.toFixed(6);
      longitude.value = event.latlng.lng.toFixed(6);
      show(event.latlng.lat, event.latlng.lng);
    });
    clear.addEventListener('click', () => {
      latitude.value = '';
      longitude.value = '';
      if (marker) {
        marker.remove();
        marker = null;
      }
      status.hidden = true;
      status.textContent = '';
      clear.hidden = true;
    });
  });
  document.querySelectorAll('[data-survey-cells]').forEach((container) => {
    const cells = container.dataset.cells.split(';').filter((c) => c).map((c) => c.split(',').map(Number));
    if (!cells.length) {
      return;
    }
    const map = base(container);
    const bounds = window.L.latLngBounds([]);
    const most = Math.max(...cells.map((c) => c[4]));
    cells.forEach(([south, west, north, east, count]) => {
      const box = [[south, west], [north, east]];
      bounds.extend(box);
      window.L.rectangle(box, { color: '#1d70b8', weight: 1, fillOpacity: 0.2 + 0.6 * (count / most) })
        .bindTooltip(String(count)).addTo(map);
    });
    map.fitBounds(bounds.pad(0.5));
  });
});
