// The promise editor keeps what is typed: while the form changes, it is sent every few seconds to the server
// (the editor's own unsaved copy, offered back the next time the promise is opened), and once more when the tab
// is hidden or closed; leaving with changes that were never saved asks first. Without this file the page works
// as before: the Add and Remove buttons save what is typed.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form[data-draft-url]');
  if (!form) {
    return;
  }
  const url = form.getAttribute('data-draft-url');
  const status = document.getElementById('draft-status');
  const everyMs = 5000;
  let changedSinceSent = false;
  let changedSinceLoad = false;
  let submitting = false;
  let timer = null;

  // The typed fields only: the picture is uploaded when the form is saved, and no button was pressed.
  const typed = () => {
    const data = new FormData(form);
    data.delete('imageFile');
    data.delete('action');
    return data;
  };

  const say = (text) => {
    if (status) {
      status.textContent = text;
    }
  };

  const clock = () => new Date().toLocaleTimeString(document.documentElement.lang === 'sv' ? 'sv-SE' : 'en-GB',
    {hour: '2-digit', minute: '2-digit'});

  const send = () => {
    timer = null;
    if (!changedSinceSent || submitting) {
      return;
    }
    changedSinceSent = false;
    fetch(url, {method: 'POST', body: typed(), credentials: 'same-origin'})
      .then((response) => {
        if (!response.ok) {
          return Promise.reject(response.status);
        }
        say(form.getAttribute('data-draft-kept').replace('{time}', clock()));
        return null;
      })
      .catch(() => {
        changedSinceSent = true;
        say(form.getAttribute('data-draft-failed'));
      });
  };

  const changed = () => {
    changedSinceSent = true;
    changedSinceLoad = true;
    if (timer === null) {
      timer = window.setTimeout(send, everyMs);
    }
  };

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', () => {
    submitting = true;
  });

  // A beacon still leaves when the tab is closing, where a fetch may be cancelled.
  const sendNow = () => {
    if (changedSinceSent && !submitting && navigator.sendBeacon(url, typed())) {
      changedSinceSent = false;
    }
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      sendNow();
    }
  });
  window.addEventListener('beforeunload', (event) => {
    if (changedSinceLoad && !submitting) {
      sendNow();
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    }
  });
});
