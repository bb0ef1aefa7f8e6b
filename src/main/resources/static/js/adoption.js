// Draws the dashboard's charts from the same JSON the API gives programs, for the period on the page.
(function () {
  const page = document.getElementById('adoption-dashboard');
  const api = page.dataset.api;
  const range = 'from=' + encodeURIComponent(page.dataset.from) + '&to=' + encodeURIComponent(page.dataset.to);
  const colours = ['#1f5f8b', '#d9822b', '#3a8f5c', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d', '#b7950b'];

  function load(path) {
    return fetch(api + path, { headers: { Accept: 'application/json' } }).then(response => {
      if (!response.ok) {
        throw new Error(path + ': ' + response.status);
      }
      return response.json();
    });
  }

  function draw(id, type, labels, values, options, colourEach) {
    const canvas = document.getElementById(id);
    const chart = new Chart(canvas, {
      type: type,
      data: {
        labels: labels,
        datasets: [{
          label: canvas.dataset.label,
          data: values,
          backgroundColor: colourEach ? labels.map((_, i) => colours[i % colours.length]) : colours[0],
          borderColor: colours[0],
          spanGaps: true
        }]
      },
      options: Object.assign({ responsive: true, animation: false, plugins: { legend: { display: type === 'doughnut' } } },
        options || {})
    });
    canvas.dataset.drawn = 'true';
    return chart;
  }

  const hours = rows => rows.map(row => Number(row.savedHours));

  load('/time-saved?groupBy=month&' + range).then(report => {
    draw('chart-month', 'bar', report.rows.map(row => row.label), hours(report.rows));
  });
  load('/time-saved?groupBy=trend&' + range).then(report => {
    draw('chart-trend', 'bar', report.rows.map(row => row.label), hours(report.rows), { indexAxis: 'y' }, true);
  });
  load('/trends?' + range).then(trends => {
    draw('chart-score', 'bar', trends.map(trend => trend.name), trends.map(trend => trend.score),
      { indexAxis: 'y', scales: { x: { min: 0, max: 100 } } }, true);
  });
  load('/cyber-checks').then(checks => {
    draw('chart-cyber', 'line', checks.map(check => check.answeredOn), checks.map(check => check.score),
      { scales: { y: { min: 0, max: 100 } } });
  });
  load('/invoices?' + range).then(figures => {
    draw('chart-leadtime', 'line', figures.byMonth.map(month => month.month),
      figures.byMonth.map(month => month.averageLeadTimeHours === null ? null : Number(month.averageLeadTimeHours)));
  });
})();
