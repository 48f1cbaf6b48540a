// newsgraph web page: a small hash-routed page over the JSON API (docs/api.md).
// Every piece of data reaches the page as text (textContent / text nodes), never as HTML.
'use strict';

const main = document.getElementById('main');
let chart = null;

// ------------------------------------------------------------------ helpers

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// Replaces the page content; arrays are flattened and null/false left out, as in el().
function show(...children) {
  main.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false)
    .map(c => c instanceof Node ? c : document.createTextNode(String(c))));
}

const enc = encodeURIComponent;
const link = (href, text, cls) => el('a', { href, class: cls }, text);
const storyHref = id => '#/story/' + enc(id);
const eventHref = id => '#/event/' + enc(id);
const actorHref = code => '#/actor/' + enc(code);
const encPath = id => String(id).split('/').map(enc).join('/');
const articleHref = id => '#/article/' + encPath(id);

async function api(path) {
  const res = await fetch('/api' + path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

function actorLink(actor) {
  if (!actor || !actor.code) return el('span', { class: 'muted' }, '—');
  const label = actor.name && actor.name !== actor.code ? actor.name + ' (' + actor.code + ')' : actor.code;
  return link(actorHref(actor.code), label, 'actor-link');
}

function toneBadge(tone) {
  if (!tone || tone.tone === null || tone.tone === undefined) return el('span', { class: 'tone' }, 'tone n/a');
  const t = Number(tone.tone);
  return el('span', { class: 'tone ' + (t > 0.5 ? 'pos' : t < -0.5 ? 'neg' : ''), title: 'GDELT tone: positive − negative words, percent' },
    'tone ' + t.toFixed(2));
}

function quadBadge(q) {
  const names = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
  return el('span', { class: 'badge q' + q }, names[q] || 'quad ' + q);
}

// Body text with marked spans: [{start, end, cls, title}] may overlap; each piece of text gets the
// classes of every span that covers it. Built from text nodes only.
function marked(text, spans) {
  const frag = document.createDocumentFragment();
  const ok = spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.start >= 0);
  const cuts = new Set([0, text.length]);
  for (const s of ok) { cuts.add(Math.min(s.start, text.length)); cuts.add(Math.min(s.end, text.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const over = ok.filter(s => s.start <= a && s.end >= b);
    if (!over.length) { frag.append(document.createTextNode(piece)); continue; }
    const cls = [...new Set(over.flatMap(s => s.cls.split(' ')))].join(' ');
    const titles = [...new Set(over.map(s => s.title).filter(Boolean))].join(' · ');
    const m = el('mark', { class: cls, title: titles || null }, piece);
    const ev = over.find(s => s.event);
    if (ev) {
      m.dataset.eventId = ev.event;
      m.classList.add('clickable');
      m.addEventListener('click', () => { location.hash = eventHref(ev.event); });
    }
    frag.append(m);
  }
  return frag;
}

function describe(e) {
  const s = e.source ? (e.source.name || e.source.code) : '?';
  const t = e.target ? ' → ' + (e.target.name || e.target.code) : '';
  return s + ' ' + e.code + t;
}

function eventsTable(events, id) {
  return el('table', { id },
    el('thead', {}, el('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Class', 'Goldstein', 'Sources', ''].map(h => el('th', {}, h)))),
    el('tbody', {}, events.map(e => el('tr', {
      class: 'event-row', 'data-event-id': String(e.event_id), 'data-root': e.root_code,
      'data-source': e.source ? e.source.code : '', 'data-target': e.target ? e.target.code : '', 'data-sources': String(e.num_sources)
    },
      el('td', {}, e.date || '—'),
      el('td', {}, actorLink(e.source)),
      el('td', {}, e.code, e.mode && e.mode !== 'actual' ? el('span', { class: 'muted' }, ' (' + e.mode + ')') : null),
      el('td', {}, actorLink(e.target)),
      el('td', {}, quadBadge(e.quad_class)),
      el('td', {}, e.goldstein === null ? '' : Number(e.goldstein).toFixed(1)),
      el('td', {}, String(e.num_sources)),
      el('td', {}, link(eventHref(e.event_id), 'details', 'event-link'))))));
}

function filterForm(fields, values, onsubmit) {
  const form = el('form', { class: 'filters' });
  for (const f of fields) {
    let input;
    if (f.options) {
      input = el('select', { name: f.name }, el('option', { value: '' }, 'any'),
        f.options.map(([v, label]) => el('option', { value: v }, label)));
    } else {
      input = el('input', { name: f.name, type: f.type || 'text', placeholder: f.placeholder || '', maxlength: '200' });
    }
    input.value = values[f.name] || '';
    form.append(el('label', {}, f.label, input));
  }
  form.append(el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const data = {};
    for (const [k, v] of new FormData(form).entries()) data[k] = v.trim();
    onsubmit(data);
  });
  return form;
}

function pager(page, base, params) {
  const limit = page.limit, offset = page.offset;
  const go = off => '#' + base + query({ ...params, offset: off || '' });
  return el('div', { class: 'pager' },
    offset > 0 ? link(go(Math.max(0, offset - limit)), '← previous') : null,
    el('span', { class: 'muted' }, page.total ? `${offset + 1}–${Math.min(offset + limit, page.total)} of ${page.total}` : 'none'),
    offset + limit < page.total ? link(go(offset + limit), 'next →') : null);
}

const ROOTS = [['01', '01 make public statement'], ['02', '02 appeal'], ['03', '03 express intent to cooperate'],
  ['04', '04 consult'], ['05', '05 diplomatic cooperation'], ['06', '06 material cooperation'], ['07', '07 provide aid'],
  ['08', '08 yield'], ['09', '09 investigate'], ['10', '10 demand'], ['11', '11 disapprove'], ['12', '12 reject'],
  ['13', '13 threaten'], ['14', '14 protest'], ['15', '15 exhibit force posture'], ['16', '16 reduce relations'],
  ['17', '17 coerce'], ['18', '18 assault'], ['19', '19 fight'], ['20', '20 mass violence']];

// ------------------------------------------------------------------ pages

async function storiesPage(params) {
  const fields = [{ name: 'from', label: 'From', type: 'date' }, { name: 'to', label: 'To', type: 'date' },
    { name: 'actor', label: 'Actor code', placeholder: 'RUS' }, { name: 'outlet', label: 'Outlet' },
    { name: 'q', label: 'Text' }];
  const page = await api('/stories' + query(params));
  show(el('h1', {}, 'Stories'),
    filterForm(fields, params, d => { location.hash = '#/' + query(d); }),
    el('ul', { class: 'story-list', id: 'stories' }, page.stories.map(s => el('li', { class: 'story' },
      link(storyHref(s.story_id), s.title || s.story_id, 'story-link'),
      el('div', { class: 'muted' }, [s.first_published, s.last_published].filter(Boolean).join(' – '),
        ' · ', s.article_ids.length + ' article(s) · ', s.sources.length + ' outlet(s): ', s.sources.join(', '),
        ' · ', s.event_ids.length + ' event(s)')))),
    pager(page, '/', params));
}

async function storyPage(id) {
  const data = await api('/stories/' + enc(id));
  const story = data.story, sbs = data.side_by_side;
  const articles = await Promise.all(data.articles.map(a => api('/articles/' + encPath(a.id))));
  const byId = Object.fromEntries(articles.map(a => [a.id, a]));
  const outletOf = {};
  for (const o of sbs.outlets) for (const a of o.article_ids.concat(o.copies)) outletOf[a] = o.name;
  // A quote is shared when another outlet quotes the same speaker.
  const speakersBy = {};
  for (const a of articles) for (const q of a.quotes) if (q.speaker) (speakersBy[q.speaker] ||= new Set()).add(outletOf[a.id]);

  const shared = data.events.filter(e => e.num_sources >= 2);
  // Facts grouped by kind: events listed, the other kinds (claims, quotes, ...) folded.
  const facts = list => {
    const kinds = [...new Set(list.map(f => f.kind))];
    return el('div', { class: 'fact-groups' }, kinds.map(k => {
      const items = list.filter(f => f.kind === k);
      const ul = el('ul', { class: 'facts' }, items.map(f => el('li', { class: 'fact fact-' + f.kind }, f.text)));
      return el('details', { open: k === 'event' && items.length <= 6 ? '' : null },
        el('summary', { class: 'fact-kind' }, k + 's (' + items.length + ')'), ul);
    }));
  };

  const columns = sbs.outlets.map(o => {
    const bodies = o.article_ids.concat(o.copies).map(aid => {
      const a = byId[aid];
      if (!a) return null;
      const spans = [];
      for (const e of data.events) for (const m of e.mentions) if (m.article_id === aid) {
        spans.push({ start: m.start, end: m.end, cls: e.num_sources >= 2 ? 'event shared' : 'event', title: describe(e), event: String(e.event_id) });
      }
      for (const q of a.quotes) {
        const isShared = q.speaker && speakersBy[q.speaker] && speakersBy[q.speaker].size > 1;
        spans.push({ start: q.start, end: q.end, cls: isShared ? 'quote shared-quote' : 'quote', title: 'quote: ' + (q.speaker || 'unknown speaker') });
      }
      return el('div', { class: 'article', 'data-article-id': aid },
        el('h3', {}, link(articleHref(aid), a.title || aid)),
        el('div', { class: 'muted' }, [a.published, a.dateline].filter(Boolean).join(' · '),
          o.copies.includes(aid) ? ' · near-copy' : ''),
        el('div', { class: 'body' }, marked(a.body, spans)));
    });
    return el('section', { class: 'outlet', 'data-outlet': o.name },
      el('h2', { class: 'outlet-name' }, o.name),
      el('div', { class: 'headline' }, el('strong', {}, o.headline || '')), toneBadge(o.tone),
      el('h3', {}, 'Only this outlet reports (the others omit)'), o.only.length ? facts(o.only) : el('p', { class: 'muted' }, 'nothing the others omit'),
      bodies);
  });

  show(
    el('h1', { id: 'story-title' }, story.title || story.story_id),
    el('div', { class: 'muted' }, [story.first_published, story.last_published].filter(Boolean).join(' – '),
      ' · ', sbs.outlets.length + ' outlet(s) · ', story.article_ids.length + ' article(s)'),
    el('h2', {}, 'Shared events'),
    shared.length ? eventsTable(shared, 'shared-events') : el('p', { class: 'muted', id: 'shared-events' }, 'No event is reported by more than one outlet.'),
    el('h2', {}, 'Side by side'),
    el('p', { class: 'legend muted' }, el('mark', { class: 'event shared' }, 'event reported by several outlets'),
      el('mark', { class: 'event' }, 'event'), el('mark', { class: 'quote shared-quote' }, 'quote of a speaker several outlets quote'),
      el('mark', { class: 'quote' }, 'quote')),
    el('div', { class: 'outlets', id: 'side-by-side' }, columns),
    el('h2', {}, 'Reported by all outlets'),
    sbs.common.length ? facts(sbs.common) : el('p', { class: 'muted' }, 'nothing in common found'),
    sbs.disagreements.length ? el('div', {}, el('h2', {}, 'Where outlets disagree'),
      el('ul', { id: 'disagreements' }, sbs.disagreements.map(d => el('li', {}, d.kind + ' — ' + d.about + ': ',
        Object.entries(d.values).map(([k, v]) => k + ': ' + v).join('; '))))) : null,
    (sbs.framing || []).length ? el('div', {}, el('h2', {}, 'How each outlet frames it'),
      el('ul', { id: 'framing' }, sbs.framing.map(f => el('li', {}, (f.kind === 'names' ? 'names for ' : '') + f.about + ': ',
        Object.entries(f.by_outlet || f.byOutlet || {}).map(([o, ws]) => o + ': ' + (ws.length ? ws.join(', ') : '—')).join('; '))))) : null,
    el('h2', {}, 'All events of the story'),
    eventsTable(data.events, 'story-events'));
}

async function eventsPage(params) {
  const fields = [{ name: 'from', label: 'From', type: 'date' }, { name: 'to', label: 'To', type: 'date' },
    { name: 'actor', label: 'Actor codes', placeholder: 'RUS,PRK' }, { name: 'root', label: 'Root code', options: ROOTS },
    { name: 'quad', label: 'Quad class', options: [['1', 'verbal cooperation'], ['2', 'material cooperation'], ['3', 'verbal conflict'], ['4', 'material conflict']] },
    { name: 'mode', label: 'Mode', options: [['actual', 'actual'], ['planned', 'planned'], ['hypothetical', 'hypothetical'], ['negated', 'negated']] },
    { name: 'story', label: 'Story id' }];
  const page = await api('/events' + query(params));
  show(el('h1', {}, 'Events'),
    filterForm(fields, params, d => { location.hash = '#/events' + query(d); }),
    eventsTable(page.events, 'events'), pager(page, '/events', params));
}

async function eventPage(id) {
  const data = await api('/events/' + enc(id));
  const e = data.event;
  show(
    el('h1', { id: 'event-title' }, actorLink(e.source), ' ', el('span', {}, e.code), ' ', e.target ? actorLink(e.target) : ''),
    el('p', {}, quadBadge(e.quad_class), ' Goldstein ', e.goldstein === null ? 'n/a' : Number(e.goldstein).toFixed(1),
      ' · ', 'date ' + (e.date || 'unknown') + ' (' + e.date_precision + ')', ' · mode ' + e.mode,
      ' · ', e.num_mentions + ' mention(s), ' + e.num_sources + ' source(s), ' + e.num_articles + ' article(s)',
      e.location ? ' · ' + [e.location.name, e.location.country].filter(Boolean).join(', ') : '',
      e.story_id ? el('span', {}, ' · ', link(storyHref(e.story_id), 'story')) : ''),
    el('h2', {}, 'Mentions'),
    data.mentions.map(m => {
      const spans = [];
      const rel = (s, end) => ({ start: s - m.start, end: end - m.start });
      if (m.source && m.source.start !== null) spans.push({ ...rel(m.source.start, m.source.end), cls: 'actor', title: 'source ' + m.source.code });
      if (m.target && m.target.start !== null) spans.push({ ...rel(m.target.start, m.target.end), cls: 'actor', title: 'target ' + m.target.code });
      return el('section', { class: 'mention' },
        el('h3', {}, link(articleHref(m.article_id), m.article_title || m.article_id), ' ',
          el('span', { class: 'muted' }, [m.article_source, m.article_published].filter(Boolean).join(' · '))),
        el('p', { class: 'sentence' }, el('mark', { class: 'current' }, marked(m.text || '', spans))),
        el('div', { class: 'muted' }, 'code ' + m.code, m.trigger ? ' · trigger "' + m.trigger + '"' : '',
          m.pattern ? ' · pattern ' + m.pattern : '', ' · confidence ' + Number(m.confidence).toFixed(2)),
        el('h3', {}, 'Why it was coded so'),
        el('pre', { class: 'why' }, m.why || '(no explanation stored)'));
    }));
}

async function actorsPage(params) {
  const page = await api('/actors' + query(params));
  show(el('h1', {}, 'Actors'),
    filterForm([{ name: 'q', label: 'Code or name' }], params, d => { location.hash = '#/actors' + query(d); }),
    el('table', { id: 'actors' }, el('thead', {}, el('tr', {}, ['Actor', 'Country', 'Events', 'Goldstein sum'].map(h => el('th', {}, h)))),
      el('tbody', {}, page.actors.map(a => el('tr', {}, el('td', {}, actorLink(a)), el('td', {}, a.country || ''),
        el('td', {}, String(a.events)), el('td', {}, String(a.goldstein)))))),
    pager(page, '/actors', params));
}

async function actorPage(code, params) {
  const by = params.by === 'week' ? 'week' : 'day';
  const [a, events] = await Promise.all([api('/actors/' + enc(code) + query({ by })),
    api('/events' + query({ actor: code, limit: 100 }))]);
  const canvas = el('canvas', { id: 'timeline', 'aria-label': 'cooperation and conflict over time' });
  show(
    el('h1', { id: 'actor-title' }, (a.name || a.code) + ' (' + a.code + ')'),
    el('p', { class: 'muted' }, a.events + ' event(s)', a.country ? ' · country ' + a.country : '',
      ' · codes starting with ' + a.code),
    el('div', { class: 'cols' },
      el('div', {}, el('h2', {}, 'Cooperation and conflict per ' + by, ' ',
        link(actorHref(a.code) + (by === 'day' ? '?by=week' : ''), by === 'day' ? '(per week)' : '(per day)')),
        el('div', { class: 'chart-box' }, canvas),
        el('p', { class: 'muted' }, 'Goldstein scores summed over events dated to the day: cooperation above zero, conflict below.')),
      el('div', {}, el('h2', {}, 'Top counterparts'),
        el('ol', { id: 'counterparts' }, a.counterparts.map(c => el('li', {}, actorLink(c),
          el('span', { class: 'muted' }, ' ' + c.events + ' event(s), Goldstein ' + c.goldstein)))))),
    el('h2', {}, 'Events'), eventsTable(events.events, 'actor-events'));
  if (chart) chart.destroy();
  chart = null;
  if (window.Chart) {
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: a.timeline.map(t => t.date),
        datasets: [
          { label: 'cooperation', data: a.timeline.map(t => t.cooperation), backgroundColor: '#2a7ab0', stack: 's' },
          { label: 'conflict', data: a.timeline.map(t => t.conflict), backgroundColor: '#c0392b', stack: 's' },
          { type: 'line', label: 'net', data: a.timeline.map(t => t.goldstein), borderColor: '#333', backgroundColor: '#333' }]
      },
      options: { animation: false, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: 'Goldstein sum' } } } }
    });
  }
}

async function articlePage(id) {
  const a = await api('/articles/' + encPath(id));
  const spans = a.events.map(m => ({ start: m.start, end: m.end, cls: 'event', title: m.code + ' ' + (m.why || ''), event: String(m.event_id) }))
    .concat(a.quotes.map(q => ({ start: q.start, end: q.end, cls: 'quote', title: 'quote: ' + (q.speaker || 'unknown') })));
  show(
    el('h1', { id: 'article-title' }, a.title || a.id),
    el('p', { class: 'muted' }, [a.source, a.published, a.dateline].filter(Boolean).join(' · '), ' ', toneBadge(a.tone),
      a.story_id ? el('span', {}, ' · ', link(storyHref(a.story_id), 'story')) : '', a.url ? el('span', {}, ' · ', el('span', {}, a.url)) : ''),
    el('div', { class: 'body', id: 'article-body' }, marked(a.body, spans)),
    el('h2', {}, 'Events'),
    el('ul', {}, a.events.map(m => el('li', {}, link(eventHref(m.event_id), describe(m), 'event-link'), ' ',
      el('span', { class: 'muted' }, m.date || '')))),
    el('h2', {}, 'Quotes'),
    el('ul', {}, a.quotes.map(q => el('li', {}, el('strong', {}, (q.speaker || 'unknown') + ': '), q.text))),
    el('h2', {}, 'Amounts'),
    el('ul', {}, a.amounts.map(m => el('li', {}, m.text || String(m.value), m.object ? ' — ' + m.object : ''))));
}

async function searchPage(params) {
  const page = await api('/search' + query(params));
  show(el('h1', {}, 'Search: ', el('span', {}, params.q || '')),
    el('ul', { class: 'story-list', id: 'search-results' }, page.articles.map(h => el('li', {},
      link(articleHref(h.id), h.title || h.id), ' ', el('span', { class: 'muted' }, [h.source, h.published].filter(Boolean).join(' · ')),
      h.story_id ? el('span', {}, ' · ', link(storyHref(h.story_id), 'story')) : '',
      el('div', { class: 'muted' }, h.snippet || '')))),
    pager(page, '/search', params));
}

// ------------------------------------------------------------------ routing

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = hash.split('?');
  const params = Object.fromEntries(new URLSearchParams(qs || ''));
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  document.body.dataset.page = parts[0] || 'stories';
  main.dataset.ready = 'false';
  try {
    if (!parts.length) await storiesPage(params);
    else if (parts[0] === 'story' && parts[1]) await storyPage(parts.slice(1).join('/'));
    else if (parts[0] === 'events') await eventsPage(params);
    else if (parts[0] === 'event' && parts[1]) await eventPage(parts[1]);
    else if (parts[0] === 'actors') await actorsPage(params);
    else if (parts[0] === 'actor' && parts[1]) await actorPage(parts[1], params);
    else if (parts[0] === 'article' && parts[1]) await articlePage(parts.slice(1).join('/'));
    else if (parts[0] === 'search') await searchPage(params);
    else show(el('p', { class: 'error' }, 'No such page.'));
  } catch (err) {
    show(el('p', { class: 'error', id: 'error' }, err.message));
  }
  main.dataset.ready = 'true';
  window.scrollTo(0, 0);
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('search-q').value.trim();
  if (q) location.hash = '#/search' + query({ q });
});
window.addEventListener('hashchange', route);
route();
