// Spa Utopia pages: what every page shares. The platform header with its links, calls to the APIs with
// problem details (RFC 9457) turned into messages beside the fields, money and times, and signing in with the
// authorization code flow and PKCE as the public client 'spa-web' (the token stays in this tab only).
'use strict';

const Spa = (() => {
  let configPromise;
  const config = () => (configPromise ??= fetch('/web/config.json').then((r) => r.json()));
  const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
  const TOKEN = 'spa.token';

  const LINKS = [['book', 'Book online'], ['manage', null], ['desk', 'Front desk'], ['marketing', 'Marketing'], ['ops', 'Event flows']];

  /** The platform header: brand, links to the platform's pages, and who is signed in. */
  async function header(active, { signedInAs } = {}) {
    const { links } = await config();
    const nav = LINKS.filter(([name, label]) => label && links[name])
      .map(([name, label]) => `<a href="${esc(links[name])}"${name === active ? ' aria-current="page"' : ''}>${esc(label)}</a>`)
      .join('');
    const el = document.createElement('header');
    el.className = 'spa';
    el.innerHTML = `<a class="skip" href="#main">Skip to content</a>
      <a class="brand" href="${esc(links.book ?? '/')}">Spa Utopia</a><nav aria-label="Spa Utopia pages">${nav}</nav>
      <span class="who" id="who"></span>`;
    document.body.prepend(el);
    if (signedInAs) {
      el.querySelector('#who').innerHTML = `Signed in as ${esc(signedInAs)} <button type="button" id="sign-out">Sign out</button>`;
      el.querySelector('#sign-out').addEventListener('click', () => { signOut(); location.reload(); });
    }
  }

  /** An error answer of an API: its problem details, with the field errors by field name. */
  class Problem extends Error {
    constructor(status, body) {
      super(body?.detail ?? body?.title ?? `The request failed (${status}).`);
      this.status = status;
      this.body = body ?? {};
      this.fieldErrors = new Map();
      for (const error of this.body.errors ?? []) {
        const field = error.field ?? '';
        this.fieldErrors.set(field, [this.fieldErrors.get(field), error.message].filter(Boolean).join('; '));
      }
    }
  }

  /** Calls an API with JSON; answers the parsed body, or throws a Problem. */
  async function api(url, { method = 'GET', body, headers = {}, auth = false } = {}) {
    const request = { method, headers: { Accept: 'application/json, application/problem+json', ...headers } };
    if (body !== undefined) {
      request.headers['Content-Type'] = 'application/json';
      request.body = JSON.stringify(body);
    }
    if (auth && accessToken()) request.headers.Authorization = 'Bearer ' + accessToken();
    let response;
    try {
      response = await fetch(url, request);
    } catch (e) {
      throw new Problem(0, { detail: 'The spa cannot be reached right now. Please check your connection and try again.' });
    }
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : null;
    if (!response.ok) throw new Problem(response.status, parsed);
    return parsed;
  }

  /** Removes the messages a previous problem left in a form. */
  function clearProblem(form) {
    form.querySelectorAll('.field-error').forEach((p) => p.remove());
    form.querySelectorAll('[aria-invalid]').forEach((el) => {
      el.removeAttribute('aria-invalid');
      el.setAttribute('aria-describedby', (el.getAttribute('aria-describedby') ?? '').split(' ')
        .filter((id) => !id.endsWith('-error')).join(' '));
    });
  }

  /**
   * Shows a problem: each field error beside its field (found by data-field, else by name), the rest in the
   * alert element; focus goes to the first field at fault, else to the alert.
   */
  function showProblem(form, problem, alert) {
    clearProblem(form);
    const unplaced = [];
    let first;
    for (const [field, message] of problem.fieldErrors ?? []) {
      const input = form.querySelector(`[data-field="${CSS.escape(field)}"]`) ?? form.querySelector(`[name="${CSS.escape(field)}"]`);
      if (!input) { unplaced.push(`${field}: ${message}`); continue; }
      const note = document.createElement('p');
      note.className = 'field-error';
      note.id = (input.id || field.replace(/\W/g, '-')) + '-error';
      note.textContent = message;
      (input.closest('.field') ?? input).after(note);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '));
      first ??= input;
    }
    const general = problem.fieldErrors?.size && !unplaced.length ? 'Please correct the fields marked below.' : problem.message;
    alert.textContent = [general, ...unplaced].join(' ');
    alert.hidden = false;
    (first ?? alert).focus();
  }

  const money = (m) => m == null ? '' : new Intl.NumberFormat(undefined, { style: 'currency', currency: m.currency }).format(m.amount);

  /** A date and time in the spa's zone, said so. */
  const dateTime = (iso, zone) => new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(new Date(iso));
  const time = (iso, zone) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone: zone }).format(new Date(iso));

  // ---- signing in: authorization code with PKCE (RFC 7636), a public client, the token kept in sessionStorage

  const base64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const random = (n) => base64url(crypto.getRandomValues(new Uint8Array(n)));
  const discovery = async () => {
    const { signIn } = await config();
    const issuer = signIn.issuer.replace(/\/$/, '');
    const document = await fetch(issuer + '/.well-known/openid-configuration').then((r) => r.json());
    return { ...document, clientId: signIn.clientId };
  };

  async function signIn(callbackPath) {
    const provider = await discovery();
    const verifier = random(48);
    const state = random(16);
    const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    sessionStorage.setItem('spa.pkce', JSON.stringify({ verifier, state }));
    const params = new URLSearchParams({ response_type: 'code', client_id: provider.clientId, scope: 'openid profile',
      redirect_uri: location.origin + callbackPath, state, code_challenge: challenge, code_challenge_method: 'S256' });
    location.assign(provider.authorization_endpoint + '?' + params);
  }

  /** On the callback address: trades the code for a token; answers whether a sign-in was completed. */
  async function completeSignIn(callbackPath) {
    const params = new URLSearchParams(location.search);
    if (location.pathname !== callbackPath || !params.has('code')) return false;
    const pending = JSON.parse(sessionStorage.getItem('spa.pkce') ?? 'null');
    sessionStorage.removeItem('spa.pkce');
    if (!pending || pending.state !== params.get('state')) throw new Error('The sign-in was not started here, or has expired: please sign in again.');
    const provider = await discovery();
    const response = await fetch(provider.token_endpoint, { method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: params.get('code'), client_id: provider.clientId,
        redirect_uri: location.origin + callbackPath, code_verifier: pending.verifier }) });
    if (!response.ok) throw new Error('The sign-in could not be completed: please sign in again.');
    const token = await response.json();
    sessionStorage.setItem(TOKEN, JSON.stringify({ value: token.access_token, expires: Date.now() + token.expires_in * 1000 }));
    return true;
  }

  function accessToken() {
    const token = JSON.parse(sessionStorage.getItem(TOKEN) ?? 'null');
    return token && token.expires > Date.now() + 5000 ? token.value : null;
  }

  /** The signed-in person's name and roles, read from the access token (a JWT). */
  function person() {
    const token = accessToken();
    if (!token) return null;
    const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    const roles = claims.roles ?? claims.realm_access?.roles ?? [];
    return { name: claims.preferred_username ?? claims.sub, roles: [].concat(roles).map((r) => String(r).toLowerCase()) };
  }

  const signOut = () => sessionStorage.removeItem(TOKEN);

  return { config, esc, header, api, Problem, showProblem, clearProblem, money, dateTime, time, signIn, completeSignIn,
    accessToken, person, signOut };
})();
