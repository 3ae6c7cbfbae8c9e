// The marketing console: sign in (authorization code with PKCE), promotions (list, an editor of every field, activate,
// pause, end), campaigns (editor, audience and message preview, launch, pause, resume, cancel, stats that refresh
// while it runs), and how freed time was filled week by week.
// The editor's mapping to and from the API is promotion-form.js.
'use strict';

const $ = (selector) => document.querySelector(selector);
const CALLBACK = '/marketing/callback';
const state = { promotions: [], campaigns: [], treatments: [], editing: null, codes: null, campaign: null, timer: null,
  settings: { currency: 'PLN', timeZone: '' } };
const call = (path, options = {}) => Spa.api(path, { ...options, auth: true });
const instant = (value) => (value ? new Date(value).toISOString() : null);
const number = (value) => (value === '' ? null : Number(value));

async function init() {
  try {
    if (await Spa.completeSignIn(CALLBACK)) history.replaceState(null, '', '/marketing');
  } catch (e) {
    fail(e);
  }
  const person = Spa.person();
  await Spa.header('marketing', { signedInAs: person?.name });
  $('#sign-in').addEventListener('click', () => Spa.signIn(CALLBACK));
  if (!person || !person.roles.includes('marketing')) {
    $('#signed-out').hidden = false;
    if (person) fail(new Error(`${person.name} is signed in without the marketing role.`));
    return;
  }
  $('#console').hidden = false;
  wire();
  state.settings = await call('/api/promotions/settings');
  document.querySelectorAll('.currency').forEach((span) => { span.textContent = state.settings.currency; });
  document.querySelectorAll('.zone').forEach((span) => { span.textContent = state.settings.timeZone; });
  $('#p-days').insertAdjacentHTML('beforeend', PromotionForm.DAYS.map((day) => `<label class="check">
    <input type="checkbox" name="p-day" value="${day}"> <span>${day[0] + day.slice(1).toLowerCase()}</span></label>`).join(''));
  const { links } = await Spa.config();
  try {
    state.treatments = await Spa.api(new URL('/api/treatments', links.book).href);
  } catch (e) {
    state.treatments = [];
  }
  for (const [area, prefix] of [['#p-treatments', 'p'], ['#c-treatments', 'c']]) {
    $(area).insertAdjacentHTML('beforeend', state.treatments.map((t) => `<label class="check">
      <input type="checkbox" name="${prefix}-treatment" value="${Spa.esc(t.id)}"> <span>${Spa.esc(t.name)}</span></label>`).join('')
      || '<p class="hint">The treatment list cannot be loaded right now.</p>');
  }
  await Promise.all([promotions(), campaigns(), fillStats()]);
}

// how freed time was filled, week by week
const wait = (seconds) => (seconds == null ? '—'
  : seconds < 3600 ? `${Math.round(seconds / 60)} min` : `${(seconds / 3600).toFixed(1)} h`);

async function fillStats() {
  let stats;
  try {
    stats = await call('/api/waitlist/stats?weeks=8');
  } catch (e) {
    $('#fill-stats tbody').innerHTML = '<tr><td colspan="7">The fill figures cannot be loaded right now.</td></tr>';
    return;
  }
  $('#fill-stats tbody').innerHTML = stats.weeks.slice().reverse().map((w) => `<tr><td>${Spa.esc(w.week)}</td>
      <td>${w.slotsFreed}</td><td>${w.slotsFilled}</td>
      <td>${w.fillRate == null ? '—' : `${Math.round(w.fillRate * 100)}%`}</td>
      <td>${Spa.esc(wait(w.medianSecondsToFill))}</td><td>${Spa.esc(wait(w.p90SecondsToFill))}</td>
      <td>${Spa.esc(Spa.money(w.revenueRecovered))}</td></tr>`).join('');
}

function wire() {
  $('#new-promotion').addEventListener('click', () => editPromotion(null));
  $('#close-promotion').addEventListener('click', () => { $('#promotion-form').hidden = true; });
  $('#p-kind').addEventListener('change', () => {
    $('#p-code-area').hidden = $('#p-kind').value !== 'CODE';
    $('#p-last-minute-hint').hidden = $('#p-kind').value !== 'LAST_MINUTE';
  });
  $('#p-unique').addEventListener('change', () => { $('#p-shared-code').hidden = $('#p-unique').checked; });
  $('#p-type').addEventListener('change', () => {
    $('#p-value').dataset.field = $('#p-type').value === 'PERCENT' ? 'discount.percent' : 'discount.amount.amount';
    $('#p-value').step = $('#p-type').value === 'PERCENT' ? 'any' : '0.01';
  });
  $('#promotion-form').addEventListener('submit', (event) => { event.preventDefault(); savePromotion(); });
  $('#promotions').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    const id = button.dataset.id;
    if (button.dataset.action === 'edit') editPromotion(state.promotions.find((p) => p.id === id));
    else if (button.dataset.action === 'codes') openCodes(state.promotions.find((p) => p.id === id));
    else changeStatus(id, button.dataset.action);
  });
  $('#close-codes').addEventListener('click', () => { $('#codes-form').hidden = true; });
  $('#codes-form').addEventListener('submit', (event) => { event.preventDefault(); generateCodes(); });
  $('#download-codes').addEventListener('click', () => downloadCodes().catch(fail));
  $('#new-campaign').addEventListener('click', editCampaign);
  $('#close-campaign').addEventListener('click', () => { $('#campaign-form').hidden = true; });
  $('#c-message').addEventListener('input', count);
  $('#campaign-form').addEventListener('submit', (event) => { event.preventDefault(); saveCampaign(); });
  $('#campaigns').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-id]');
    if (button) open(button.dataset.id);
  });
  $('#launch').addEventListener('click', launch);
  for (const action of ['pause', 'resume', 'cancel']) {
    $(`#${action}-campaign`).addEventListener('click', () => changeCampaign(action));
  }
}

function fail(problem) {
  $('#alert').textContent = problem.status === 401 ? 'Your sign-in has expired: please sign in again.' : problem.message;
  $('#alert').hidden = false;
  $('#alert').focus();
}

function notice(text) {
  $('#alert').hidden = true;
  $('#notice').textContent = text;
  $('#notice').hidden = false;
}

const discount = (d) => (d.type === 'PERCENT' ? `${Number(d.percent)}%` : Spa.money(d.amount));
const validity = (p) => new Date(p.validFrom).toLocaleDateString() + (p.validUntil ? ' – ' + new Date(p.validUntil).toLocaleDateString() : ' onwards');
const ACTIONS = { DRAFT: ['activate'], ACTIVE: ['pause', 'end'], PAUSED: ['activate', 'end'], ENDED: [] };

async function promotions() {
  state.promotions = await call('/api/promotions');
  $('#promotions tbody').innerHTML = state.promotions.map((p) => `<tr><td>${Spa.esc(p.name)}</td><td>${Spa.esc(p.code ?? (p.uniqueCodes ? 'one per client' : p.kind === 'LAST_MINUTE' ? 'freed slots, last minute' : '—'))}</td>
      <td>${Spa.esc(discount(p.discount))}</td><td>${Spa.esc(validity(p))}</td><td>${Spa.esc(p.status)}</td>
      <td data-figures="${Spa.esc(p.id)}">…</td>
      <td>${p.status === 'ENDED' ? '' : `<button type="button" class="secondary" data-action="edit" data-id="${Spa.esc(p.id)}" aria-label="Edit ${Spa.esc(p.name)}">Edit</button>`}
      ${p.uniqueCodes && p.status !== 'ENDED' ? `<button type="button" class="secondary" data-action="codes" data-id="${Spa.esc(p.id)}" aria-label="Codes of ${Spa.esc(p.name)}">Codes</button>` : ''}
      ${ACTIONS[p.status].map((a) => `<button type="button" data-action="${a}" data-id="${Spa.esc(p.id)}" aria-label="${a} ${Spa.esc(p.name)}">${a[0].toUpperCase() + a.slice(1)}</button>`).join(' ')}</td></tr>`)
    .join('') || '<tr><td colspan="7">No promotions yet.</td></tr>';
  await Promise.all(state.promotions.map((p) => figures(p).catch(() => {})));
  // a campaign's offers carry a code of each client's own
  $('#c-promotion').innerHTML = state.promotions.filter((p) => p.uniqueCodes && (p.status === 'ACTIVE' || p.status === 'DRAFT'))
    .map((p) => `<option value="${Spa.esc(p.id)}">${Spa.esc(p.name)} (${Spa.esc(discount(p.discount))}, ${Spa.esc(p.status.toLowerCase())})</option>`).join('');
}

// redemptions used of the limit, budget spent, discount given and revenue
async function figures(promotion) {
  const f = await call(`/api/promotions/${encodeURIComponent(promotion.id)}/figures`);
  const used = f.redemptionLimit == null ? `${f.redemptions}` : `${f.redemptions} of ${f.redemptionLimit}`;
  const budget = f.budget ? `, budget ${Spa.money(f.budgetSpent)} of ${Spa.money(f.budget)}` : '';
  const cell = document.querySelector(`td[data-figures="${CSS.escape(promotion.id)}"]`);
  if (cell) cell.textContent = `${used} bookings${budget}; given ${Spa.money(f.discountGiven)}, revenue ${Spa.money(f.revenue)}`;
}

function openCodes(promotion) {
  state.codes = promotion;
  const form = $('#codes-form');
  Spa.clearProblem(form);
  $('#codes-form-title').textContent = `Single-use codes of ${promotion.name}`;
  form.hidden = false;
  $('#k-count').focus();
}

async function generateCodes() {
  const form = $('#codes-form');
  const body = { count: number($('#k-count').value), prefix: $('#k-prefix').value.trim() || null,
    length: number($('#k-length').value) };
  try {
    const batch = await call(`/api/promotions/${encodeURIComponent(state.codes.id)}/codes`, { method: 'POST', body });
    notice(`${batch.count} codes generated for “${state.codes.name}”: download them as CSV.`);
  } catch (problem) {
    Spa.showProblem(form, problem, $('#alert'));
  }
}

async function downloadCodes() {
  const response = await fetch(`/api/promotions/${encodeURIComponent(state.codes.id)}/codes.csv`,
    { headers: { Authorization: 'Bearer ' + Spa.accessToken(), Accept: 'text/csv' } });
  if (!response.ok) throw new Error('The codes cannot be downloaded right now.');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `${state.codes.id}-codes.csv`;
  link.click();
  URL.revokeObjectURL(link.href);
}

// the editor's inputs, by the PromotionForm value each holds
const INPUTS = {
  name: '#p-name', description: '#p-description', kind: '#p-kind', code: '#p-code', uniqueCodes: '#p-unique',
  discountType: '#p-type', discountValue: '#p-value', stacking: '#p-stacking', validFrom: '#p-from',
  validUntil: '#p-until', startsFrom: '#p-starts-from', startsBefore: '#p-starts-before',
  firstVisitOnly: '#p-first-visit', lastMinuteHours: '#p-last-minute', clientTags: '#p-tags',
  minimumVisits: '#p-min-visits', totalRedemptions: '#p-total', perClient: '#p-per-client', budget: '#p-budget',
};
const CHECKED = { treatmentIds: 'p-treatment', days: 'p-day' };

function editPromotion(promotion) {
  state.editing = promotion;
  const form = $('#promotion-form');
  Spa.clearProblem(form);
  $('#promotion-form-title').textContent = promotion ? `Edit ${promotion.name}` : 'New promotion';
  const values = PromotionForm.toValues(promotion);
  for (const [key, selector] of Object.entries(INPUTS)) {
    const input = $(selector);
    if (input.type === 'checkbox') input.checked = values[key];
    else input.value = values[key];
  }
  for (const [key, name] of Object.entries(CHECKED)) {
    document.querySelectorAll(`input[name="${name}"]`).forEach((box) => { box.checked = values[key].includes(box.value); });
  }
  for (const id of ['#p-kind', '#p-type', '#p-unique']) $(id).dispatchEvent(new Event('change'));
  form.hidden = false;
  $('#p-name').focus();
}

function formValues() {
  const values = {};
  for (const [key, selector] of Object.entries(INPUTS)) {
    const input = $(selector);
    values[key] = input.type === 'checkbox' ? input.checked : input.value;
  }
  for (const [key, name] of Object.entries(CHECKED)) {
    values[key] = [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
  }
  return values;
}

async function savePromotion() {
  const form = $('#promotion-form');
  const body = PromotionForm.toRequest(formValues(), state.editing, state.settings.currency);
  try {
    const saved = state.editing
      ? await call('/api/promotions/' + encodeURIComponent(state.editing.id), { method: 'PUT', body })
      : await call('/api/promotions', { method: 'POST', body });
    form.hidden = true;
    notice(`Promotion “${saved.name}” saved (${saved.status.toLowerCase()}).`);
    await promotions();
  } catch (problem) {
    Spa.showProblem(form, problem, $('#alert'));
  }
}

async function changeStatus(id, action) {
  try {
    const changed = await call(`/api/promotions/${encodeURIComponent(id)}/${action}`, { method: 'POST' });
    notice(`Promotion “${changed.name}” is now ${changed.status.toLowerCase()}.`);
    await promotions();
  } catch (problem) {
    fail(problem);
  }
}

const count = () => {
  const length = $('#c-message').value.length;
  $('#c-message-count').textContent = `${length} of 1600 characters` + (length > 160 ? ' (more than one SMS)' : '');
};

function editCampaign() {
  const form = $('#campaign-form');
  Spa.clearProblem(form);
  form.reset();
  count();
  form.hidden = false;
  $('#c-name').focus();
}

async function saveCampaign() {
  const form = $('#campaign-form');
  const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);
  const body = {
    name: $('#c-name').value.trim(), promotionId: $('#c-promotion').value,
    channels: [$('#c-sms'), $('#c-email')].filter((box) => box.checked).map((box) => box.value),
    message: $('#c-message').value.trim(), sendAt: instant($('#c-send-at').value),
    variants: $('#c-message-b').value.trim() ? [{ name: 'A', message: $('#c-message').value.trim() },
      { name: 'B', message: $('#c-message-b').value.trim() }] : null,
    holdOutPercent: number($('#c-hold-out').value),
    audience: { treatmentIds: [...document.querySelectorAll('input[name="c-treatment"]:checked')].map((box) => box.value),
      noVisitForDays: number($('#c-no-visit').value), minimumVisits: number($('#c-min-visits').value), tags: list($('#c-tags').value) },
  };
  try {
    const saved = await call('/api/campaigns', { method: 'POST', body });
    form.hidden = true;
    notice(`Campaign “${saved.name}” saved as a draft: check its audience, then launch it.`);
    await campaigns();
    await open(saved.id);
  } catch (problem) {
    Spa.showProblem(form, problem, $('#alert'));
  }
}

async function campaigns() {
  state.campaigns = await call('/api/campaigns');
  const promotionName = (id) => state.promotions.find((p) => p.id === id)?.name ?? id;
  $('#campaigns tbody').innerHTML = state.campaigns.map((c) => `<tr><td>${Spa.esc(c.name)}</td><td>${Spa.esc(promotionName(c.promotionId))}</td>
      <td>${Spa.esc([...c.channels].join(', '))}</td><td>${Spa.esc(c.status)}</td>
      <td><button type="button" class="secondary" data-id="${Spa.esc(c.id)}" aria-label="Open ${Spa.esc(c.name)}">Open</button></td></tr>`)
    .join('') || '<tr><td colspan="5">No campaigns yet.</td></tr>';
}

async function open(id) {
  clearInterval(state.timer);
  state.campaign = await call('/api/campaigns/' + encodeURIComponent(id));
  const panel = $('#campaign-panel');
  $('#campaign-panel-title').textContent = `Campaign “${state.campaign.name}”`;
  panel.hidden = false;
  const draft = state.campaign.status === 'DRAFT';
  $('#launch').hidden = !draft;
  showCampaignState(state.campaign);
  $('#audience').textContent = '';
  if (draft) {
    const audience = await call(`/api/campaigns/${encodeURIComponent(id)}/audience`);
    const clients = audience.clients === 1 ? '1 client' : `${audience.clients} clients`;
    $('#audience').textContent = `Would reach ${clients} now: ${audience.sms} by SMS, ${audience.email} by email.`;
    await preview(id);
  }
  $('#campaign-preview').hidden = !draft;
  await stats();
  state.timer = setInterval(() => stats().catch(fail), 2000);
  panel.focus();
}

// the messages as clients would read them in each language, SMS segments, cost and sending time, before launch
async function preview(id) {
  const p = await call(`/api/campaigns/${encodeURIComponent(id)}/preview`);
  $('#preview-warnings').innerHTML = p.warnings.map((w) => `<li>${Spa.esc(w)}</li>`).join('');
  $('#preview-messages').innerHTML = p.variants.map((v) => v.languages.map((l) => `<article class="preview"
      data-variant="${Spa.esc(v.name)}" data-language="${Spa.esc(l.language)}">
    <h4>${Spa.esc(`Variant ${v.name}, ${l.language}: ${v.sms} by SMS, ${v.email} by email`)}</h4>
    <p><strong>SMS</strong> <span class="sms-size">${Spa.esc(`${l.smsSize.encoding}, ${l.smsSize.units} characters, `
      + `${l.smsSize.segments} segment${l.smsSize.segments === 1 ? '' : 's'}`
      + (l.smsSize.billedSegments !== l.smsSize.segments ? `, sent in ${l.smsSize.billedSegments} without accents` : ''))}</span></p>
    <pre class="sms-text">${Spa.esc(l.sms)}</pre>
    <p><strong>Email</strong> ${Spa.esc(l.emailSubject)}</p>
    <pre class="email-text">${Spa.esc(l.emailText)}</pre></article>`).join('')).join('');
  const s = p.sending;
  const row = (label, value, id) => `<dt>${label}</dt><dd id="${id}">${Spa.esc(value)}</dd>`;
  $('#preview-sending').innerHTML = row('SMS to send', `${s.messages} (${s.segments} segment${s.segments === 1 ? '' : 's'})`, 'preview-segments')
    + row('Estimated SMS cost', `${Number(s.cost).toFixed(2)} ${s.currency} (${s.pricePerSegment} a segment)`, 'preview-cost')
    + row('Sending takes', `${s.sendingTime} at ${s.smsSegmentsPerSecond} segments/s`, 'preview-time');
}

async function stats() {
  if (!state.campaign) return;
  const s = await call(`/api/campaigns/${encodeURIComponent(state.campaign.id)}/stats`);
  if (state.campaigns.find((c) => c.id === s.campaignId)?.status !== s.status) {
    await campaigns();
    state.campaign = state.campaigns.find((c) => c.id === s.campaignId) ?? state.campaign;
    showCampaignState(state.campaign);
  }
  const row = (label, value, id) => `<dt>${label}</dt><dd id="${id}">${Spa.esc(value)}</dd>`;
  $('#stats').innerHTML = row('Status', s.status, 'stat-status') + row('Audience', s.audience, 'stat-audience')
    + row('Offers issued', s.offersIssued, 'stat-issued') + row('Waiting to be sent', s.offersPending, 'stat-pending')
    + row('Delivered', s.delivered, 'stat-delivered') + row('Redeemed', s.redeemed, 'stat-redeemed')
    + row('Revenue', s.revenue ? Spa.money(s.revenue) : '—', 'stat-revenue')
    + row('Conversion', s.conversion == null ? '—' : (Number(s.conversion) * 100).toFixed(1) + '%', 'stat-conversion')
    + groups(s);
}

const STOPPED = {
  MARKETING: 'Stopped by marketing.',
  PROMOTION_PAUSED: 'Paused because its promotion was paused: activate the promotion, then resume the campaign.',
  PROMOTION_ENDED: 'Cancelled because its promotion ended.',
};

function showCampaignState(campaign) {
  const status = campaign.status;
  $('#pause-campaign').hidden = !['SCHEDULED', 'SENDING'].includes(status);
  $('#resume-campaign').hidden = status !== 'PAUSED';
  $('#cancel-campaign').hidden = ['COMPLETED', 'CANCELLED'].includes(status);
  $('#campaign-state').textContent = campaign.stoppedBecause ? STOPPED[campaign.stoppedBecause] ?? '' : '';
}

async function changeCampaign(action) {
  try {
    state.campaign = await call(`/api/campaigns/${encodeURIComponent(state.campaign.id)}/${action}`, { method: 'POST' });
    showCampaignState(state.campaign);
    notice(`Campaign “${state.campaign.name}” is now ${state.campaign.status.toLowerCase()}.`);
    await campaigns();
    await stats();
  } catch (problem) {
    fail(problem);
  }
}

const percent = (ratio) => (Number(ratio) * 100).toFixed(1) + '%';

// A/B variants and the hold-out: sample sizes, conversion, visits, and the incremental effect
function groups(s) {
  if (s.variants.length < 2 && !s.holdOut) return '';
  const row = (g) => `<dt>${Spa.esc(g.name === 'hold-out' ? 'Held out' : `Variant ${g.name}`)}</dt>
    <dd>${Spa.esc(`${g.clients} clients: ${g.redeemed} redeemed (${percent(g.conversion)}), ${g.visited} visited (${percent(g.visitRate)})`)}</dd>`;
  return s.variants.map(row).join('') + (s.holdOut ? row(s.holdOut) : '')
    + (s.incrementalVisitRate == null ? '' : `<dt>Incremental effect</dt><dd id="stat-incremental">${Spa.esc(
      `${Number(s.incrementalVisitRate) >= 0 ? '+' : ''}${percent(s.incrementalVisitRate)} visits against the hold-out`)}</dd>`);
}

async function launch() {
  try {
    state.campaign = await call(`/api/campaigns/${encodeURIComponent(state.campaign.id)}/launch`, { method: 'POST' });
    $('#launch').hidden = true;
    showCampaignState(state.campaign);
    notice(`Campaign “${state.campaign.name}” launched.`);
    await campaigns();
    await stats();
  } catch (problem) {
    fail(problem);
  }
}

document.addEventListener('DOMContentLoaded', () => init().catch(fail));
