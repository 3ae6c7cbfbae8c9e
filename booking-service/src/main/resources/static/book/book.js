// Book online: treatment, day and free time (in the spa's zone), optional therapist, the client's details and
// consents, a promo code quoted before booking, then the confirmation with the manage link.
'use strict';

const $ = (selector) => document.querySelector(selector);
const state = { rules: null, treatments: [], therapists: [], quoteUrl: null, codeApplied: false, attempt: null };

const REFUSALS = {
  UNKNOWN: 'We do not know this code. Please check its spelling.',
  EXPIRED: 'This code is no longer valid.',
  NOT_APPLICABLE: 'This code does not apply to this treatment or time.',
  LIMIT_REACHED: 'This code has been used up.',
  CLIENT_LIMIT_REACHED: 'You have already used this code.',
};

const treatment = () => state.treatments.find((t) => t.id === $('input[name="treatment"]:checked')?.value);
const chosenSlot = () => $('input[name="slot"]:checked');
const localDate = (date, zone) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

async function init() {
  const config = await Spa.config();
  await Spa.header('book');
  state.quoteUrl = config.links.quote ?? null;
  [state.rules, state.treatments, state.therapists] = await Promise.all([Spa.api('/api/spa'), Spa.api('/api/treatments'),
    Spa.api('/api/therapists')]);
  const zone = state.rules.timeZone;
  // the messages' language: the browser's if we write in it, else English
  if ((navigator.language ?? '').toLowerCase().startsWith('pl')) $('#language').value = 'pl';
  $('#zone-hint').textContent = `Times are in the spa's time zone (${zone}).`;
  const today = new Date();
  $('#day').min = localDate(today, zone);
  $('#day').max = localDate(new Date(today.getTime() + state.rules.bookingHorizonDays * 86400000), zone);
  $('#day').value = $('#day').min;
  $('#treatments').innerHTML = state.treatments.map((t) => `<li>
      <input type="radio" name="treatment" id="treatment-${Spa.esc(t.id)}" value="${Spa.esc(t.id)}">
      <label for="treatment-${Spa.esc(t.id)}"><span class="name">${Spa.esc(t.name)}</span>
        <span class="meta">${t.durationMinutes} min · ${Spa.esc(Spa.money(t.price))}</span><br>${Spa.esc(t.description)}</label></li>`)
    .join('');
  const chosen = new URLSearchParams(location.search).get('treatment');
  if (chosen && document.getElementById('treatment-' + chosen)) document.getElementById('treatment-' + chosen).checked = true;
  $('#treatments').addEventListener('change', () => { therapists(); times(); });
  $('#therapist').addEventListener('change', times);
  $('#day').addEventListener('change', times);
  $('#times').addEventListener('change', () => { if (state.codeApplied) quote(); });
  $('#apply-code').addEventListener('click', () => { state.codeApplied = true; quote(); });
  $('#booking').addEventListener('submit', (event) => { event.preventDefault(); book(); });
  therapists();
  times();
}

function therapists() {
  const chosen = treatment();
  const keep = $('#therapist').value;
  const qualified = state.therapists.filter((t) => !chosen || t.specializations.includes(chosen.specialization));
  $('#therapist').innerHTML = '<option value="">Any therapist</option>'
    + qualified.map((t) => `<option value="${Spa.esc(t.id)}">${Spa.esc(t.name)}</option>`).join('');
  if (qualified.some((t) => t.id === keep)) $('#therapist').value = keep;
}

function times() {
  return FreeTimes.show({ treatmentId: treatment()?.id, date: $('#day').value, therapistId: $('#therapist').value },
    $('#times'), $('#times-status'));
}

async function quote() {
  const code = $('#promo').value.trim();
  const out = $('#quote');
  const chosen = treatment();
  if (!code) { out.textContent = 'Enter a code to see your price with it.'; return; }
  if (!chosen || !chosenSlot()) { out.textContent = 'Choose a treatment and a time to see your price with this code.'; return; }
  if (!state.quoteUrl) { out.textContent = 'Your code will be applied when you book.'; return; }
  const params = new URLSearchParams({ treatmentId: chosen.id, start: chosenSlot().value, code });
  const phone = $('#phone').value.replace(/[\s()-]/g, '');
  if (/^\+[1-9]\d{6,14}$/.test(phone)) params.set('phone', phone);
  out.textContent = 'Checking your code…';
  try {
    const q = await Spa.api(state.quoteUrl + '?' + params);
    if (q.codeRefusal) {
      out.textContent = REFUSALS[q.codeRefusal.reason] ?? 'This code cannot be used for this booking.';
    } else if (Number(q.discount.amount) > 0) {
      out.innerHTML = `<del>${Spa.esc(Spa.money(q.listPrice))}</del> <strong id="quoted-price">${Spa.esc(Spa.money(q.finalPrice))}</strong>
        with your code: you save ${Spa.esc(Spa.money(q.discount))}.`;
    } else {
      out.innerHTML = `Price: <strong id="quoted-price">${Spa.esc(Spa.money(q.finalPrice))}</strong>`;
    }
  } catch (problem) {
    out.textContent = problem.message;
  }
}

function request() {
  const slot = chosenSlot();
  return {
    treatmentId: treatment()?.id ?? '',
    therapistId: $('#therapist').value || null,
    start: slot?.value ?? null,
    client: { name: $('#name').value.trim(), phone: $('#phone').value.trim(), email: $('#email').value.trim() || null,
      smsConsent: $('#sms-consent').checked, marketingConsent: $('#marketing-consent').checked,
      language: $('#language').value || null },
    promoCode: $('#promo').value.trim() || null,
  };
}

async function book() {
  const form = $('#booking');
  const alert = $('#alert');
  alert.hidden = true;
  Spa.clearProblem(form);
  const body = request();
  const missing = [];
  if (!body.treatmentId) missing.push({ field: 'treatmentId', message: 'Please choose a treatment.' });
  if (!body.start) missing.push({ field: 'start', message: 'Please choose a free time.' });
  if (!body.client.name) missing.push({ field: 'client.name', message: 'Please enter your name.' });
  if (!body.client.phone) missing.push({ field: 'client.phone', message: 'Please enter your mobile number.' });
  if (missing.length) { Spa.showProblem(form, new Spa.Problem(400, { errors: missing }), alert); return; }
  // the same attempt (e.g. after a lost answer) keeps its idempotency key, so it can never book twice
  const json = JSON.stringify(body);
  if (state.attempt?.json !== json) state.attempt = { json, key: crypto.randomUUID() };
  $('#book').disabled = true;
  try {
    const booking = await Spa.api('/api/bookings', { method: 'POST', body, headers: { 'Idempotency-Key': state.attempt.key } });
    confirmation(booking);
  } catch (problem) {
    Spa.showProblem(form, problem, alert);
    if (problem.status === 409) times();
  } finally {
    $('#book').disabled = false;
  }
}

function summary(booking) {
  const pricing = booking.pricing;
  let price = Spa.esc(Spa.money(booking.listPrice));
  if (pricing && Number(pricing.discount.amount) > 0) {
    price = `<del>${Spa.esc(Spa.money(pricing.listPrice))}</del> <strong>${Spa.esc(Spa.money(pricing.finalPrice))}</strong>
      (you save ${Spa.esc(Spa.money(pricing.discount))})`;
  } else if (pricing) {
    price = `<strong>${Spa.esc(Spa.money(pricing.finalPrice))}</strong>`;
  }
  if (pricing?.codeRefusal) price += `<br><span class="hint">Your promo code was not applied: ${Spa.esc(REFUSALS[pricing.codeRefusal] ?? pricing.codeRefusal)}</span>`;
  $('#summary').innerHTML = `<dt>Treatment</dt><dd>${Spa.esc(booking.treatmentName)}</dd>
    <dt>${booking.secondTherapistName ? 'Therapists' : 'Therapist'}</dt><dd>${Spa.esc(therapists(booking))}</dd>
    ${booking.roomName ? `<dt>Room</dt><dd>${Spa.esc(booking.roomName)}</dd>` : ''}
    <dt>When</dt><dd>${Spa.esc(Spa.dateTime(booking.start, booking.timeZone))} (${Spa.esc(booking.timeZone)})</dd>
    <dt>Price</dt><dd id="summary-price">${price}</dd>`;
}

/** The booking's therapist, or both therapists of a couples massage. */
function therapists(booking) {
  return booking.secondTherapistName ? `${booking.therapistName} and ${booking.secondTherapistName}` : booking.therapistName;
}

async function confirmation(booking) {
  $('#booking').hidden = true;
  $('#alert').hidden = true;
  const section = $('#confirmation');
  section.hidden = false;
  $('#manage-link').href = booking.manageUrl;
  // double opt-in: the phone itself confirms the offers ticked here
  $('#offers-hint').hidden = !$('#marketing-consent').checked;
  summary(booking);
  section.focus();
  const status = $('#confirmation-status');
  status.textContent = 'We are confirming your booking and its price…';
  const headers = { 'X-Manage-Token': booking.manageToken };
  for (let i = 0; i < 30 && booking.status === 'REQUESTED'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    try { booking = await Spa.api('/api/bookings/' + encodeURIComponent(booking.id), { headers }); } catch (e) { /* try again */ }
  }
  summary(booking);
  status.textContent = booking.status === 'CONFIRMED'
    ? 'Confirmed. The confirmation is on its way to you.'
    : 'Your booking is received; the confirmation will follow by SMS or email.';
}

document.addEventListener('DOMContentLoaded', () => init().catch((e) => {
  const alert = $('#alert');
  alert.textContent = 'The booking page could not load: ' + e.message;
  alert.hidden = false;
}));
