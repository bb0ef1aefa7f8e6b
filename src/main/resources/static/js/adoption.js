// Draws the dashboard's charts from the same JSON the API gives programs, for the period on the page.
// Labels read the German way (Dez. 2025, 17.12.2025, 4,5); a click on a bar or point opens what it is made of.
(function () {
  const page = document.getElementById('adoption-dashboard');
  const api = page.dataset.api;
  const pages = page.dataset.pages;
  const from = page.dataset.from;
  const to = page.dataset.to;
  const range = 'from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to);
  const colours = ['#1f5f8b', '#d9822b', '#3a8f5c', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d', '#b7950b'];
  const monthName = new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dayName = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

  function load(path) {
    return fetch(api + path, { headers: { Accept: 'application/json' } }).then(response => {
      if (!response.ok) {
        throw new Error(path + ': ' + response.status);
      }
      return response.json();
    });
  }

  /** "2025-12" as "Dez. 2025". */
  function month(key) {
    const [year, number] = key.split('-').map(Number);
    return monthName.format(new Date(Date.UTC(year, number - 1, 1)));
  }

  /** "2025-12-17" as "17.12.2025". */
  function day(iso) {
    const [year, number, date] = iso.split('-').map(Number);
    return dayName.format(new Date(Date.UTC(year, number - 1, date)));
  }

  /** The first and last day of a month ("2025-12"), within the dashboard's period. */
  function monthRange(key) {
    const [year, number] = key.split('-').map(Number);
    const first = key + '-01';
    const last = key + '-' + String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, '0');
    return 'from=' + (first < from ? from : first) + '&to=' + (last > to ? to : last);
  }

  /** Draws a chart; links[i] is the page behind the i-th bar or point (null: none). */
  function draw(id, type, labels, values, links, options, colourEach) {
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
      options: Object.assign({
        responsive: true,
        animation: false,
        locale: 'de-DE',
        plugins: { legend: { display: type === 'doughnut' } },
        onHover: (event, elements) => {
          event.native.target.style.cursor = elements.length && links[elements[0].index] ? 'pointer' : 'default';
        },
        onClick: (event, elements) => {
          if (elements.length && links[elements[0].index]) {
            window.location.href = links[elements[0].index];
          }
        }
      }, options || {})
    });
    canvas.dataset.links = JSON.stringify(links);
    canvas.dataset.drawn = 'true';
    return chart;
  }

  const hours = rows => rows.map(row => Number(row.savedHours));

  load('/time-saved?groupBy=month&' + range).then(report => {
    draw('chart-month', 'bar', report.rows.map(row => month(row.key)), hours(report.rows),
      report.rows.map(row => pages + '/steps?' + range + '&month=' + encodeURIComponent(row.key)));
  });
  load('/time-saved?groupBy=trend&' + range).then(report => {
    draw('chart-trend', 'bar', report.rows.map(row => row.label), hours(report.rows),
      report.rows.map(row => pages + '/steps?' + range + '&trend=' + encodeURIComponent(row.key)), { indexAxis: 'y' }, true);
  });
  load('/trends?' + range).then(trends => {
    draw('chart-score', 'bar', trends.map(trend => trend.name), trends.map(trend => trend.score),
      trends.map(trend => pages + '/trends/' + encodeURIComponent(trend.id) + '#measures'),
      { indexAxis: 'y', scales: { x: { min: 0, max: 100 } } }, true);
  });
  load('/cyber-checks').then(checks => {
    draw('chart-cyber', 'line', checks.map(check => day(check.answeredOn)), checks.map(check => check.score),
      checks.map(check => pages + '/cyber-checks/' + check.id), { scales: { y: { min: 0, max: 100 } } });
  });
  load('/invoices?' + range).then(figures => {
    draw('chart-leadtime', 'line', figures.byMonth.map(row => month(row.month)),
      figures.byMonth.map(row => row.averageLeadTimeHours === null ? null : Number(row.averageLeadTimeHours)),
      figures.byMonth.map(row => row.posted > 0 ? pages + '/invoices?which=posted&' + monthRange(row.month) : null));
  });
})();
