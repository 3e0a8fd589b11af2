// The teacher's web app: a hash router over the views. Each view renders into <main> from the answers
// of the frontend contract's named operations.

import { show, el, problem } from './dom.js';
import { accountArea, onViewerChange, refreshViewer } from './session.js';
import { articlesView } from './views/articles.js';
import { searchView } from './views/search.js';
import { readerView } from './views/reader.js';
import { entityView } from './views/entity.js';
import { lessonsView } from './views/lessons.js';
import { lessonView } from './views/lesson.js';
import { printView } from './views/print.js';
import { signInView } from './views/sign-in.js';

const routes = [
  [/^\/?$/, () => articlesView()],
  [/^\/search$/, () => searchView()],
  [/^\/article\/([^/]+)$/, slug => readerView(decodeURIComponent(slug))],
  [/^\/entity\/([^/]+)$/, id => entityView(decodeURIComponent(id))],
  [/^\/lessons$/, () => lessonsView()],
  [/^\/lesson\/([^/]+)$/, id => lessonView(decodeURIComponent(id))],
  [/^\/lesson\/([^/]+)\/print$/, id => printView(decodeURIComponent(id))],
  [/^\/sign-in$/, () => signInView()],
];

function path() {
  const hash = location.hash.slice(1) || '/';
  const question = hash.indexOf('?');
  return question < 0 ? hash : hash.slice(0, question);
}

async function route() {
  const current = path();
  markCurrentLink(current);
  for (const [pattern, view] of routes) {
    const match = pattern.exec(current);
    if (match) {
      try {
        await view(...match.slice(1));
      } catch (error) {
        show(el('h1', {}, 'Something went wrong'), problem(error));
      }
      return;
    }
  }
  show(el('h1', {}, 'Page not found'), el('p', {}, 'There is no such page. ', el('a', { href: '#/' }, 'See all articles.')));
}

function markCurrentLink(current) {
  document.querySelectorAll('.site-header nav a').forEach(link => {
    const target = link.getAttribute('href').slice(1);
    const here = target === '/' ? current === '/' || current.startsWith('/article') : current.startsWith(target);
    if (here) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
}

onViewerChange(() => document.getElementById('account').replaceChildren(accountArea()));
window.addEventListener('hashchange', route);
refreshViewer().then(route);
