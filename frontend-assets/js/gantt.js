// The capacity page's Gantt: drag a production order's bar to another day and its page opens with the move previewed
// (the customers' orders it moves shown before saving). <tr data-reschedule="/production/orders/1" data-due="2027-01-08">
// with <td data-day="2027-01-04" draggable="true"> on the bar's days. The keyboard way is the form on the order's page.
(function () {
  'use strict';

  function shift(dateText, days) {
    var d = new Date(dateText + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().substring(0, 10);
  }

  function between(from, to) {
    return Math.round((new Date(to + 'T00:00:00Z') - new Date(from + 'T00:00:00Z')) / 86400000);
  }

  function init() {
    document.querySelectorAll('tr[data-reschedule]').forEach(function (row) {
      var from = null;
      row.querySelectorAll('td[draggable="true"]').forEach(function (cell) {
        cell.addEventListener('dragstart', function (e) {
          from = cell.getAttribute('data-day');
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', from);
        });
      });
      row.querySelectorAll('td[data-day]').forEach(function (cell) {
        cell.addEventListener('dragover', function (e) {
          if (from) {
            e.preventDefault();
            cell.classList.add('gantt-target');
          }
        });
        cell.addEventListener('dragleave', function () {
          cell.classList.remove('gantt-target');
        });
        cell.addEventListener('drop', function (e) {
          e.preventDefault();
          cell.classList.remove('gantt-target');
          if (!from) {
            return;
          }
          var days = between(from, cell.getAttribute('data-day'));
          from = null;
          if (days !== 0) {
            window.location.href = row.getAttribute('data-reschedule') + '?reschedule='
              + shift(row.getAttribute('data-due'), days) + '#production-reschedule';
          }
        });
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
