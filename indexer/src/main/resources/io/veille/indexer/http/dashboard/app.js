// The editors' dashboard: topics, search, article, agenda, watches and live alerts. No data ever goes
// through an HTML parser: see dom.js.
import { api, ApiError, initialToken, rememberToken } from './api.js';
import { el, fill, link, highlighted, sparkline, formatInstant, formatDay, langAttr } from './dom.js';

const $ = (id) => document.getElementById(id);
const state = { next: null, params: {}, token: '', known: { topics: new Set(), languages: new Set(), sources: new Set() } };

function status(text, isError = false) {
  const node = $('status');
  node.textContent = text;
  node.classList.toggle('error', isError);
}

function failure(what, error) {
  status(what + ': ' + (error instanceof ApiError ? error.message : 'the API does not answer'), true);
}

// --- topics -----------------------------------------------------------------------------------------------

async function loadTopics() {
  // recent counts per topic, completed by the all-time facet so that an archive of older articles still shows
  const [{ topics }, everything] = await Promise.all([api.topics(), api.search({ size: 1 })]);
  const totals = new Map((everything.facets?.topics || []).map((b) => [b.key, b.count]));
  const rows = topics.map((t) => ({ ...t, total: totals.get(t.topic) }));
  for (const [topic, total] of totals) {
    if (!topics.some((t) => t.topic === topic)) {
      rows.push({ topic, last24h: 0, last7d: 0, total });
    }
  }
  const list = $('topic-tiles');
  if (!rows.length) {
    fill(list, el('li', { class: 'empty' }, 'No article indexed yet.'));
    return;
  }
  fill(list, ...rows.map((t) => {
    const spark = el('span', { class: 'spark-holder' });
    const tile = el('button', { type: 'button', class: 'tile', 'data-topic': t.topic, title: 'Show the articles of ' + t.topic },
      el('span', { class: 'tile-name' }, t.topic),
      el('span', { class: 'tile-total' }, t.total === undefined ? '' : String(t.total)),
      el('span', { class: 'tile-counts' }, el('strong', {}, String(t.last24h)), ' in 24 h · ', String(t.last7d), ' in 7 d'),
      spark);
    tile.addEventListener('click', () => {
      addOption($('filter-topic'), t.topic);
      $('filter-topic').value = t.topic;
      search();
    });
    api.trend(t.topic).then((trend) => {
      const counts = trend.buckets.map((b) => b.count);
      spark.append(sparkline(counts, t.topic + ': ' + counts.join(', ') + ' articles per day'));
    }).catch(() => {});
    rememberOption('topics', t.topic);
    return el('li', {}, tile);
  }));
}

// --- search -----------------------------------------------------------------------------------------------

function addOption(select, value) {
  if (![...select.options].some((o) => o.value === value)) {
    select.append(el('option', { value }, value));
  }
}

function rememberOption(kind, value) {
  if (!value || state.known[kind].has(value)) {
    return;
  }
  state.known[kind].add(value);
  const select = { topics: $('filter-topic'), languages: $('filter-lang'), sources: $('filter-source') }[kind];
  addOption(select, value);
  if (kind === 'topics') {
    addOption($('watch-topic'), value);
  }
}

function searchParams() {
  const params = {
    q: $('q').value.trim(),
    topic: $('filter-topic').value,
    lang: $('filter-lang').value,
    source: $('filter-source').value,
    size: 20,
  };
  if ($('filter-from').value) {
    params.from = $('filter-from').value;
  } else if ($('filter-since').value) {
    params.since = $('filter-since').value;
  }
  return params;
}

async function search(more = false) {
  showResults();
  const params = more ? { ...state.params, after: state.next } : searchParams();
  status('Searching…');
  let page;
  try {
    page = await api.search(params);
  } catch (e) {
    failure('Search', e);
    return;
  }
  state.params = params;
  state.next = page.next;
  for (const [facet, kind] of [['topics', 'topics'], ['languages', 'languages'], ['sources', 'sources']]) {
    (page.facets?.[facet] || []).forEach((b) => rememberOption(kind, b.key));
  }
  const list = $('result-list');
  if (!more) {
    list.replaceChildren();
  }
  list.append(...page.hits.map(resultItem));
  if (!more && !page.hits.length) {
    list.append(el('li', { class: 'empty' }, 'No article matches.'));
  }
  $('results-count').textContent = page.total + (page.total === 1 ? ' article' : ' articles');
  $('more').hidden = !page.next;
  status('');
}

function resultItem(hit) {
  const h = hit.highlights || {};
  const title = h.title && h.title.length ? highlighted(h.title[0]) : document.createTextNode(hit.title || '(untitled)');
  const open = el('button', { type: 'button', class: 'open', 'data-id': hit.id }, title);
  open.addEventListener('click', () => showArticle(hit.id));
  const snippet = h.text && h.text.length
    ? el('p', { class: 'snippet' }, ...h.text.map((f) => el('span', {}, highlighted(f), ' … ')))
    : (hit.summary ? el('p', { class: 'snippet' }, hit.summary) : null);
  return el('li', { class: 'result', lang: langAttr(hit.language), 'data-id': hit.id },
    el('h3', {}, open),
    el('p', { class: 'meta' },
      el('span', { class: 'source' }, hit.source || ''), ' · ', formatInstant(hit.publishedAt),
      hit.language ? ' · ' + hit.language : '', hit.sponsored ? ' · sponsored' : '', ' · ',
      link(hit.url, 'original', { class: 'external' })),
    snippet,
    el('p', { class: 'chips' }, ...(hit.topics || []).map((t) => el('span', { class: 'chip' }, t))));
}

function showResults() {
  $('article').hidden = true;
  $('results').hidden = false;
}

// --- article ----------------------------------------------------------------------------------------------

async function showArticle(id) {
  status('Opening the article…');
  let article;
  try {
    article = await api.article(id);
  } catch (e) {
    failure('Article', e);
    return;
  }
  $('results').hidden = true;
  $('article').hidden = false;
  const lang = langAttr(article.language);
  const scores = article.topicScores || [];
  const events = article.events || [];
  const siblings = el('ul', { class: 'siblings' }, el('li', { class: 'empty' }, 'Loading…'));
  fill($('article-body'),
    el('h2', { lang, class: 'article-title' }, article.title || '(untitled)'),
    el('p', { class: 'meta' },
      el('span', { class: 'source' }, article.source || ''), ' · ', formatInstant(article.publishedAt),
      article.language ? ' · ' + article.language : '',
      article.readingTimeMinutes ? ' · ' + article.readingTimeMinutes + ' min' : '',
      article.sponsored ? ' · sponsored' : '', ' · ', link(article.url, 'read the original', { class: 'external' })),
    article.summary ? el('p', { class: 'summary', lang }, article.summary) : null,
    el('h3', {}, 'Topics and the terms that matched'),
    scores.length
      ? el('ul', { class: 'topic-scores' }, ...scores.map((s) => el('li', {},
        el('span', { class: 'chip' }, s.id), ' ', el('span', { class: 'score' }, Number(s.score).toFixed(2)), ' ',
        ...(s.matched || []).map((m) => el('q', { class: 'term', lang }, m)))))
      : el('p', { class: 'empty' }, 'No topic.'),
    el('h3', {}, 'Events and deadlines'),
    events.length
      ? el('ul', { class: 'events' }, ...events.map(eventItem))
      : el('p', { class: 'empty' }, 'None announced.'),
    el('h3', {}, 'Same story'),
    siblings,
    el('h3', {}, 'Text'),
    el('div', { class: 'text', lang }, ...paragraphs(article.text)));
  status('');
  try {
    const { hits } = await api.story(id);
    fill(siblings, ...(hits.length ? hits.map((h) => {
      const open = el('button', { type: 'button', class: 'open' }, h.title || '(untitled)');
      open.addEventListener('click', () => showArticle(h.id));
      return el('li', { lang: langAttr(h.language) }, open, ' ', el('span', { class: 'meta' }, (h.source || '') + ' · ' + formatInstant(h.publishedAt)));
    }) : [el('li', { class: 'empty' }, 'No other article in this story.')]));
  } catch (e) {
    fill(siblings, el('li', { class: 'empty' }, 'Unavailable.'));
  }
}

function paragraphs(text) {
  if (!text) {
    return [el('p', { class: 'empty' }, 'No text.')];
  }
  return String(text).slice(0, 20000).split(/\n{1,}/).filter((p) => p.trim()).map((p) => el('p', {}, p));
}

function eventItem(e) {
  const when = e.end && e.end !== e.start ? formatDay(e.start) + ' – ' + formatDay(e.end) : formatDay(e.start);
  return el('li', { class: 'event ' + (e.kind === 'deadline' ? 'deadline' : 'meeting') },
    el('span', { class: 'when' }, when), ' ',
    el('span', { class: 'kind' }, e.kind === 'deadline' ? 'Deadline' : 'Event'), ' ',
    el('strong', {}, e.name || e.type || ''),
    e.city || e.venue ? ' — ' + [e.venue, e.city].filter(Boolean).join(', ') : '');
}

// --- agenda -----------------------------------------------------------------------------------------------

async function loadAgenda() {
  const { events } = await api.upcoming();
  const list = $('agenda-list');
  if (!events.length) {
    fill(list, el('li', { class: 'empty' }, 'Nothing announced for the next 60 days.'));
    return;
  }
  fill(list, ...events.map((e) => {
    const item = eventItem(e);
    const open = el('button', { type: 'button', class: 'open small' }, e.title || 'article');
    open.addEventListener('click', () => showArticle(e.articleId));
    item.append(el('br'), open);
    return item;
  }));
}

// --- watches and alerts -----------------------------------------------------------------------------------

async function loadWatches() {
  const { watches } = await api.watches();
  const list = $('watch-list');
  if (!watches.length) {
    fill(list, el('li', { class: 'empty' }, 'No watch yet.'));
    return;
  }
  fill(list, ...watches.map((w) => {
    const criteria = [
      ...(w.topicsAny || []).map((t) => 'topic ' + t),
      ...(w.topicsAll || []).map((t) => 'all of ' + t),
      ...(w.keywords || []).map((k) => '“' + k + '”'),
      ...(w.languages || []), ...(w.sources || []),
    ].join(', ');
    const remove = el('button', { type: 'button', class: 'delete', title: 'Delete this watch' }, 'Delete');
    remove.addEventListener('click', () => deleteWatch(w.id));
    return el('li', { class: 'watch', 'data-id': w.id }, el('strong', {}, w.name || w.id), ' ',
      el('span', { class: 'criteria' }, criteria), ' ', remove);
  }));
}

function tokenFromForm() {
  const token = $('token').value.trim();
  rememberToken(token);
  state.token = token;
  return token;
}

function watchMessage(text, isError) {
  $('watch-message').textContent = text;
  $('watch-message').classList.toggle('error', isError);
}

async function createWatch(event) {
  event.preventDefault();
  const token = tokenFromForm();
  const keywords = $('watch-keywords').value.split(',').map((k) => k.trim()).filter(Boolean);
  const watch = { name: $('watch-name').value.trim(), keywords, topicsAny: [], languages: [] };
  if ($('watch-topic').value) {
    watch.topicsAny.push($('watch-topic').value);
  }
  if ($('watch-lang').value) {
    watch.languages.push($('watch-lang').value);
  }
  try {
    const created = await api.createWatch(watch, token);
    watchMessage('Watch “' + created.name + '” created.', false);
    $('watch-name').value = '';
    $('watch-keywords').value = '';
  } catch (e) {
    watchMessage(e instanceof ApiError && e.status === 401 ? 'Enter the API token (api.token) to change watches: ' + e.message
      : 'Not created: ' + (e.message || 'the API does not answer'), true);
    return;
  }
  await loadWatches().catch((e) => failure('Watches', e));
}

async function deleteWatch(id) {
  try {
    await api.deleteWatch(id, tokenFromForm());
    watchMessage('Watch deleted.', false);
  } catch (e) {
    watchMessage(e instanceof ApiError && e.status === 401 ? 'Enter the API token (api.token) to change watches.'
      : 'Not deleted: ' + e.message, true);
    return;
  }
  await loadWatches().catch((e) => failure('Watches', e));
}

function alertItem(a) {
  const open = el('button', { type: 'button', class: 'open' }, a.title || a.articleId);
  open.addEventListener('click', () => showArticle(a.articleId));
  return el('li', { class: 'alert', 'data-watch': a.watchId, 'data-article': a.articleId },
    el('span', { class: 'watch-name' }, a.watchName || a.watchId), ' ', el('span', { class: 'meta' }, formatInstant(a.alertedAt)),
    el('br'), open, ' ', link(a.url, '↗', { class: 'external', title: 'the original' }),
    a.reason ? el('p', { class: 'reason' }, a.reason) : null);
}

async function loadAlerts() {
  const { alerts } = await api.alerts();
  const list = $('alert-list');
  fill(list, ...(alerts.length ? alerts.map(alertItem) : [el('li', { class: 'empty' }, 'No alert yet.')]));
}

function followAlerts() {
  const source = new EventSource('/api/alerts/stream');
  source.addEventListener('open', () => { $('stream-state').textContent = 'live'; });
  source.addEventListener('error', () => { $('stream-state').textContent = 'reconnecting…'; });
  source.addEventListener('alert', (event) => {
    let alert;
    try {
      alert = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    const list = $('alert-list');
    list.querySelector('.empty')?.remove();
    const item = alertItem(alert);
    item.classList.add('fresh');
    list.prepend(item);
    while (list.children.length > 100) {
      list.lastElementChild.remove();
    }
  });
}

// --- start ------------------------------------------------------------------------------------------------

function start() {
  state.token = initialToken();
  $('token').value = state.token;
  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); search(); });
  for (const id of ['filter-topic', 'filter-lang', 'filter-source', 'filter-since', 'filter-from']) {
    $(id).addEventListener('change', () => search());
  }
  $('more').addEventListener('click', () => search(true));
  $('back').addEventListener('click', showResults);
  $('watch-form').addEventListener('submit', createWatch);
  loadTopics().catch((e) => failure('Topics', e));
  loadAgenda().catch((e) => failure('Agenda', e));
  loadWatches().catch((e) => failure('Watches', e));
  loadAlerts().catch((e) => failure('Alerts', e)).finally(followAlerts);
  search();
}

start();
