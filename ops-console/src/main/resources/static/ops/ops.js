// the console's API is for operators: signed in at the token issuer, or an operator's access token pasted here
// (see the README); either is kept for this tab only
const tokenField = document.querySelector('#token');
tokenField.value = sessionStorage.getItem('opsToken') ?? '';
tokenField.addEventListener('change', () => { sessionStorage.setItem('opsToken', tokenField.value.trim()); refresh(); });
document.querySelector('#sign-in').addEventListener('click', () => Spa.signIn('/ops/callback'));
const token = () => Spa.accessToken() ?? sessionStorage.getItem('opsToken') ?? '';
const api = (path, options = {}) => fetch('/api/ops' + path,
    { ...options, headers: { ...(options.headers ?? {}), Authorization: 'Bearer ' + token() } })
  .then(r => r.ok ? r.json() : r.json().then((problem) => { throw new Error(problem.detail ?? r.status); }));
const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
const row = (cells) => '<tr>' + cells.map((c) => '<td>' + c + '</td>').join('') + '</tr>';

async function topics() {
  const list = await api('/topics');
  document.querySelector('#topics tbody').innerHTML = list.map((t) => row([esc(t.topic), t.messages,
    t.messagesPerSecond == null ? '<span class="muted">…</span>' : t.messagesPerSecond.toFixed(2),
    esc(t.lastEvent?.type), esc(t.lastEvent?.time)])).join('');
}

async function groups() {
  const list = await api('/consumer-groups');
  document.querySelector('#groups tbody').innerHTML = list.flatMap((g) => g.partitions.map((p) => row([esc(g.groupId),
    esc(p.topic), p.partition, p.committedOffset, p.endOffset, '<span class="' + (p.lag > 0 ? 'lag' : '') + '">' + p.lag + '</span>'])))
    .join('');
}

// every page of a dead-letter topic: the API answers a page at a time, with a Link header to the next one
async function allPages(path) {
  const letters = [];
  let next = '/api/ops' + path;
  while (next) {
    const response = await fetch(next, { headers: { Authorization: 'Bearer ' + token() } });
    if (!response.ok) { const problem = await response.json(); throw new Error(problem.detail ?? response.status); }
    letters.push(...await response.json());
    next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('Link') ?? '')?.[1];
  }
  return letters;
}

const open = (l) => !l.handled || l.handled === 'REPLAYING';
const handled = (l) => l.handled ? esc(l.handled) + ' by ' + esc(l.handledBy) + '<br><span class="muted">' + esc(l.handledAt) + '</span>' : '';

async function deadLetters() {
  const names = await api('/dead-letters');
  const withHandled = document.querySelector('#show-handled').checked;
  let html = '';
  for (const name of names) {
    const letters = await allPages('/dead-letters/' + encodeURIComponent(name) + (withHandled ? '?all=true' : ''));
    const unhandled = letters.filter(open).length;
    html += '<h3>' + esc(name) + ' (' + unhandled + ') ' + (unhandled ? '<button data-all="' + esc(name) + '">replay all</button>' : '') + '</h3>';
    if (letters.length) {
      html += '<table><tr><th>position</th><th>original</th><th>event</th><th>error</th><th>dead-lettered</th><th>handled (by, at)</th><th></th></tr>'
        + letters.map((l) => row([l.partition + '/' + l.offset, esc(l.originalTopic) + ' ' + l.originalPartition + '/' + l.originalOffset,
          esc(l.eventType) + '<br><span class="muted">' + esc(l.eventId) + '</span>', esc(l.error), esc(l.deadLetteredAt), handled(l),
          !open(l) ? '' : ['replay', 'discard'].map((act) => '<button data-act="' + act + '" data-topic="' + esc(name) + '" data-partition="'
            + l.partition + '" data-offset="' + l.offset + '">' + act + '</button>').join('')])).join('')
        + '</table>';
    }
  }
  document.querySelector('#dlqs').innerHTML = html || '<p class="muted">none</p>';
}

document.querySelector('#show-handled').addEventListener('change', () => shown(deadLetters()));
document.querySelector('#dlqs').addEventListener('click', async (event) => {
  const button = event.target;
  if (button.dataset.act) {
    const { topic, partition, offset, act } = button.dataset;
    await api('/dead-letters/' + encodeURIComponent(topic) + '/' + partition + '/' + offset + '/' + act, { method: 'POST' });
  } else if (button.dataset.all) {
    if (!confirm('Replay every message of ' + button.dataset.all + '?')) return;
    await api('/dead-letters/' + encodeURIComponent(button.dataset.all) + '/replay', { method: 'POST' });
  } else {
    return;
  }
  deadLetters();
});

// the other bookings an event leads to: a claimed waitlist offer's new booking, or the freed booking it filled
const bookingLink = (id) => '<a href="#" class="booking-link" data-booking="' + esc(id) + '">' + esc(id) + '</a>';
const linkedBookings = (e, shownId) => [...new Set([e.bookingId, e.relatedBookingId, e.data?.claimedBookingId,
  e.data?.fillsSlotFreedBy])].filter((other) => other && other !== shownId);
const links = (e, shownId) => {
  const others = linkedBookings(e, shownId);
  return others.length ? '<p>booking ' + others.map(bookingLink).join(', ') + '</p>' : '';
};
document.querySelector('#timeline-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const id = document.querySelector('#booking-id').value.trim();
  const list = id ? await api('/bookings/' + encodeURIComponent(id) + '/timeline') : [];
  document.querySelector('#timeline tbody').innerHTML = list.map((e) => row([esc(e.time), esc(e.topic), esc(e.type),
    esc(e.id), links(e, id) + '<pre>' + esc(JSON.stringify(e.data, null, 1)) + '</pre>'])).join('');
});
document.querySelector('#timeline tbody').addEventListener('click', (event) => {
  const link = event.target.closest('.booking-link');
  if (link) {
    event.preventDefault();
    document.querySelector('#booking-id').value = link.dataset.booking;
    document.querySelector('#timeline-form').requestSubmit();
  }
});

const shown = (promise) => promise.then(() => { document.querySelector('#error').textContent = ''; })
  .catch((error) => { document.querySelector('#error').textContent = error.message; });
function refresh() { shown(topics()); shown(groups()); shown(deadLetters()); }
Spa.completeSignIn('/ops/callback')
  .then((completed) => { if (completed) history.replaceState(null, '', '/ops'); })
  .catch((error) => { document.querySelector('#error').textContent = error.message; })
  .then(() => Spa.header('ops', { signedInAs: Spa.person()?.name }))
  .then(refresh);
setInterval(() => { shown(topics()); shown(groups()); }, 5000);
