// Drag and drop onto the upload box: the dropped files are put into the file input and the form posts
// as usual, so the page works the same with or without this script.
(function () {
  const zone = document.getElementById('drop-zone');
  const input = document.getElementById('file');
  const list = document.getElementById('file-list');
  if (!zone || !input) return;

  function showNames() {
    const names = Array.from(input.files).map(f => f.name);
    // The words come from the page (data-chosen), in its language.
    list.textContent = names.length === 0 ? '' :
      names.length === 1 ? list.dataset.chosen.replace('{0}', names[0])
        : list.dataset.chosenMany.replace('{0}', names.length).replace('{1}', names.join(', '));
  }

  ['dragenter', 'dragover'].forEach(type => zone.addEventListener(type, e => {
    e.preventDefault();
    zone.classList.add('over');
  }));
  ['dragleave', 'drop'].forEach(type => zone.addEventListener(type, () => zone.classList.remove('over')));
  zone.addEventListener('drop', e => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length > 0) {
      input.files = e.dataTransfer.files;
      showNames();
    }
  });
  input.addEventListener('change', showNames);
})();
