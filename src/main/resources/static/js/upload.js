// Uploads each chosen or dropped file on its own, so every file shows its own progress and answer.
(function () {
  const zone = document.getElementById('dropzone');
  const input = document.getElementById('file-input');
  const list = document.getElementById('uploads');
  const csrfToken = document.querySelector('meta[name="_csrf"]');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  const text = zone.dataset;

  function upload(file) {
    const item = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = file.name;
    const progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    const result = document.createElement('span');
    item.append(name, progress, result);
    list.append(item);

    const data = new FormData();
    data.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', text.uploadUrl);
    if (csrfToken && csrfHeader) {
      request.setRequestHeader(csrfHeader.content, csrfToken.content);
    }
    request.upload.addEventListener('progress', event => {
      if (event.lengthComputable) {
        progress.value = Math.round(100 * event.loaded / event.total);
      }
    });
    request.addEventListener('load', () => {
      progress.value = 100;
      let answer = {};
      try { answer = JSON.parse(request.responseText); } catch (e) { answer = { error: request.statusText }; }
      if (request.status < 300 && answer.id) {
        result.className = 'ok';
        result.textContent = answer.duplicateOf ? text.duplicate : text.done;
        // only people who may open invoices get a link to the one just uploaded
        if (text.invoiceUrl) {
          const link = document.createElement('a');
          link.href = text.invoiceUrl + answer.id;
          link.textContent = ' ' + text.open;
          result.append(link);
        }
      } else {
        result.className = 'refused';
        result.textContent = text.failed + ': ' + (answer.error || request.status);
      }
      item.dataset.state = result.className;
    });
    request.addEventListener('error', () => {
      result.className = 'refused';
      result.textContent = text.failed;
      item.dataset.state = 'refused';
    });
    request.send(data);
  }

  function uploadAll(files) {
    Array.from(files).forEach(upload);
  }

  input.addEventListener('change', () => uploadAll(input.files));
  zone.addEventListener('dragover', event => { event.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', event => {
    event.preventDefault();
    zone.classList.remove('over');
    uploadAll(event.dataTransfer.files);
  });
})();
