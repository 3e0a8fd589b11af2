// The home page: a search box and every article of the corpus, a page at a time.

import { run } from '../graphql.js';
import { el, show, problem } from '../dom.js';
import { searchForm } from './search.js';

export async function articlesView() {
  const list = el('ul', { class: 'article-list' });
  const more = el('div', { class: 'more' });
  show(el('h1', {}, 'Interviews'), searchForm(''), el('h2', {}, 'All articles'), list, more);
  await loadPage(list, more, null);
}

async function loadPage(list, more, after) {
  try {
    const { articles } = await run('ArticleList', { first: 20, after });
    articles.edges.forEach(({ node }) => list.append(articleItem(node)));
    more.replaceChildren();
    if (articles.pageInfo.hasNextPage) {
      more.append(el('button', { type: 'button', onclick: () => loadPage(list, more, articles.pageInfo.endCursor) },
        'Show more articles'));
    }
  } catch (error) {
    more.replaceChildren(problem(error));
  }
}

function articleItem(article) {
  const interview = article.interview;
  const people = interview ? [
    interview.interviewee?.name ? `with ${interview.interviewee.name}` : null,
    interview.interviewer?.name ? `by ${interview.interviewer.name}` : null,
  ].filter(Boolean).join(', ') : null;
  return el('li', {},
    el('h3', {}, el('a', { href: `#/article/${encodeURIComponent(article.slug)}` }, article.headline)),
    article.standfirst ? el('p', { class: 'standfirst' }, article.standfirst) : null,
    el('p', { class: 'meta' }, [article.publication, article.publishedOn, people,
      interview ? `${interview.exchanges.totalCount} exchanges` : null].filter(Boolean).join(' · ')));
}
