// Manage my booking, at the link of every confirmation (/manage/{id}?token=...): see it, move it to another free
// time, or cancel it, warned when the cancellation would be late.
'use strict';

const $ = (selector) => document.querySelector(selector);
const id = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop());
const headers = { 'X-Manage-Token': new URLSearchParams(location.search).get('token') ?? '' };
const state = { booking: null, rules: null, quoteUrl: null };
const STATUS = { REQUESTED: 'Being confirmed', CONFIRMED: 'Confirmed', CANCELLED: 'Cancelled', COMPLETED: 'Completed',
  NO_SHOW: 'Missed' };
const localDate = (iso, zone) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

async function init() {
  const config = await Spa.config();
  state.quoteUrl = config.links.quote ?? null;
  await Spa.header('manage');
  [state.rules, state.booking] = await Promise.all([Spa.api('/api/spa'), Spa.api('/api/bookings/' + encodeURIComponent(id), { headers })]);
  const therapists = await Spa.api('/api/therapists');
  const treatment = await Spa.api('/api/treatments/' + encodeURIComponent(state.booking.treatmentId));
  $('#therapist').innerHTML = `<option value="${Spa.esc(state.booking.therapistId)}">${Spa.esc(state.booking.therapistName)} (as booked)</option>
    <option value="">Any therapist</option>`
    + therapists.filter((t) => t.id !== state.booking.therapistId && t.specializations.includes(treatment.specialization))
      .map((t) => `<option value="${Spa.esc(t.id)}">${Spa.esc(t.name)}</option>`).join('');
  $('#zone-hint').textContent = `Times are in the spa's time zone (${state.rules.timeZone}).`;
  $('#day').min = localDate(new Date().toISOString(), state.rules.timeZone);
  $('#day').value = localDate(state.booking.start, state.booking.timeZone);
  $('#day').addEventListener('change', times);
  $('#therapist').addEventListener('change', times);
  $('#times').addEventListener('change', priceAtNewTime);
  $('#reschedule').addEventListener('submit', (event) => { event.preventDefault(); move(); });
  $('#cancel-start').addEventListener('click', () => { $('#cancel-confirm').hidden = false; $('#cancel-yes').focus(); });
  $('#cancel-no').addEventListener('click', () => { $('#cancel-confirm').hidden = true; $('#cancel-start').focus(); });
  $('#cancel').addEventListener('submit', (event) => { event.preventDefault(); cancel(); });
  $('#language-form').addEventListener('submit', (event) => { event.preventDefault(); language(); });
  show();
}

function show() {
  const b = state.booking;
  const pricing = b.pricing;
  const price = pricing ? (Number(pricing.discount.amount) > 0
    ? `<del>${Spa.esc(Spa.money(pricing.listPrice))}</del> <strong>${Spa.esc(Spa.money(pricing.finalPrice))}</strong>`
    : Spa.esc(Spa.money(pricing.finalPrice))) : Spa.esc(Spa.money(b.listPrice));
  $('#summary').innerHTML = `<dt>Status</dt><dd id="status">${Spa.esc(STATUS[b.status] ?? b.status)}</dd>
    <dt>Treatment</dt><dd>${Spa.esc(b.treatmentName)}</dd>
    <dt>${b.secondTherapistName ? 'Therapists' : 'Therapist'}</dt><dd>${Spa.esc(b.secondTherapistName
      ? `${b.therapistName} and ${b.secondTherapistName}` : b.therapistName)}</dd>
    ${b.roomName ? `<dt>Room</dt><dd>${Spa.esc(b.roomName)}</dd>` : ''}
    <dt>When</dt><dd id="when">${Spa.esc(Spa.dateTime(b.start, b.timeZone))} (${Spa.esc(b.timeZone)})</dd>
    <dt>Price</dt><dd>${price}</dd>`
    + (b.cancellation ? `<dt>Cancelled</dt><dd>${b.cancellation.late ? 'Late cancellation' : 'In time'}</dd>` : '');
  $('#booking').hidden = false;
  const open = (b.status === 'REQUESTED' || b.status === 'CONFIRMED') && new Date(b.start) > new Date();
  $('#reschedule').hidden = !open;
  $('#language-form').hidden = !open;
  if (b.language) $('#language').value = b.language;
  $('#cancel').hidden = !open;
  $('#cancel-confirm').hidden = true;
  const lateFrom = new Date(new Date(b.start).getTime() - state.rules.lateCancelWindowMinutes * 60000);
  const late = new Date() >= lateFrom;
  const hours = Math.round(state.rules.lateCancelWindowMinutes / 60);
  const window = hours > 24 && hours % 24 === 0 ? `${hours / 24} days` : `${hours} hours`;
  $('#late-warning').hidden = !late;
  $('#late-warning').textContent = `Your appointment starts in less than ${window}: cancelling now is a late cancellation.`;
  $('#cancel-question').textContent = late ? 'Cancel anyway? This counts as a late cancellation.' : 'Do you really want to cancel this appointment?';
  if (open) times();
}

// A move is priced again (a discount the new time does not earn is gone, one it earns is given): the client sees the
// price at the chosen time before moving. The quote knows no client, so discounts that depend on the client's history
// are named as "may apply".
async function priceAtNewTime() {
  const out = $('#move-price');
  const slot = $('input[name="slot"]:checked');
  const current = state.booking.pricing?.finalPrice ?? state.booking.listPrice;
  if (!slot) { out.textContent = ''; return; }
  if (!state.quoteUrl) { out.textContent = 'The price at the new time is confirmed after the move.'; return; }
  const params = new URLSearchParams({ treatmentId: state.booking.treatmentId, start: slot.value });
  if (state.booking.promoCode) params.set('code', state.booking.promoCode);
  out.textContent = 'Checking the price at this time…';
  try {
    const q = await Spa.api(state.quoteUrl + '?' + params);
    const changed = Number(q.finalPrice.amount) !== Number(current.amount) || q.finalPrice.currency !== current.currency;
    const may = (q.mayApply ?? []).map((p) => p.name).join(', ');
    out.innerHTML = `Price at this time: <strong id="move-price-amount">${Spa.esc(Spa.money(q.finalPrice))}</strong>`
      + (changed ? ` (now ${Spa.esc(Spa.money(current))})` : ' (unchanged)')
      + (q.codeRefusal ? `. Your code ${Spa.esc(q.codeRefusal.code)} does not apply at this time` : '')
      + (may ? `. May also apply: ${Spa.esc(may)}` : '') + '.';
  } catch (problem) {
    out.textContent = 'The price at the new time could not be checked (' + problem.message + '); it is confirmed after the move.';
  }
}

function times() {
  $('#move-price').textContent = '';
  return FreeTimes.show({ treatmentId: state.booking.treatmentId, date: $('#day').value, therapistId: $('#therapist').value },
    $('#times'), $('#times-status'));
}

async function act(form, call, done) {
  const alert = $('#alert');
  alert.hidden = true;
  $('#notice').hidden = true;
  Spa.clearProblem(form);
  form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
  try {
    state.booking = await call();
    show();
    $('#notice').textContent = done;
    $('#notice').hidden = false;
    $('#notice').focus();
  } catch (problem) {
    Spa.showProblem(form, problem, alert);
    if (problem.status === 409) times();
  } finally {
    form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
  }
}

function move() {
  const slot = $('input[name="slot"]:checked');
  if (!slot) {
    Spa.showProblem($('#reschedule'), new Spa.Problem(400, { errors: [{ field: 'start', message: 'Please choose a free time.' }] }), $('#alert'));
    return;
  }
  act($('#reschedule'), () => Spa.api(`/api/bookings/${encodeURIComponent(id)}/reschedule`, { method: 'POST', headers,
    body: { start: slot.value, therapistId: $('#therapist').value || null } }),
  'Your booking is moved. We will send you the new time.');
}

function language() {
  act($('#language-form'), () => Spa.api(`/api/bookings/${encodeURIComponent(id)}/language`, { method: 'POST', headers,
    body: { language: $('#language').value } }),
  'Saved: the next messages about this booking come in this language.');
}

function cancel() {
  act($('#cancel'), () => Spa.api(`/api/bookings/${encodeURIComponent(id)}/cancel`, { method: 'POST', headers,
    body: { reason: $('#reason').value.trim() || null } }),
  'Your booking is cancelled. We will send you a confirmation of the cancellation.');
}

document.addEventListener('DOMContentLoaded', () => init().catch((problem) => {
  const alert = $('#alert');
  alert.textContent = problem.status === 403 || problem.status === 404
    ? 'This link does not open a booking: ' + problem.message + ' Please use the latest link we sent you, or call the spa.'
    : 'Your booking could not be loaded: ' + problem.message;
  alert.hidden = false;
  alert.focus();
}));
