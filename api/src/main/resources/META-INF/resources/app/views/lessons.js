// The teacher's lessons: open one, or start a new one.

import { run } from '../graphql.js';
import { el, show, problem } from '../dom.js';
import { currentViewer, isTeacher } from '../session.js';

export async function lessonsView() {
  if (!currentViewer().name) {
    location.hash = `#/sign-in?next=${encodeURIComponent('#/lessons')}`;
    return;
  }
  if (!isTeacher()) {
    show(el('h1', {}, 'My lessons'), el('p', {}, 'Lessons are for teachers; your account has no teacher role.'));
    return;
  }
  const { lessons } = await run('signed-in/MyLessons', { first: 50 });
  const title = el('input', { type: 'text', id: 'lesson-title', required: true, maxlength: 200 });
  const message = el('div');
  const form = el('form', { class: 'inline-form', onsubmit: async event => {
    event.preventDefault();
    try {
      const { createLesson } = await run('signed-in/CreateLesson', { title: title.value.trim() });
      location.hash = `#/lesson/${encodeURIComponent(createLesson.id)}`;
    } catch (error) {
      message.replaceChildren(problem(error));
    }
  } }, el('label', { for: 'lesson-title' }, 'Title of a new lesson '), title, el('button', { type: 'submit' }, 'Create lesson'), message);
  show(el('h1', {}, 'My lessons'),
    lessons.nodes.length === 0 ? el('p', {}, 'No lessons yet. Create one here, or open an article and add passages to a new lesson.') : null,
    el('ul', { class: 'lesson-list' }, lessons.nodes.map(lesson => el('li', {},
      el('a', { href: `#/lesson/${encodeURIComponent(lesson.id)}` }, lesson.title),
      el('span', { class: 'meta' }, ` · ${lesson.excerpts.length} excerpts · ${lesson.published ? 'shared' : 'draft'} · changed ${lesson.updatedAt.slice(0, 10)}`)))),
    el('h2', {}, 'New lesson'), form);
}
