// Leaves the waitlist with the link given on joining (the entry and its token).
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const params = new URLSearchParams(location.search);
  const button = document.querySelector('#leave');
  const alert = document.querySelector('#alert');
  button.addEventListener('click', async () => {
    alert.hidden = true;
    button.disabled = true;
    try {
      await Spa.api('/api/waitlist/' + encodeURIComponent(params.get('entry') ?? '') + '?'
        + new URLSearchParams({ token: params.get('token') ?? '' }), { method: 'DELETE' });
      document.querySelector('#leave-status').textContent = 'You have left the waitlist.';
      button.hidden = true;
    } catch (problem) {
      alert.textContent = problem.message;
      alert.hidden = false;
      button.disabled = false;
    }
  });
});
