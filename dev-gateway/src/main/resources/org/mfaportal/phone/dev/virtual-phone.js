// Keypad buttons add their key; '#' submits. The list refreshes every 2 s so that new texts and
// calls appear, except while the person is typing (a refresh would throw their input away).
(() => {
  const list = () => document.getElementById('phones');

  document.addEventListener('click', (event) => {
    const key = event.target.closest('[data-key]');
    if (key && key.form) {
      key.form.elements['digits'].value += key.dataset.key;
    }
  });

  const typing = () => {
    const focused = document.activeElement;
    if (focused && focused.tagName === 'INPUT' && list().contains(focused)) {
      return true;
    }
    return [...list().querySelectorAll('input[type=text]')].some((field) => field.value !== '');
  };

  setInterval(async () => {
    if (document.hidden || typing()) {
      return;
    }
    try {
      const response = await fetch(location.pathname, { cache: 'no-store', headers: { Accept: 'text/html' } });
      if (!response.ok) {
        return;
      }
      const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('phones');
      if (fresh && fresh.innerHTML !== list().innerHTML) {
        list().replaceWith(fresh);
      }
    } catch (offline) {
      // The server is restarting or gone: try again on the next tick.
    }
  }, 2000);
})();
