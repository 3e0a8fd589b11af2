// The bar above a transcript that says which lesson "Add … to lesson" adds to: one of the teacher's
// lessons, or a new one named on the spot.

import { run } from '../graphql.js';
import { el, announce } from '../dom.js';

const NEW = 'new';
const REMEMBERED = 'colloquy.lesson';

export function lessonPicker() {
  const select = el('select', { id: 'lesson-choice' }, el('option', { value: NEW }, 'A new lesson…'));
  const title = el('input', { type: 'text', id: 'new-lesson-title', maxlength: 200, placeholder: 'e.g. NATO and Ukraine' });
  const titleRow = el('span', { class: 'new-lesson' }, el('label', { for: 'new-lesson-title' }, 'New lesson title '), title);
  const lessons = new Map();
  const element = el('div', { class: 'lesson-picker', role: 'group', 'aria-label': 'Lesson to add excerpts to' },
    el('label', { for: 'lesson-choice' }, 'Add excerpts to '), select, titleRow,
    el('a', { href: '#/lessons', class: 'open-lessons' }, 'My lessons'));
  const showTitle = () => { titleRow.hidden = select.value !== NEW; };
  select.addEventListener('change', () => {
    showTitle();
    if (select.value !== NEW) sessionStorage.setItem(REMEMBERED, select.value);
  });

  run('signed-in/MyLessons', { first: 50 }).then(({ lessons: page }) => {
    page.nodes.forEach(lesson => {
      lessons.set(lesson.id, lesson);
      select.append(el('option', { value: lesson.id }, lesson.title));
    });
    const remembered = sessionStorage.getItem(REMEMBERED);
    if (remembered && lessons.has(remembered)) select.value = remembered;
    showTitle();
  }).catch(error => announce(`Your lessons could not be loaded: ${error.message}`));

  async function chosenLesson() {
    if (select.value !== NEW) {
      return lessons.get(select.value);
    }
    const name = title.value.trim();
    if (!name) {
      announce('Name the new lesson first.');
      title.focus();
      return null;
    }
    try {
      const { createLesson } = await run('signed-in/CreateLesson', { title: name });
      lessons.set(createLesson.id, createLesson);
      select.append(el('option', { value: createLesson.id }, createLesson.title));
      select.value = createLesson.id;
      sessionStorage.setItem(REMEMBERED, createLesson.id);
      title.value = '';
      showTitle();
      return createLesson;
    } catch (error) {
      announce(`The lesson could not be created: ${error.message}`);
      return null;
    }
  }

  showTitle();
  return { element, chosenLesson };
}
