// The marketing console: sign in (authorization code with PKCE), promotions (list, editor, activate, pause, end),
// campaigns (editor, audience preview, launch, stats that refresh while the campaign runs).
'use strict';

const $ = (selector) => document.querySelector(selector);
const CALLBACK = '/marketing/callback';
const state = { promotions: [], campaigns: [], treatments: [], editing: null, campaign: null, timer: null };
const call = (path, options = {}) => Spa.api(path, { ...options, auth: true });
const localInput = (instant) => {
  const d = new Date(instant);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
};
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
  await Promise.all([promotions(), campaigns()]);
}

function wire() {
  $('#new-promotion').addEventListener('click', () => editPromotion(null));
  $('#close-promotion').addEventListener('click', () => { $('#promotion-form').hidden = true; });
  $('#p-kind').addEventListener('change', () => { $('#p-code-area').hidden = $('#p-kind').value !== 'CODE'; });
  $('#p-type').addEventListener('change', () => {
    $('#p-value').dataset.field = $('#p-type').value === 'PERCENT' ? 'discount.percent' : 'discount.amount.amount';
  });
  $('#promotion-form').addEventListener('submit', (event) => { event.preventDefault(); savePromotion(); });
  $('#promotions').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    const id = button.dataset.id;
    if (button.dataset.action === 'edit') editPromotion(state.promotions.find((p) => p.id === id));
    else changeStatus(id, button.dataset.action);
  });
  $('#new-campaign').addEventListener('click', editCampaign);
  $('#close-campaign').addEventListener('click', () => { $('#campaign-form').hidden = true; });
  $('#c-message').addEventListener('input', count);
  $('#campaign-form').addEventListener('submit', (event) => { event.preventDefault(); saveCampaign(); });
  $('#campaigns').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-id]');
    if (button) open(button.dataset.id);
  });
  $('#launch').addEventListener('click', launch);
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
  $('#promotions tbody').innerHTML = state.promotions.map((p) => `<tr><td>${Spa.esc(p.name)}</td><td>${Spa.esc(p.code ?? (p.uniqueCodes ? 'one per client' : '—'))}</td>
      <td>${Spa.esc(discount(p.discount))}</td><td>${Spa.esc(validity(p))}</td><td>${Spa.esc(p.status)}</td>
      <td>${p.status === 'ENDED' ? '' : `<button type="button" class="secondary" data-action="edit" data-id="${Spa.esc(p.id)}" aria-label="Edit ${Spa.esc(p.name)}">Edit</button>`}
      ${ACTIONS[p.status].map((a) => `<button type="button" data-action="${a}" data-id="${Spa.esc(p.id)}" aria-label="${a} ${Spa.esc(p.name)}">${a[0].toUpperCase() + a.slice(1)}</button>`).join(' ')}</td></tr>`)
    .join('') || '<tr><td colspan="6">No promotions yet.</td></tr>';
  $('#c-promotion').innerHTML = state.promotions.filter((p) => p.status === 'ACTIVE' || p.status === 'DRAFT')
    .map((p) => `<option value="${Spa.esc(p.id)}">${Spa.esc(p.name)} (${Spa.esc(discount(p.discount))}, ${Spa.esc(p.status.toLowerCase())})</option>`).join('');
}

function editPromotion(promotion) {
  state.editing = promotion;
  const form = $('#promotion-form');
  Spa.clearProblem(form);
  $('#promotion-form-title').textContent = promotion ? `Edit ${promotion.name}` : 'New promotion';
  $('#p-name').value = promotion?.name ?? '';
  $('#p-description').value = promotion?.description ?? '';
  $('#p-kind').value = promotion?.kind ?? 'CODE';
  $('#p-code').value = promotion?.code ?? '';
  $('#p-type').value = promotion?.discount.type ?? 'PERCENT';
  $('#p-value').value = promotion ? (promotion.discount.percent ?? promotion.discount.amount?.amount ?? '') : '';
  $('#p-from').value = localInput(promotion?.validFrom ?? Date.now());
  $('#p-until').value = promotion?.validUntil ? localInput(promotion.validUntil) : '';
  document.querySelectorAll('input[name="p-treatment"]').forEach((box) => {
    box.checked = promotion?.conditions.treatmentIds.includes(box.value) ?? false;
  });
  $('#p-first-visit').checked = promotion?.conditions.firstVisitOnly ?? false;
  $('#p-total').value = promotion?.limits.totalRedemptions ?? '';
  $('#p-per-client').value = promotion?.limits.perClient ?? '';
  $('#p-kind').dispatchEvent(new Event('change'));
  $('#p-type').dispatchEvent(new Event('change'));
  form.hidden = false;
  $('#p-name').focus();
}

async function savePromotion() {
  const form = $('#promotion-form');
  const percent = $('#p-type').value === 'PERCENT';
  const value = number($('#p-value').value);
  const treatmentIds = [...document.querySelectorAll('input[name="p-treatment"]:checked')].map((box) => box.value);
  const body = {
    name: $('#p-name').value.trim(), description: $('#p-description').value.trim() || null, kind: $('#p-kind').value,
    code: $('#p-kind').value === 'CODE' ? $('#p-code').value.trim() || null : null,
    discount: percent ? { type: 'PERCENT', percent: value } : { type: 'FIXED', amount: value == null ? null : { amount: value, currency: 'PLN' } },
    conditions: { treatmentIds, firstVisitOnly: $('#p-first-visit').checked },
    validFrom: instant($('#p-from').value), validUntil: instant($('#p-until').value),
    limits: { totalRedemptions: number($('#p-total').value), perClient: number($('#p-per-client').value) },
  };
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
  $('#audience').textContent = '';
  if (draft) {
    const audience = await call(`/api/campaigns/${encodeURIComponent(id)}/audience`);
    const clients = audience.clients === 1 ? '1 client' : `${audience.clients} clients`;
    $('#audience').textContent = `Would reach ${clients} now: ${audience.sms} by SMS, ${audience.email} by email.`;
  }
  await stats();
  state.timer = setInterval(() => stats().catch(fail), 2000);
  panel.focus();
}

async function stats() {
  if (!state.campaign) return;
  const s = await call(`/api/campaigns/${encodeURIComponent(state.campaign.id)}/stats`);
  if (state.campaigns.find((c) => c.id === s.campaignId)?.status !== s.status) await campaigns();
  const row = (label, value, id) => `<dt>${label}</dt><dd id="${id}">${Spa.esc(value)}</dd>`;
  $('#stats').innerHTML = row('Status', s.status, 'stat-status') + row('Audience', s.audience, 'stat-audience')
    + row('Offers issued', s.offersIssued, 'stat-issued') + row('Waiting to be sent', s.offersPending, 'stat-pending')
    + row('Delivered', s.delivered, 'stat-delivered') + row('Redeemed', s.redeemed, 'stat-redeemed')
    + row('Revenue', s.revenue ? Spa.money(s.revenue) : '—', 'stat-revenue')
    + row('Conversion', s.conversion == null ? '—' : (Number(s.conversion) * 100).toFixed(1) + '%', 'stat-conversion');
}

async function launch() {
  try {
    state.campaign = await call(`/api/campaigns/${encodeURIComponent(state.campaign.id)}/launch`, { method: 'POST' });
    $('#launch').hidden = true;
    notice(`Campaign “${state.campaign.name}” launched.`);
    await campaigns();
    await stats();
  } catch (problem) {
    fail(problem);
  }
}

document.addEventListener('DOMContentLoaded', () => init().catch(fail));
