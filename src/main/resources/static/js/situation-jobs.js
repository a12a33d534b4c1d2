// A list of import jobs that follows its running jobs: while one is queued or running, the list alone
// (the page's address with ?part=jobs) is fetched every few seconds and put in place of the old one, and the
// status region, which stays, says how many still run or that all have ended, so a screen reader hears it
// once per change rather than every count. Nothing else on the page is touched, so an upload form being
// filled in keeps what was typed and chosen. Without this file the list offers a link that reloads the page.
document.addEventListener('DOMContentLoaded', () => {
  const list = document.querySelector('[data-jobs-url]');
  if (!list) {
    return;
  }
  const url = list.getAttribute('data-jobs-url');
  const status = list.querySelector('.jobs-status');
  const part = () => list.querySelector('.jobs-part');
  const running = () => Number(part().getAttribute('data-running')) > 0;
  const every = 3000;

  const replace = (fresh) => {
    // A link that had the focus (a job in the table) keeps it in the new list.
    const focused = part().contains(document.activeElement) ? document.activeElement.getAttribute('href') : null;
    part().replaceWith(fresh);
    if (focused) {
      const again = [...fresh.querySelectorAll('a[href]')].find((a) => a.getAttribute('href') === focused);
      if (again) {
        again.focus();
      }
    }
    const summary = fresh.getAttribute('data-summary');
    if (status && summary && status.textContent.trim() !== summary) {
      status.textContent = summary;
    }
  };

  const poll = () => {
    fetch(url, {headers: {Accept: 'text/html'}, credentials: 'same-origin'})
      .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
      .then((html) => {
        const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('.jobs-part');
        if (!fresh) {
          // Not the list (the session ended and this is the sign-in page): the link still reloads the page.
          return null;
        }
        replace(document.adoptNode(fresh));
        if (running()) {
          window.setTimeout(poll, every);
        }
        return null;
      })
      .catch(() => window.setTimeout(poll, every * 3));
  };
  if (running()) {
    window.setTimeout(poll, every);
  }
});
