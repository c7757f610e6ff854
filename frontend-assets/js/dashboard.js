// Dashboard charts (Apache ECharts) drawn from the tables beside them: the table is the accessible view of the
// same data. <table data-chart="bar|line|pie" data-chart-target="id">: first cell of a row is the label, the cell
// with data-value is the value.
(function () {
  'use strict';

  function draw() {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll('table[data-chart]').forEach(function (table) {
      var target = document.getElementById(table.getAttribute('data-chart-target'));
      if (!target) {
        return;
      }
      var labels = [];
      var values = [];
      table.querySelectorAll('tbody tr').forEach(function (row) {
        var valueCell = row.querySelector('[data-value]');
        if (!valueCell || valueCell.getAttribute('data-value') === '') {
          return;
        }
        labels.push(row.cells[0].textContent.trim());
        values.push(Number(valueCell.getAttribute('data-value')));
      });
      if (values.length === 0) {
        target.style.display = 'none';
        return;
      }
      target.style.height = '240px';
      var kind = table.getAttribute('data-chart');
      var chart = window.echarts.init(target, null, {renderer: 'svg'});
      var option = kind === 'pie'
        ? {
            animation: false,
            tooltip: {trigger: 'item'},
            series: [{type: 'pie', radius: '65%', data: labels.map(function (l, i) {
              return {name: l, value: values[i]};
            })}]
          }
        : {
            animation: false,
            tooltip: {trigger: 'axis'},
            grid: {left: 60, right: 16, top: 16, bottom: 40},
            xAxis: {type: 'category', data: labels, axisLabel: {hideOverlap: true}},
            yAxis: {type: 'value'},
            series: [{type: kind === 'line' ? 'line' : 'bar', data: values, itemStyle: {color: '#0d4f8b'}}]
          };
      chart.setOption(option);
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
