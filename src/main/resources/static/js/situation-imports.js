// The import job page without reloading: while the job runs, its counts are fetched every second and
// written into the page; when it ends, the status region announces the outcome, the Cancel button goes and
// the refresh link becomes a link to the result (the page is not reloaded under the reader's feet).
// Without this file the page refreshes itself (noscript meta refresh).
document.addEventListener('DOMContentLoaded', () => {
  const section = document.querySelector('[data-progress-url]');
  if (!section) {
    return;
  }
  const url = section.getAttribute('data-progress-url');
  const progress = section.querySelector('progress');
  const field = (name) => section.querySelector(`[data-field="${name}"]`);

  const poll = () => {
    fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((job) => {
        ['stateText', 'rowsRead', 'accepted', 'rejected', 'duplicates'].forEach((name) => {
          const element = field(name);
          if (element) {
            element.textContent = String(job[name]);
          }
        });
        if (progress) {
          progress.value = job.percent;
          progress.textContent = `${job.percent} %`;
        }
        if (job.finished) {
          field('announcement').textContent = job.announcement;
          section.querySelectorAll('form[action$="/cancel"]').forEach((form) => form.remove());
          const refresh = section.querySelector('[data-refresh]');
          if (refresh) {
            refresh.textContent = refresh.getAttribute('data-done-text');
          }
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(() => window.setTimeout(poll, 5000));
  };
  window.setTimeout(poll, 1000);
});
