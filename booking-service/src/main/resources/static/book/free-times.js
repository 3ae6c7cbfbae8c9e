// The free times of one day as radio buttons, shared by the booking and the manage pages. Only the answer to the
// latest question is shown: a slower answer to an earlier choice (another day, another therapist) is dropped.
'use strict';

const FreeTimes = (() => {
  let asked = 0;

  /**
   * Shows the free times for a treatment on a day (optionally with one therapist) in the list, and a status line.
   * The list gets data-day, the day its times are for, and data-count, how many there are (absent while unknown).
   * The radio buttons are named after the prefix (a page with two lists gives each its own).
   */
  async function show({ treatmentId, date, therapistId }, list, status, prefix = 'slot') {
    const question = ++asked;
    list.innerHTML = '';
    delete list.dataset.count;
    if (!treatmentId || !date) { status.textContent = 'Choose a treatment and a day to see the free times.'; return; }
    status.textContent = 'Looking for free times…';
    const params = new URLSearchParams({ treatmentId, date });
    if (therapistId) params.set('therapistId', therapistId);
    try {
      const day = await Spa.api('/api/availability?' + params);
      if (question !== asked) return;
      const seen = new Set();
      const slots = day.slots.filter((s) => !seen.has(s.start) && seen.add(s.start));
      list.innerHTML = slots.map((s, i) => `<li><input type="radio" name="${prefix}" id="${prefix}-${i}" value="${Spa.esc(s.start)}">
          <label for="${prefix}-${i}">${Spa.esc(Spa.time(s.start, day.timeZone))}</label></li>`).join('');
      list.dataset.day = day.date;
      list.dataset.count = String(slots.length);
      status.textContent = slots.length
        ? `${slots.length} free times that day (${day.timeZone}).`
        : !day.spaHours ? 'The spa is closed that day. Please try another day.'
        : 'No free times that day. Please try another day' + (therapistId ? ' or any therapist.' : '.');
    } catch (problem) {
      if (question === asked) status.textContent = problem.message;
    }
  }

  return { show };
})();
