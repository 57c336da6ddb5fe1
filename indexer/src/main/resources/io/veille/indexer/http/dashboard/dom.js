// Safe DOM building: text always goes through text nodes, never through an HTML parser.

/**
 * An element with attributes (only plain ones: never on* handlers, never style) and children (strings become
 * text nodes; null/undefined are skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (/^on/i.test(name) || name === 'style' || name === 'href' || name === 'src') {
      throw new Error('refused attribute ' + name);
    }
    if (name === 'class') {
      node.className = value;
    } else if (name === 'text') {
      node.textContent = String(value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** The URL when it is an absolute http(s) URL, else null: no javascript:, data:, vbscript:, blob: or relative links. */
export function safeHttpUrl(value) {
  if (typeof value !== 'string' || value.length > 4096) {
    return null;
  }
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : null;
  } catch (e) {
    return null;
  }
}

/** A link opening in a new tab without referrer or opener when the URL is http(s); plain text otherwise. */
export function link(url, text, attrs = {}) {
  const href = safeHttpUrl(url);
  const label = text === undefined || text === null || text === '' ? (url || '') : text;
  if (!href) {
    return el('span', attrs, label);
  }
  const a = el('a', { ...attrs, target: '_blank', rel: 'noopener noreferrer nofollow', referrerpolicy: 'no-referrer' }, label);
  a.href = href;
  return a;
}

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities of Elasticsearch's html highlight encoder (and numeric ones) into plain text. */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (entity, body) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return Object.prototype.hasOwnProperty.call(NAMED, body) ? NAMED[body] : entity;
  });
}

/**
 * A highlight fragment of the API (escaped text whose only markup is <em>…</em>) as DOM: the marks become
 * <mark> elements, everything else text nodes. A literal "<em>" of an article arrives escaped, so it stays text.
 */
export function highlighted(fragment) {
  const out = document.createDocumentFragment();
  let marked = false;
  for (const part of String(fragment).split(/(<em>|<\/em>)/)) {
    if (part === '<em>') {
      marked = true;
    } else if (part === '</em>') {
      marked = false;
    } else if (part) {
      const text = document.createTextNode(decodeEntities(part));
      out.append(marked ? el('mark', {}, text) : text);
    }
  }
  return out;
}

/** Replaces the children of a node. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small line chart of counts, as SVG built node by node. */
export function sparkline(counts, label) {
  const width = 120;
  const height = 28;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'spark');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const max = Math.max(1, ...counts);
  const step = counts.length > 1 ? width / (counts.length - 1) : width;
  const points = counts.map((c, i) => `${(i * step).toFixed(1)},${(height - 2 - (c / max) * (height - 4)).toFixed(1)}`);
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', points.join(' '));
  line.setAttribute('class', 'spark-line');
  svg.append(line);
  return svg;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

export function formatInstant(iso) {
  const date = iso ? new Date(iso) : null;
  return date && !isNaN(date) ? dateFormat.format(date) : '';
}

export function formatDay(isoDate) {
  const date = isoDate ? new Date(isoDate + 'T00:00:00') : null;
  return date && !isNaN(date) ? dayFormat.format(date) : '';
}

/** A language code fit for a lang attribute, or undefined. */
export function langAttr(code) {
  return typeof code === 'string' && /^[a-z]{2,3}$/.test(code) ? code : undefined;
}
