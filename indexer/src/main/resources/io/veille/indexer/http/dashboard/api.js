// Calls to the Veille HTTP API of the same origin. Every answer is JSON; errors carry {"error": "..."}.

const TOKEN_KEY = 'veille.token';

/** An answer that was not 2xx: status and the API's message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The token for watch writes: from `#token=...` once (then removed from the address bar), else this tab's storage. */
export function initialToken() {
  const hash = new URLSearchParams(location.hash.slice(1));
  const fromHash = hash.get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

export function rememberToken(token) {
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

async function call(method, path, { params, body, token } = {}) {
  const url = new URL(path, location.origin);
  if (params) {
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== '') {
        url.searchParams.set(name, value);
      }
    }
  }
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  if (token) {
    headers.Authorization = 'Bearer ' + token;
  }
  const response = await fetch(url, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit', cache: 'no-store', redirect: 'error',
  });
  if (response.status === 204) {
    return null;
  }
  let json = null;
  try {
    json = await response.json();
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, (json && typeof json.error === 'string') ? json.error : 'HTTP ' + response.status);
  }
  return json;
}

export const api = {
  search: (params) => call('GET', '/api/search', { params }),
  article: (id) => call('GET', '/api/articles/' + encodeURIComponent(id)),
  story: (id) => call('GET', '/api/articles/' + encodeURIComponent(id) + '/story', { params: { size: 20 } }),
  topics: () => call('GET', '/api/topics'),
  trend: (topic) => call('GET', '/api/trends', { params: { topic, interval: 'day', since: '14d' } }),
  upcoming: () => call('GET', '/api/events/upcoming', { params: { days: 60, size: 40 } }),
  watches: () => call('GET', '/api/watches'),
  createWatch: (watch, token) => call('POST', '/api/watches', { body: watch, token }),
  deleteWatch: (id, token) => call('DELETE', '/api/watches/' + encodeURIComponent(id), { token }),
  alerts: () => call('GET', '/api/alerts', { params: { size: 30 } }),
};
