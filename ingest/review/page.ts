// The review page: the article's text with each draft record's evidence highlighted, beside the
// records' fields. Plain HTML and a little script, no framework: it is one page for one person.
// Article text and record fields reach the DOM as text nodes and input values, never as HTML.

export function reviewPage(token: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dossier review</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #222; }
  header { padding: 8px 16px; background: #f3f3f3; border-bottom: 1px solid #ccc; display: flex; gap: 16px; align-items: center; }
  header h1 { font-size: 17px; margin: 0; flex: 1; }
  main { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; padding: 16px; }
  #text { white-space: pre-wrap; font-family: Georgia, serif; max-height: calc(100vh - 120px); overflow: auto; }
  #records { max-height: calc(100vh - 120px); overflow: auto; }
  mark { background: #fff1a8; cursor: pointer; }
  mark.active { background: #ffb347; outline: 2px solid #e08a00; }
  .card { border: 1px solid #ccc; border-radius: 6px; padding: 8px 12px; margin-bottom: 12px; }
  .card.active { border-color: #e08a00; box-shadow: 0 0 0 2px #ffd08a; }
  .card h3 { margin: 0 0 6px; font-size: 14px; }
  .state { font-size: 12px; padding: 1px 6px; border-radius: 8px; background: #ddd; margin-left: 6px; }
  .state.draft { background: #ffe0e0; } .state.accepted { background: #d8f5d8; }
  label { display: block; font-size: 12px; color: #555; margin-top: 4px; }
  input, textarea, select { width: 100%; box-sizing: border-box; font: inherit; }
  textarea { min-height: 3em; }
  .flags { color: #a33; font-size: 13px; margin: 4px 0; }
  .buttons { margin-top: 8px; display: flex; gap: 8px; flex-wrap: wrap; }
  #status.error { color: #b00; } #problems { color: #b00; }
</style>
</head>
<body>
<header><h1 id="title">Loading…</h1><button id="accept-article">Accept article</button></header>
<p id="status" role="status" style="margin: 8px 16px"></p>
<ul id="problems"></ul>
<main><article id="text" aria-label="Article text"></article><section id="records" aria-label="Draft records"></section></main>
<script>
const TOKEN = ${JSON.stringify(token)};
let state;
const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const c of children) node.append(c);
  return node;
};

async function call(method, url, body) {
  const res = await fetch(url, {
    method, headers: { 'content-type': 'application/json', 'x-review-token': TOKEN },
    body: body ? JSON.stringify(body) : undefined,
  });
  return res.json();
}

function records() {
  const rs = [];
  for (const e of state.record.events) rs.push({ kind: 'event', rec: e, evidence: e.evidence });
  for (const q of state.record.quotes) rs.push({ kind: 'quote', rec: q, evidence: [...q.evidence, ...(q.parts ?? [])] });
  for (const a of state.draftActors)
    rs.push({ kind: 'actor', rec: a, evidence: a.evidence.filter((x) => x.article === state.articleId).map((x) => x.text) });
  return rs;
}

function renderText() {
  const text = state.text;
  const spans = [];
  for (const r of records())
    for (const ev of r.evidence) {
      const at = text.indexOf(ev);
      if (at >= 0) spans.push({ start: at, end: at + ev.length, id: r.rec.id });
    }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const box = $('text');
  box.replaceChildren();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const ids = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.id);
    const piece = text.slice(from, to);
    if (ids.length === 0) { box.append(piece); continue; }
    const mark = el('mark', { textContent: piece });
    mark.dataset.records = ids.join(' ');
    mark.addEventListener('click', () => focusRecord(ids[ids.length - 1]));
    box.append(mark);
  }
}

function focusRecord(id) {
  for (const m of document.querySelectorAll('mark')) m.classList.toggle('active', m.dataset.records.split(' ').includes(id));
  for (const c of document.querySelectorAll('.card')) c.classList.toggle('active', c.dataset.id === id);
  document.querySelector('.card[data-id="' + CSS.escape(id) + '"]')?.scrollIntoView({ block: 'nearest' });
  document.querySelector('mark.active')?.scrollIntoView({ block: 'nearest' });
}

const nameOf = (id) => [...state.registry, ...state.draftActors].find((a) => a.id === id)?.name ?? '?';
const list = (value) => value.split(',').map((s) => s.trim()).filter(Boolean);

function field(label, name, value, kind = 'input', options) {
  const input = kind === 'select'
    ? el('select', { name }, options.map((o) => el('option', { value: o, textContent: o, selected: o === value })))
    : el(kind, { name, value: value ?? '' });
  return el('label', {}, [label, input]);
}

function card(r) {
  const { kind, rec } = r;
  const review = rec.review?.state ?? 'accepted';
  const head = el('h3', {}, [kind + ' ' + rec.id, el('span', { className: 'state ' + review, textContent: review })]);
  const fields = [];
  if (kind === 'event') {
    fields.push(field('Title', 'title', rec.title), field('Summary', 'summary', rec.summary, 'textarea'),
      field('Date', 'date', rec.date?.start), field('Status', 'status', rec.status, 'select', ['happened', 'planned', 'reported']),
      field('Actors (ids: ' + rec.actors.map(nameOf).join(', ') + ')', 'actors', rec.actors.join(', ')),
      field('Places (ids: ' + rec.places.map(nameOf).join(', ') + ')', 'places', rec.places.join(', ')));
  } else if (kind === 'quote') {
    fields.push(field('Text', 'text', rec.text, 'textarea'), field('Kind', 'kind', rec.kind, 'select', ['direct', 'reported']),
      field('Speaker (id: ' + nameOf(rec.speaker) + ')', 'speaker', rec.speaker), field('Date', 'date', rec.date?.start));
  } else {
    fields.push(field('Name', 'name', rec.name), field('Kind', 'kind', rec.kind, 'select', ['person', 'organization', 'country', 'place', 'media']),
      field('Description', 'description', rec.description), field('Aliases', 'aliases', rec.aliases.join(', ')));
  }
  const flags = (rec.review?.flags ?? []).map((f) => el('div', { className: 'flags', textContent: '⚑ ' + f }));
  const form = el('form', {}, fields);
  const button = (text, onClick) => el('button', { type: 'button', textContent: text, onclick: onClick });
  const edit = () => {
    const data = Object.fromEntries(new FormData(form));
    for (const k of ['actors', 'places', 'aliases']) if (k in data) data[k] = list(data[k]);
    return act({ type: 'edit', kind, id: rec.id, fields: data });
  };
  const buttons = [button('Save', edit), button('Accept', () => act({ type: 'accept', kind, id: rec.id })),
    button('Reject', () => act({ type: 'reject', kind, id: rec.id }))];
  if (kind === 'actor') {
    const target = el('select', { name: 'into', ariaLabel: 'Merge into' },
      state.registry.map((a) => el('option', { value: a.id, textContent: a.name + ' (' + a.id + ')' })));
    buttons.push(target, button('Merge', () => act({ type: 'merge', id: rec.id, into: target.value })));
  }
  const node = el('div', { className: 'card' }, [head, ...flags, form, el('div', { className: 'buttons' }, buttons)]);
  node.dataset.id = rec.id;
  node.dataset.kind = kind;
  node.addEventListener('click', (e) => { if (e.target === node || e.target === head) focusRecord(rec.id); });
  return node;
}

function render() {
  $('title').textContent = 'Review: ' + state.record.article.title + ' (' + (state.record.article.review?.state ?? 'accepted') + ')';
  renderText();
  $('records').replaceChildren(...records().map(card));
}

async function act(action) {
  $('problems').replaceChildren();
  const result = await call('POST', '/api/action', action);
  $('status').textContent = result.message;
  $('status').className = result.ok ? 'ok' : 'error';
  // Counts answers, so a reader (or a test) knows a new one arrived even when its text repeats.
  $('status').dataset.answers = String(Number($('status').dataset.answers ?? 0) + 1);
  if (result.ok) { state = result.state; render(); }
  else $('problems').replaceChildren(...(result.problems ?? []).map((p) => el('li', { textContent: p })));
}

$('accept-article').addEventListener('click', () => act({ type: 'accept', kind: 'article', id: state.articleId }));
call('GET', '/api/state').then((s) => { state = s; render(); $('status').textContent = 'Ready.'; });
</script>
</body>
</html>`;
}
