// The waitlist on the booking page: when a day has no free time, the client can ask to be told if something frees
// up (the chosen treatment and therapist, a range of days, a window of the day, the same details as for booking).
'use strict';

const Waitlist = (() => {
  const $ = (selector) => document.querySelector(selector);

  /** Offers the waitlist when the chosen day shows no free time. */
  function offer() {
    const treatmentChosen = !!$('input[name="treatment"]:checked');
    const noTimes = $('#times').dataset.count === '0';
    $('#waitlist').hidden = !(treatmentChosen && noTimes);
    if ($('#waitlist').hidden) open(false);
  }

  function open(show) {
    $('#waitlist-wish').hidden = !show;
    $('#waitlist-open').setAttribute('aria-expanded', String(show));
    $('#waitlist-join').hidden = !show;
    $('#book').hidden = show;
    if (show) {
      $('#waitlist-from').value = $('#waitlist-from').value || $('#day').value;
      $('#waitlist-to').value = $('#waitlist-to').value || $('#day').value;
      $('#waitlist-from').min = $('#day').min;
      $('#waitlist-to').min = $('#day').min;
    }
  }

  function request() {
    return {
      treatmentId: $('input[name="treatment"]:checked')?.value ?? '',
      therapistId: $('#therapist').value || null,
      from: $('#waitlist-from').value || null,
      to: $('#waitlist-to').value || null,
      earliest: $('#waitlist-earliest').value || null,
      latest: $('#waitlist-latest').value || null,
      client: { name: $('#name').value.trim(), phone: $('#phone').value.trim(), email: $('#email').value.trim() || null,
        smsConsent: $('#sms-consent').checked, marketingConsent: $('#marketing-consent').checked,
        language: $('#language').value || null },
    };
  }

  async function join() {
    const form = $('#booking');
    const alert = $('#alert');
    alert.hidden = true;
    Spa.clearProblem(form);
    const body = request();
    const missing = [];
    if (!body.from) missing.push({ field: 'from', message: 'Please choose the first day.' });
    if (!body.client.name) missing.push({ field: 'client.name', message: 'Please enter your name.' });
    if (!body.client.phone) missing.push({ field: 'client.phone', message: 'Please enter your mobile number.' });
    if (missing.length) { Spa.showProblem(form, new Spa.Problem(400, { errors: missing }), alert); return; }
    $('#waitlist-join').disabled = true;
    try {
      const entry = await Spa.api('/api/waitlist', { method: 'POST', body });
      joined(entry);
    } catch (problem) {
      Spa.showProblem(form, problem, alert);
    } finally {
      $('#waitlist-join').disabled = false;
    }
  }

  function joined(entry) {
    $('#booking').hidden = true;
    const section = $('#waitlist-joined');
    section.hidden = false;
    const days = entry.from === entry.to ? `on ${entry.from}` : `from ${entry.from} to ${entry.to}`;
    $('#waitlist-summary').textContent = `We will tell you if a time frees up ${days}, starting at ${entry.earliest.slice(0, 5)}`
      + ` or later and finished by ${entry.latest.slice(0, 5)}.`;
    $('#waitlist-leave-link').href = '/book/leave.html?' + new URLSearchParams({ entry: entry.id, token: entry.manageToken });
    section.focus();
  }

  function init() {
    $('#waitlist-open').addEventListener('click', () => open($('#waitlist-wish').hidden));
    $('#waitlist-join').addEventListener('click', join);
    // the free times change whenever the treatment, therapist or day does: look again once they are shown
    new MutationObserver(offer).observe($('#times-status'), { childList: true, characterData: true, subtree: true });
  }

  return { init };
})();

document.addEventListener('DOMContentLoaded', () => Waitlist.init());
