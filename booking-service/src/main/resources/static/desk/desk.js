// The front desk: the spa's day with one column per therapist (bookings coloured by status, a tick for clients who
// confirmed by SMS), a booking's details and timeline of messages, its actions (complete, no-show, cancel, move to a
// free time), client search and history, the clients' replies that need a person, and a new booking for a client on
// the phone. Staff sign in with the authorization code flow and PKCE; the page refreshes itself.
'use strict';

const $ = (selector) => document.querySelector(selector);
const CALLBACK = '/desk/callback';
const REFRESH_MS = 30000;
const PX_PER_MINUTE = 1.1;
const STATUS = { REQUESTED: 'Being confirmed', CONFIRMED: 'Confirmed', CANCELLED: 'Cancelled', COMPLETED: 'Completed',
  NO_SHOW: 'No-show' };
const PURPOSE = { CONFIRMATION: 'Confirmation', REMINDER: 'Reminder', RESCHEDULE: 'Change of time', CANCELLATION: 'Cancellation',
  THANK_YOU: 'Thank you', OFFER: 'Offer', REPLY: 'Answer to a reply' };
const state = { rules: null, therapists: [], treatments: [], rooms: [], bookings: [], selected: null, notifications: null,
  view: 'therapists' };
const call = (path, options = {}) => Spa.api(path, { ...options, auth: true });
const notificationApi = (path) => call(new URL(path, state.notifications).href);

const localDate = (iso, zone) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit',
  day: '2-digit' }).format(new Date(iso));
const minutes = (hhmm) => { const [h, m] = hhmm.split(':').map(Number); return h * 60 + m; };
/** Minutes since the spa's midnight of the day the instant falls on. */
function minuteOfDay(iso) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: state.rules.timeZone, hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23' }).formatToParts(new Date(iso));
  const part = (type) => Number(parts.find((p) => p.type === type).value);
  return part('hour') * 60 + part('minute');
}
const shiftDay = (date, days) => { const d = new Date(date + 'T12:00:00Z'); d.setUTCDate(d.getUTCDate() + days); return d.toISOString().slice(0, 10); };
const maskPhone = (phone) => (phone && phone.length > 6 ? phone.slice(0, 3) + ' *** *** ' + phone.slice(-3) : '***');

function fail(error, alert = $('#alert')) {
  alert.textContent = error.message;
  alert.className = 'alert';
  alert.hidden = false;
}

function note(message, alert = $('#alert')) {
  alert.textContent = message;
  alert.className = 'alert ok';
  alert.hidden = false;
}

async function init() {
  try {
    if (await Spa.completeSignIn(CALLBACK)) history.replaceState(null, '', '/desk');
  } catch (e) {
    fail(e);
  }
  const person = Spa.person();
  await Spa.header('desk', { signedInAs: person?.name });
  $('#sign-in').addEventListener('click', () => Spa.signIn(CALLBACK));
  if (!person || !person.roles.includes('staff')) {
    $('#signed-out').hidden = false;
    if (person) fail(new Error(`${person.name} is signed in without the staff role.`));
    return;
  }
  $('#desk').hidden = false;
  const { links } = await Spa.config();
  state.notifications = links.notifications ?? null;
  [state.rules, state.therapists, state.treatments, state.rooms] = await Promise.all([Spa.api('/api/spa'),
    Spa.api('/api/therapists'), Spa.api('/api/treatments'), call('/api/rooms').catch(() => [])]);
  // today, unless a day was chosen while the desk was loading
  if (!$('#day').value) $('#day').value = localDate(new Date().toISOString(), state.rules.timeZone);
  $('#new-day').value = $('#day').value;
  $('#new-treatment').innerHTML = state.treatments.map((t) => `<option value="${Spa.esc(t.id)}">${Spa.esc(t.name)}</option>`).join('');
  wire();
  newBookingTherapists();
  await refresh();
  setInterval(() => refresh().catch(fail), REFRESH_MS);
}

function wire() {
  $('#day').addEventListener('change', () => refresh().catch(fail));
  $('#previous-day').addEventListener('click', () => goTo(shiftDay($('#day').value, -1)));
  $('#next-day').addEventListener('click', () => goTo(shiftDay($('#day').value, 1)));
  $('#today').addEventListener('click', () => goTo(localDate(new Date().toISOString(), state.rules.timeZone)));
  for (const [button, view] of [['#by-therapist', 'therapists'], ['#by-room', 'rooms']]) {
    $(button).addEventListener('click', () => {
      state.view = view;
      $('#by-therapist').setAttribute('aria-pressed', String(view === 'therapists'));
      $('#by-room').setAttribute('aria-pressed', String(view === 'rooms'));
      renderDay($('#day').value);
    });
  }
  $('#day-view').addEventListener('click', (event) => {
    const block = event.target.closest('.booking');
    if (block) openBooking(block.dataset.id).catch(fail);
  });
  $('#close-booking').addEventListener('click', closeBooking);
  $('#complete').addEventListener('click', () => act('complete'));
  $('#no-show').addEventListener('click', () => act('no-show'));
  $('#cancel-start').addEventListener('click', () => { $('#cancel-form').hidden = false; $('#move-form').hidden = true; $('#cancel-reason').focus(); });
  $('#cancel-back').addEventListener('click', () => { $('#cancel-form').hidden = true; });
  $('#cancel-form').addEventListener('submit', (event) => { event.preventDefault(); cancelBooking(); });
  $('#move-start').addEventListener('click', startMove);
  $('#move-back').addEventListener('click', () => { $('#move-form').hidden = true; });
  $('#move-day').addEventListener('change', moveTimes);
  $('#move-therapist').addEventListener('change', moveTimes);
  $('#move-form').addEventListener('submit', (event) => { event.preventDefault(); move(); });
  $('#search-form').addEventListener('submit', (event) => { event.preventDefault(); search(); });
  $('#clients').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-client]');
    if (button) history_(button.dataset.client, button.dataset.name);
  });
  for (const list of ['#history', '#replies']) {
    $(list).addEventListener('click', (event) => {
      const button = event.target.closest('button[data-booking]');
      if (button) openBooking(button.dataset.booking, true).catch(fail);
    });
  }
  $('#new-treatment').addEventListener('change', () => { newBookingTherapists(); newTimes(); });
  $('#new-therapist').addEventListener('change', newTimes);
  $('#new-day').addEventListener('change', newTimes);
  $('#new-booking').addEventListener('submit', (event) => { event.preventDefault(); book(); });
}

function goTo(date) {
  $('#day').value = date;
  refresh().catch(fail);
}

async function refresh() {
  const date = $('#day').value;
  const [bookings] = await Promise.all([call('/api/bookings?date=' + encodeURIComponent(date)), replies()]);
  if (date !== $('#day').value) return;
  state.bookings = bookings;
  renderDay(date);
  $('#updated').textContent = 'Updated ' + Spa.time(new Date().toISOString(), state.rules.timeZone);
}

// ---- the day: a column per therapist, a block per booking, placed by its start and length

function renderDay(date) {
  const starts = state.bookings.map((b) => minuteOfDay(b.start));
  const ends = state.bookings.map((b) => minuteOfDay(b.start) + (new Date(b.end) - new Date(b.start)) / 60000);
  const from = Math.floor(Math.min(minutes(state.rules.opens), ...starts) / 60) * 60;
  const to = Math.ceil(Math.max(minutes(state.rules.closes), ...ends) / 60) * 60;
  const height = (to - from) * PX_PER_MINUTE;
  const columns = state.view === 'rooms' ? roomColumns() : therapistColumns();
  const hours = [];
  for (let m = from; m < to; m += 60) hours.push(m);
  const view = $('#day-view');
  view.innerHTML = `<div class="hours"><div class="corner" aria-hidden="true"></div><div class="hour-lane">${hours
    .map((m) => `<span class="hour-mark" data-minute="${m}">${String(m / 60).padStart(2, '0')}:00</span>`).join('')}</div></div>`
    + columns.map((c) => `<div class="column" ${c.attribute}="${Spa.esc(c.id)}"><h3>${Spa.esc(c.name)}</h3>
      <div class="lane">${hours.map((m) => `<span class="hour-mark" data-minute="${m}"></span>`).join('')}${state.bookings
        .filter(c.holds).map(block).join('')}</div></div>`).join('');
  // positions are set through the CSS object model: the Content-Security-Policy refuses style attributes
  view.querySelectorAll('.lane, .hour-lane').forEach((lane) => { lane.style.height = height + 'px'; });
  view.querySelectorAll('.hour-mark').forEach((mark) => { mark.style.top = (Number(mark.dataset.minute) - from) * PX_PER_MINUTE + 'px'; });
  view.querySelectorAll('.booking').forEach((el) => {
    const b = state.bookings.find((x) => x.id === el.dataset.id);
    const start = minuteOfDay(b.start);
    el.style.top = (start - from) * PX_PER_MINUTE + 'px';
    el.style.height = Math.max(24, ((new Date(b.end) - new Date(b.start)) / 60000) * PX_PER_MINUTE - 2) + 'px';
  });
  $('#day-title').textContent = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: 'UTC' })
    .format(new Date(date + 'T12:00:00Z'));
}

/** A column per therapist; a couples massage is in both its therapists' columns. */
function therapistColumns() {
  const therapists = [...state.therapists];
  for (const b of state.bookings) {
    if (!therapists.some((t) => t.id === b.therapistId)) therapists.push({ id: b.therapistId, name: b.therapistName });
    if (b.secondTherapistId && !therapists.some((t) => t.id === b.secondTherapistId)) {
      therapists.push({ id: b.secondTherapistId, name: b.secondTherapistName });
    }
  }
  return therapists.map((t) => ({ id: t.id, name: t.name, attribute: 'data-therapist',
    holds: (b) => b.therapistId === t.id || b.secondTherapistId === t.id }));
}

/** A column per room, and one for bookings made before the spa knew its rooms, if the day has any. */
function roomColumns() {
  const rooms = state.rooms.map((r) => ({ id: r.id, name: r.name }));
  for (const b of state.bookings) {
    if (b.roomId && !rooms.some((r) => r.id === b.roomId)) rooms.push({ id: b.roomId, name: b.roomName ?? b.roomId });
  }
  const columns = rooms.map((r) => ({ id: r.id, name: r.name, attribute: 'data-room', holds: (b) => b.roomId === r.id }));
  if (state.bookings.some((b) => !b.roomId)) {
    columns.push({ id: '', name: 'No room', attribute: 'data-room', holds: (b) => !b.roomId });
  }
  return columns;
}

function block(b) {
  const when = `${Spa.time(b.start, b.timeZone)}–${Spa.time(b.end, b.timeZone)}`;
  const sms = b.confirmedByClient ? '<span class="sms-ok" title="Confirmed by SMS">&#10003;<span class="sr-only"> confirmed by SMS</span></span>' : '';
  return `<button type="button" class="booking status-${Spa.esc(b.status)}" data-id="${Spa.esc(b.id)}" data-status="${Spa.esc(b.status)}"
    aria-pressed="${state.selected?.id === b.id}" aria-label="${Spa.esc(`${when} ${b.clientName}, ${b.treatmentName}, ${STATUS[b.status] ?? b.status}${b.confirmedByClient ? ', confirmed by SMS' : ''}`)}">
    ${sms}<span class="who">${Spa.esc(b.clientName)}</span><span class="what">${Spa.esc(when)} ${Spa.esc(b.treatmentName)}</span>
    <span class="what">${Spa.esc(state.view === 'rooms' ? [b.therapistName, b.secondTherapistName].filter(Boolean).join(' & ')
      : (b.roomName ?? ''))}</span></button>`;
}

// ---- one booking: details, actions, timeline

async function openBooking(id, showItsDay = false) {
  const booking = await call('/api/bookings/' + encodeURIComponent(id));
  state.selected = booking;
  if (showItsDay && localDate(booking.start, booking.timeZone) !== $('#day').value) {
    $('#day').value = localDate(booking.start, booking.timeZone);
    await refresh();
  }
  document.querySelectorAll('.booking').forEach((el) => el.setAttribute('aria-pressed', String(el.dataset.id === id)));
  showBooking();
  $('#booking-panel').hidden = false;
  $('#booking-panel').focus();
  await timeline(booking);
}

function closeBooking() {
  state.selected = null;
  $('#booking-panel').hidden = true;
  document.querySelectorAll('.booking').forEach((el) => el.setAttribute('aria-pressed', 'false'));
}

function showBooking() {
  const b = state.selected;
  const listed = state.bookings.find((x) => x.id === b.id);
  const price = b.pricing ? Spa.money(b.pricing.finalPrice) : Spa.money(b.listPrice) + ' (list price, not yet priced)';
  const promotions = (b.pricing?.appliedPromotions ?? []).map((p) => `${p.name} (−${Spa.money(p.discount)})`).join(', ');
  $('#booking-summary').innerHTML = `<dt>Client</dt><dd id="booking-client">${Spa.esc(b.clientName)}${listed ? ' · ' + Spa.esc(listed.clientPhone) : ''}</dd>
    <dt>Status</dt><dd id="booking-status">${Spa.esc(STATUS[b.status] ?? b.status)}${b.clientConfirmedAt ? ' · confirmed by SMS' : ''}</dd>
    <dt>Treatment</dt><dd>${Spa.esc(b.treatmentName)}</dd><dt>Therapist</dt><dd id="booking-therapist">${Spa.esc(
      [b.therapistName, b.secondTherapistName].filter(Boolean).join(' and '))}</dd>`
    + (b.roomName ? `<dt>Room</dt><dd id="booking-room">${Spa.esc(b.roomName)}</dd>` : '') + `
    <dt>When</dt><dd id="booking-when">${Spa.esc(Spa.dateTime(b.start, b.timeZone))}–${Spa.esc(Spa.time(b.end, b.timeZone))}</dd>
    <dt>Price</dt><dd>${Spa.esc(price)}</dd>` + (promotions ? `<dt>Promotions</dt><dd>${Spa.esc(promotions)}</dd>` : '')
    + (b.promoCode ? `<dt>Code</dt><dd>${Spa.esc(b.promoCode)}</dd>` : '');
  const open = b.status === 'REQUESTED' || b.status === 'CONFIRMED';
  // completed or missed: a confirmed booking once its time has come (booking-service refuses it earlier)
  const started = new Date(b.start) <= new Date();
  $('#complete').hidden = b.status !== 'CONFIRMED' || !started;
  $('#no-show').hidden = b.status !== 'CONFIRMED' || !started;
  $('#move-start').hidden = b.status !== 'CONFIRMED'; // a booking is moved once confirmed
  $('#cancel-start').hidden = !open;
  $('#cancel-form').hidden = true;
  $('#move-form').hidden = true;
}

async function timeline(b) {
  const listed = state.bookings.find((x) => x.id === b.id);
  const by = listed ? (listed.bookedByStaff ? ` by ${listed.bookedByStaff} (staff)` : ' online') : '';
  const entries = [{ at: b.requestedAt, text: 'Booked' + by }];
  if (b.confirmedAt) entries.push({ at: b.confirmedAt, text: 'Confirmed at ' + Spa.money(b.pricing?.finalPrice ?? b.listPrice) });
  if (b.clientConfirmedAt) entries.push({ at: b.clientConfirmedAt, text: 'The client replied C: they will come' });
  if (b.cancellation) entries.push({ at: b.cancellation.at, text: `Cancelled by ${b.cancellation.by.toLowerCase()}`
    + (b.cancellation.reason ? `: ${b.cancellation.reason}` : '') + (b.cancellation.late ? ' (late)' : '') });
  let unavailable = '';
  if (state.notifications) {
    try {
      const [messages, replies] = await Promise.all([
        notificationApi('/api/clients/' + encodeURIComponent(b.clientId) + '/notifications'),
        notificationApi('/api/replies?clientId=' + encodeURIComponent(b.clientId))]);
      for (const m of messages.filter((x) => x.bookingId === b.id)) {
        entries.push({ at: m.sentAt ?? m.createdAt, text: `${PURPOSE[m.purpose] ?? m.purpose} by ${m.channel === 'SMS' ? 'SMS' : 'email'}: ${m.status.toLowerCase()}` });
      }
      for (const r of replies.filter((x) => !x.bookingId || x.bookingId === b.id)) {
        entries.push({ at: r.receivedAt, text: `The client wrote: “${r.body}”` });
      }
    } catch (problem) {
      unavailable = 'The messages cannot be shown right now: ' + problem.message;
    }
  }
  if (state.selected?.id !== b.id) return;
  entries.sort((x, y) => new Date(x.at) - new Date(y.at));
  $('#timeline').innerHTML = entries.map((e) => `<li><time datetime="${Spa.esc(e.at)}">${Spa.esc(Spa.dateTime(e.at, b.timeZone))}</time>${Spa.esc(e.text)}</li>`).join('')
    + (unavailable ? `<li class="hint">${Spa.esc(unavailable)}</li>` : '');
}

async function act(action) {
  const id = state.selected.id;
  try {
    state.selected = await call(`/api/bookings/${encodeURIComponent(id)}/${action}`, { method: 'POST' });
    note(`${state.selected.clientName}: ${STATUS[state.selected.status]}.`);
    showBooking();
    await refresh();
    await timeline(state.selected);
  } catch (problem) {
    fail(problem);
  }
}

async function cancelBooking() {
  const id = state.selected.id;
  const reason = $('#cancel-reason').value.trim();
  try {
    state.selected = await call(`/api/bookings/${encodeURIComponent(id)}/cancel`, { method: 'POST', body: reason ? { reason } : {} });
    $('#cancel-reason').value = '';
    note(`${state.selected.clientName}'s booking is cancelled.`);
    showBooking();
    await refresh();
    await timeline(state.selected);
  } catch (problem) {
    Spa.showProblem($('#cancel-form'), problem, $('#alert'));
  }
}

function startMove() {
  const b = state.selected;
  const treatment = state.treatments.find((t) => t.id === b.treatmentId);
  const qualified = state.therapists.filter((t) => !treatment || t.specializations.includes(treatment.specialization));
  $('#move-therapist').innerHTML = `<option value="${Spa.esc(b.therapistId)}">${Spa.esc(b.therapistName)} (as booked)</option>
    <option value="">Any therapist</option>` + qualified.filter((t) => t.id !== b.therapistId)
    .map((t) => `<option value="${Spa.esc(t.id)}">${Spa.esc(t.name)}</option>`).join('');
  $('#move-day').value = localDate(b.start, b.timeZone);
  $('#move-form').hidden = false;
  $('#cancel-form').hidden = true;
  moveTimes();
}

function moveTimes() {
  FreeTimes.show({ treatmentId: state.selected.treatmentId, date: $('#move-day').value, therapistId: $('#move-therapist').value },
    $('#move-times'), $('#move-status'), 'move-slot');
}

async function move() {
  const form = $('#move-form');
  const chosen = form.querySelector('input[name="move-slot"]:checked');
  if (!chosen) {
    Spa.showProblem(form, new Spa.Problem(400, { detail: 'Choose a free time.', errors: [{ field: 'start', message: 'Choose a free time.' }] }), $('#alert'));
    return;
  }
  const therapistId = $('#move-therapist').value || null;
  try {
    state.selected = await call(`/api/bookings/${encodeURIComponent(state.selected.id)}/reschedule`,
      { method: 'POST', body: { start: chosen.value, therapistId } });
    Spa.clearProblem(form);
    note(`${state.selected.clientName} moved to ${Spa.dateTime(state.selected.start, state.selected.timeZone)} with ${state.selected.therapistName}.`);
    $('#day').value = localDate(state.selected.start, state.selected.timeZone);
    showBooking();
    await refresh();
    document.querySelectorAll('.booking').forEach((el) => el.setAttribute('aria-pressed', String(el.dataset.id === state.selected.id)));
    await timeline(state.selected);
  } catch (problem) {
    Spa.showProblem(form, problem, $('#alert'));
    moveTimes();
  }
}

// ---- clients: search, history; replies that need a person

async function search() {
  const form = $('#search-form');
  Spa.clearProblem(form);
  try {
    const clients = await call('/api/clients?query=' + encodeURIComponent($('#client-query').value.trim()));
    $('#clients').innerHTML = clients.length ? clients.map((c) => `<li><button type="button" class="link" data-client="${Spa.esc(c.id)}"
      data-name="${Spa.esc(c.name)}">${Spa.esc(c.name)}</button> <span class="hint">${Spa.esc(c.phone)}${c.tags.length ? ' · ' + Spa.esc(c.tags.join(', ')) : ''}</span></li>`).join('')
      : '<li class="hint">No client found.</li>';
    $('#history-area').hidden = true;
  } catch (problem) {
    Spa.showProblem(form, problem, $('#alert'));
  }
}

async function history_(clientId, name) {
  try {
    const bookings = await call('/api/clients/' + encodeURIComponent(clientId) + '/bookings');
    $('#history-title').textContent = `${name}: bookings, latest first`;
    $('#history').innerHTML = bookings.length ? bookings.map((b) => `<li><button type="button" class="link" data-booking="${Spa.esc(b.id)}">
      ${Spa.esc(Spa.dateTime(b.start, b.timeZone))}</button><br><span class="hint">${Spa.esc(b.treatmentName)} with ${Spa.esc(b.therapistName)} · ${Spa.esc(STATUS[b.status] ?? b.status)}</span></li>`).join('')
      : '<li class="hint">No bookings.</li>';
    $('#history-area').hidden = false;
  } catch (problem) {
    fail(problem);
  }
}

async function replies() {
  if (!state.notifications) return;
  try {
    const list = (await notificationApi('/api/replies')).slice(0, 20);
    $('#replies').innerHTML = list.length ? list.map((r) => `<li><strong>${Spa.esc(r.clientName ?? maskPhone(r.phone))}</strong>
      <span class="hint">${Spa.esc(Spa.dateTime(r.receivedAt, state.rules.timeZone))}</span><br>
      ${r.kind === 'CANCEL_OPT_OUT' ? 'Texted CANCEL: no more SMS to this number' + (r.cancelHintEmailed ? ' (emailed how to cancel)' : '') : '“' + Spa.esc(r.body) + '”'}
      ${r.bookingId ? `<br><button type="button" class="link" data-booking="${Spa.esc(r.bookingId)}">Open the booking</button>` : ''}</li>`).join('')
      : '<li class="hint">Nothing waiting.</li>';
  } catch (problem) {
    $('#replies').innerHTML = `<li class="hint">${Spa.esc('The replies cannot be shown right now: ' + problem.message)}</li>`;
  }
}

// ---- a new booking for a client on the phone or at the desk

function newBookingTherapists() {
  const treatment = state.treatments.find((t) => t.id === $('#new-treatment').value);
  $('#new-therapist').innerHTML = '<option value="">Any therapist</option>' + state.therapists
    .filter((t) => treatment && t.specializations.includes(treatment.specialization))
    .map((t) => `<option value="${Spa.esc(t.id)}">${Spa.esc(t.name)}</option>`).join('');
}

function newTimes() {
  FreeTimes.show({ treatmentId: $('#new-treatment').value, date: $('#new-day').value, therapistId: $('#new-therapist').value },
    $('#new-times'), $('#new-status'), 'new-slot');
}

async function book() {
  const form = $('#new-booking');
  const chosen = form.querySelector('input[name="new-slot"]:checked');
  const body = { treatmentId: $('#new-treatment').value, therapistId: $('#new-therapist').value || null,
    start: chosen?.value ?? null,
    client: { name: $('#new-name').value.trim(), phone: $('#new-phone').value.trim(), email: $('#new-email').value.trim() || null,
      smsConsent: $('#new-sms').checked, marketingConsent: false, language: $('#new-language').value } };
  $('#new-submit').disabled = true;
  try {
    const booking = await call('/api/bookings', { method: 'POST', body, headers: { 'Idempotency-Key': crypto.randomUUID() } });
    Spa.clearProblem(form);
    form.reset();
    $('#new-times').innerHTML = '';
    note(`Booked: ${booking.clientName}, ${Spa.dateTime(booking.start, booking.timeZone)} with ${booking.therapistName}.`, $('#new-alert'));
    await openBooking(booking.id, true);
  } catch (problem) {
    Spa.showProblem(form, problem, $('#new-alert'));
    newTimes();
  } finally {
    $('#new-submit').disabled = false;
  }
}

init().catch(fail);
