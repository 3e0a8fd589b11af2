// Print preview: the lesson's handout on A4 or Letter paper, opened as its own page to print.

import { run } from '../graphql.js';
import { el, show } from '../dom.js';

export async function printView(id) {
  const { lesson } = await run('signed-in/LessonEditor', { id });
  if (!lesson) {
    show(el('h1', {}, 'Lesson not found'));
    return;
  }
  const handout = paper => `/api/lessons/${encodeURIComponent(id)}/handout.html?paper=${paper}`;
  show(el('h1', {}, `Print: ${lesson.title}`),
    el('p', {}, `The handout has the ${lesson.excerpts.length} excerpts with their questions and answer lines, the vocabulary, `
      + 'and each source cited in APA, MLA and Chicago style. Open it for your paper size, then print it from the browser.'),
    el('ul', { class: 'print-choices' },
      el('li', {}, el('a', { class: 'button', href: handout('a4'), id: 'print-a4' }, 'Handout on A4 paper')),
      el('li', {}, el('a', { class: 'button', href: handout('letter'), id: 'print-letter' }, 'Handout on US Letter paper')),
      el('li', {}, el('a', { href: `/api/lessons/${encodeURIComponent(id)}/handout.md` }, 'Handout as Markdown (to edit)'))),
    el('p', {}, el('a', { href: `#/lesson/${encodeURIComponent(id)}` }, 'Back to the lesson')));
}
