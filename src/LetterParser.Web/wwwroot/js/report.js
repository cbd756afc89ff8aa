// The report page: while a letter is read, ask the server where it is every two seconds and update that one line
// (a screen reader hears it through the live region); once it is done, swap in the finished page's content
// without a full reload. Also the print button and the confirmation before deleting.
(function () {
  const progress = document.getElementById('progress');
  if (progress) {
    const id = progress.dataset.letterId;
    const message = document.getElementById('progress-message');
    const waited = document.getElementById('progress-waited');
    async function poll() {
      try {
        const response = await fetch('/letters/' + encodeURIComponent(id) + '/progress', { headers: { 'Accept': 'application/json' }, cache: 'no-store' });
        if (response.ok) {
          const state = await response.json();
          if (message.textContent !== state.message) message.textContent = state.message;
          waited.textContent = state.waited;
          // A finished status is left to the finished page swapped in below: marked here, the waiting line
          // would claim "completed" while the report is not on the page yet.
          if (!state.finished) progress.dataset.status = state.status;
          if (state.finished) {
            const page = await fetch(location.href, { cache: 'no-store' });
            const html = new DOMParser().parseFromString(await page.text(), 'text/html');
            const main = html.getElementById('main');
            if (main) {
              document.getElementById('main').replaceWith(main);
              document.title = html.title;
              const heading = main.querySelector('h1');
              if (heading) { heading.tabIndex = -1; heading.focus(); }
              wire();
              return;
            }
            location.reload();
            return;
          }
        }
      } catch (e) {
        // A dropped connection is retried on the next tick.
      }
      setTimeout(poll, 2000);
    }
    setTimeout(poll, 500);
  }

  function wire() {
    document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
    document.querySelectorAll('form[data-confirm]').forEach(form => form.addEventListener('submit', e => {
      if (!window.confirm(form.dataset.confirm)) e.preventDefault();
    }));
  }
  wire();
})();
