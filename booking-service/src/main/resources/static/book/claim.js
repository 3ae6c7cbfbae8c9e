// Shows the time a waitlist offer holds for the client (the offer and its token from the
// link) and books it with one button.
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
  const params = new URLSearchParams(location.search);
  const offer = encodeURIComponent(params.get('offer') ?? '');
  const query = '?' + new URLSearchParams({ token: params.get('token') ?? '' });
  const status = document.querySelector('#offer-status');
  const button = document.querySelector('#claim');
  const alert = document.querySelector('#alert');
  const when = (time) => new Date(time).toLocaleString([], { dateStyle: 'full', timeStyle: 'short' });
  const fail = (problem) => {
    alert.textContent = problem.message;
    alert.hidden = false;
  };
  try {
    const held = await Spa.api('/api/waitlist/offers/' + offer + query);
    if (held.status !== 'OFFERED') {
      status.textContent = 'This offer has ended.';
      return;
    }
    status.textContent = held.offered.treatmentName + ' with ' + held.offered.therapistName + ' on '
      + when(held.offered.start) + ', held for you until ' + when(held.expiresAt) + '.';
    button.hidden = false;
  } catch (problem) {
    status.textContent = '';
    fail(problem);
    return;
  }
  button.addEventListener('click', async () => {
    alert.hidden = true;
    button.disabled = true;
    try {
      const booked = await Spa.api('/api/waitlist/offers/' + offer + '/claim' + query, { method: 'POST' });
      status.textContent = 'Booked: ' + booked.appointment.treatmentName + ' on ' + when(booked.appointment.start)
        + '. We will confirm it by SMS.';
      button.hidden = true;
    } catch (problem) {
      fail(problem);
      button.disabled = false;
    }
  });
});
