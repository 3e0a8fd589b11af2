// Search with highlighted hits and filters: which kinds of text, and one speaker.

import { run } from '../graphql.js';
import { el, show, problem, routeParameters } from '../dom.js';

const KINDS = [['EXCHANGE', 'Exchanges'], ['QUOTE', 'Quotes'], ['LEAD_PARAGRAPH', 'Article leads']];

/** The search form; submitting it opens the search page with the query in the address. */
export function searchForm(query, kinds = [], speaker = '') {
  const input = el('input', { type: 'search', id: 'search-query', name: 'q', value: query, required: true,
    placeholder: 'e.g. missile defense', autocomplete: 'off' });
  const boxes = KINDS.map(([kind, label]) => el('label', { class: 'check' },
    el('input', { type: 'checkbox', name: 'kind', value: kind, checked: kinds.includes(kind) }), ` ${label}`));
  const speakerInput = el('input', { type: 'text', id: 'search-speaker', name: 'speaker', value: speaker,
    placeholder: 'any speaker', autocomplete: 'off' });
  return el('form', { class: 'search-form', role: 'search', onsubmit: event => {
    event.preventDefault();
    const parameters = new URLSearchParams({ q: input.value.trim() });
    boxes.forEach(box => { const c = box.querySelector('input'); if (c.checked) parameters.append('kind', c.value); });
    if (speakerInput.value.trim()) {
      parameters.set('speaker', speakerInput.value.trim());
    }
    location.hash = `#/search?${parameters}`;
  } },
  el('label', { for: 'search-query' }, 'Search the interviews'),
  el('div', { class: 'search-row' }, input, el('button', { type: 'submit' }, 'Search')),
  el('fieldset', { class: 'filters' }, el('legend', {}, 'Only'), boxes,
    el('label', { for: 'search-speaker' }, 'Speaker '), speakerInput));
}

export async function searchView() {
  const parameters = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const query = parameters.get('q') ?? '';
  const kinds = parameters.getAll('kind');
  const speaker = parameters.get('speaker') ?? '';
  const results = el('ol', { class: 'hits' });
  const summary = el('p', { class: 'summary' });
  const more = el('div', { class: 'more' });
  show(el('h1', {}, query ? `Search: ${query}` : 'Search'), searchForm(query, kinds, speaker), summary, results, more);
  if (!query) {
    return;
  }
  const filter = {};
  if (kinds.length > 0) filter.kinds = kinds;
  if (speaker) filter.speaker = speaker;
  await loadHits({ query, filter }, results, summary, more, null);
}

async function loadHits(request, results, summary, more, after) {
  try {
    const { search } = await run('Search', { query: request.query, first: 10, after, filter: request.filter });
    summary.textContent = search.totalCount === 0 ? 'Nothing found. Try other words or fewer filters.'
      : `${search.totalCount} ${search.totalCount === 1 ? 'passage' : 'passages'} found.`;
    search.edges.forEach(({ node }) => results.append(hitItem(node)));
    more.replaceChildren();
    if (search.pageInfo.hasNextPage) {
      more.append(el('button', { type: 'button', onclick: () => loadHits(request, results, summary, more, search.pageInfo.endCursor) },
        'Show more results'));
    }
  } catch (error) {
    more.replaceChildren(problem(error));
  }
}

function hitItem(hit) {
  const where = hit.exchange ? `exchange ${hit.exchange.ordinal}` : hit.kind === 'QUOTE' ? 'quote' : 'lead';
  const target = `#/article/${encodeURIComponent(hit.article.slug)}`
    + (hit.exchange ? `?exchange=${hit.exchange.ordinal}` : '');
  const title = hit.exchange ? hit.exchange.question.text : hit.quote?.speaker?.name ? `Quote by ${hit.quote.speaker.name}` : hit.article.headline;
  return el('li', { class: 'hit' },
    el('h2', { class: 'hit-title' }, el('a', { href: target }, shorten(title, 160))),
    el('p', { class: 'snippet' }, highlighted(hit.snippet)),
    el('p', { class: 'meta' }, [hit.article.headline, hit.article.publication, where].filter(Boolean).join(' · ')));
}

/** The snippet's text with its matched words in <mark>; highlight offsets count from the hit's text. */
function highlighted(snippet) {
  const nodes = [];
  let at = 0;
  for (const h of snippet.highlights) {
    const from = h.start - snippet.start;
    const to = h.end - snippet.start;
    if (from < at || to > snippet.text.length) continue;
    nodes.push(snippet.text.slice(at, from), el('mark', {}, snippet.text.slice(from, to)));
    at = to;
  }
  nodes.push(snippet.text.slice(at));
  return nodes;
}

function shorten(text, length) {
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(' ', length))} …`;
}
