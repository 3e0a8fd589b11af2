// An entity's page: its names and every exchange that mentions it.

import { run } from '../graphql.js';
import { el, show, problem } from '../dom.js';

const TYPES = { PERSON: 'Person', ORGANIZATION: 'Organisation', LOCATION: 'Place', EVENT: 'Event', PRODUCT: 'Product', OTHER: 'Other' };

export async function entityView(id) {
  const { entity } = await run('EntityPage', { id, first: 20 });
  if (!entity) {
    show(el('h1', {}, 'Not found'), el('p', {}, 'No person, organisation or place has this address.'));
    return;
  }
  const list = el('ol', { class: 'mentions' });
  const more = el('div', { class: 'more' });
  show(el('h1', {}, entity.name),
    el('p', { class: 'meta' }, `${TYPES[entity.type] ?? entity.type} · mentioned ${entity.mentionCount} ${entity.mentionCount === 1 ? 'time' : 'times'}`),
    entity.aliases.length > 0 ? el('p', {}, 'Also called: ', entity.aliases.join(', ')) : null,
    el('h2', {}, `Exchanges that mention ${entity.name} (${entity.exchanges.totalCount})`), list, more);
  append(entity.exchanges, list, more, id);
}

function append(exchanges, list, more, id) {
  exchanges.edges.forEach(({ node }) => list.append(el('li', {},
    el('a', { href: `#/article/${encodeURIComponent(node.interview.article.slug)}?exchange=${node.ordinal}` },
      `${node.interview.article.headline}, exchange ${node.ordinal}`),
    el('p', { class: 'question-text' }, node.question.text))));
  more.replaceChildren();
  if (exchanges.pageInfo.hasNextPage) {
    more.append(el('button', { type: 'button', onclick: async () => {
      try {
        const { entity } = await run('EntityPage', { id, first: 20, after: exchanges.pageInfo.endCursor });
        append(entity.exchanges, list, more, id);
      } catch (error) {
        more.replaceChildren(problem(error));
      }
    } }, 'Show more'));
  }
}
