// The lesson builder: the excerpts in order (reordered by drag or by keyboard), each with the teacher's
// note and discussion questions, the vocabulary highlighted in the excerpts, and a target level that flags
// excerpts harder than the class reads.

import { run } from '../graphql.js';
import { el, show, problem, announce } from '../dom.js';
import { markedText, wordMarks } from '../text.js';
import { levels, levelOf, harderThan } from '../levels.js';

export async function lessonView(id) {
  const { lesson } = await run('signed-in/LessonEditor', { id });
  if (!lesson) {
    show(el('h1', {}, 'Lesson not found'), el('p', {}, 'No lesson you can see has this address. ', el('a', { href: '#/lessons' }, 'My lessons')));
    return;
  }
  const state = { lesson, excerpts: [...lesson.excerpts] };
  const list = el('ol', { class: 'excerpts', 'aria-label': 'Excerpts in lesson order' });
  const render = () => renderExcerpts(state, list);
  show(el('h1', {}, lesson.title),
    el('p', { class: 'meta' }, `${lesson.published ? 'Shared with other teachers' : 'Draft: only you can see it'} · `,
      el('a', { href: `#/lesson/${encodeURIComponent(lesson.id)}/print` }, 'Print preview')),
    lesson.editable ? settings(state, render) : null,
    el('h2', {}, 'Excerpts'),
    lesson.editable && lesson.excerpts.length > 1 ? el('p', { class: 'hint', id: 'reorder-help' },
      'Reorder by dragging an excerpt by its handle, or with the Move up and Move down buttons (or Alt+Up and Alt+Down on a handle).') : null,
    list,
    state.excerpts.length === 0 ? el('p', {}, 'No excerpts yet. ', el('a', { href: '#/' }, 'Open an article'),
      ' and add sentences or whole exchanges to this lesson.') : null,
    lesson.editable ? vocabularyEditor(state, render) : vocabularyList(state));
  render();
}

function settings(state, render) {
  const title = el('input', { type: 'text', id: 'lesson-title-edit', value: state.lesson.title, maxlength: 200, required: true });
  const level = el('select', { id: 'target-level' }, el('option', { value: '' }, 'No target'),
    levels().map(l => el('option', { value: l.id, selected: l.id === targetLevel(state) }, l.label)));
  level.addEventListener('change', async () => {
    try {
      const { setLessonTargetLevel } = await run('signed-in/SetLessonTargetLevel', { id: state.lesson.id, level: level.value || null });
      state.lesson.targetLevel = setLessonTargetLevel.targetLevel;
      render();
      announce(level.value ? `Target level set to ${level.value}.` : 'Target level cleared.');
    } catch (error) {
      level.value = targetLevel(state);
      announce(`The target level was not saved: ${error.message}`);
    }
  });
  return el('div', { class: 'lesson-settings' },
    el('form', { class: 'inline-form', onsubmit: async event => {
      event.preventDefault();
      try {
        await run('signed-in/RenameLesson', { id: state.lesson.id, title: title.value.trim() });
        document.querySelector('h1').textContent = title.value.trim();
        announce('Title saved.');
      } catch (error) {
        announce(`The title was not saved: ${error.message}`);
      }
    } }, el('label', { for: 'lesson-title-edit' }, 'Title '), title, el('button', { type: 'submit' }, 'Rename')),
    el('p', {}, el('label', { for: 'target-level' }, 'Target reading level '), level));
}

function targetLevel(state) {
  return state.lesson.targetLevel ?? '';
}

function renderExcerpts(state, list) {
  const words = state.lesson.vocabulary.map(term => term.word);
  list.replaceChildren(...state.excerpts.map((excerpt, index) => excerptCard(state, excerpt, index, words, list)));
}

function excerptCard(state, excerpt, index, words, list) {
  const editable = state.lesson.editable;
  const heading = `${index + 1}. ${excerpt.article.headline}`
    + (excerpt.exchange ? `, exchange ${excerpt.exchange.ordinal}` : '');
  const level = levelOf(excerpt.readingLevel);
  const target = targetLevel(state);
  const card = el('li', { class: 'excerpt', dataset: { id: excerpt.id } },
    el('div', { class: 'excerpt-head' },
      editable ? handle(state, excerpt, index, list) : null,
      el('h3', {}, heading)),
    excerpt.question ? el('p', { class: 'excerpt-question' }, el('span', { class: 'speaker' }, 'Question: '), excerpt.question) : null,
    el('blockquote', { class: 'excerpt-text' }, excerpt.speaker ? el('span', { class: 'speaker' }, `${excerpt.speaker}: `) : null,
      markedText({ text: excerpt.text, start: 0, end: excerpt.text.length },
        wordMarks({ text: excerpt.text, start: 0, end: excerpt.text.length }, words, text => el('mark', { class: 'vocab' }, text)))),
    el('p', { class: 'meta' }, `${excerpt.wordCount} words · reading level ${level.label}`,
      excerpt.status !== 'UNCHANGED' ? ` · ${excerpt.status === 'RELOCATED' ? 'moved in a newer revision of the article' : 'no longer found in the article'}` : ''),
    target && harderThan(excerpt.readingLevel, target) ? el('p', { class: 'warning' },
      `Harder than the target level: ${level.label} is above ${levels().find(l => l.id === target).label}.`) : null,
    editable ? annotations(state, excerpt) : readOnlyAnnotations(excerpt));
  if (editable) {
    card.addEventListener('dragover', event => { event.preventDefault(); card.classList.add('drop-target'); });
    card.addEventListener('dragleave', () => card.classList.remove('drop-target'));
    card.addEventListener('drop', event => {
      event.preventDefault();
      card.classList.remove('drop-target');
      const from = state.excerpts.findIndex(e => e.id === event.dataTransfer.getData('text/plain'));
      if (from >= 0) move(state, from, index, list);
    });
  }
  return card;
}

function handle(state, excerpt, index, list) {
  const last = state.excerpts.length - 1;
  const grip = el('button', { type: 'button', class: 'handle', draggable: 'true', 'aria-describedby': 'reorder-help',
    'aria-label': `Move excerpt ${index + 1}` }, '⠿');
  grip.addEventListener('dragstart', event => {
    event.dataTransfer.setData('text/plain', excerpt.id);
    event.dataTransfer.effectAllowed = 'move';
  });
  grip.addEventListener('keydown', event => {
    if (event.altKey && event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      move(state, index, index - 1, list);
    } else if (event.altKey && event.key === 'ArrowDown' && index < last) {
      event.preventDefault();
      move(state, index, index + 1, list);
    }
  });
  return el('span', { class: 'reorder' }, grip,
    el('button', { type: 'button', class: 'small', disabled: index === 0, onclick: () => move(state, index, index - 1, list) },
      'Move up', el('span', { class: 'visually-hidden' }, ` excerpt ${index + 1}`)),
    el('button', { type: 'button', class: 'small', disabled: index === last, onclick: () => move(state, index, index + 1, list) },
      'Move down', el('span', { class: 'visually-hidden' }, ` excerpt ${index + 1}`)));
}

async function move(state, from, to, list) {
  if (from === to) return;
  const before = [...state.excerpts];
  const [moved] = state.excerpts.splice(from, 1);
  state.excerpts.splice(to, 0, moved);
  renderExcerpts(state, list);
  list.querySelector(`[data-id="${CSS.escape(moved.id)}"] .handle`)?.focus();
  try {
    await run('signed-in/ReorderExcerpts', { lessonId: state.lesson.id, excerptIds: state.excerpts.map(e => e.id) });
    announce(`Excerpt moved to position ${to + 1} of ${state.excerpts.length}.`);
  } catch (error) {
    state.excerpts = before;
    renderExcerpts(state, list);
    announce(`The new order was not saved: ${error.message}`);
  }
}

function annotations(state, excerpt) {
  const noteId = `note-${excerpt.id}`;
  const note = el('textarea', { id: noteId, rows: 3, maxlength: 5000 }, excerpt.note ?? '');
  const questions = el('ol', { class: 'questions' });
  const addQuestion = text => {
    const number = questions.children.length + 1;
    const inputId = `question-${excerpt.id}-${number}`;
    const input = el('input', { type: 'text', id: inputId, value: text, maxlength: 1000, class: 'question-input' });
    const item = el('li', {}, el('label', { for: inputId, class: 'visually-hidden' }, `Discussion question ${number}`), input,
      el('button', { type: 'button', class: 'small', onclick: () => item.remove() }, 'Remove', el('span', { class: 'visually-hidden' }, ` question ${number}`)));
    questions.append(item);
    return input;
  };
  excerpt.discussionQuestions.forEach(addQuestion);
  return el('form', { class: 'annotations', onsubmit: async event => {
    event.preventDefault();
    const asked = [...questions.querySelectorAll('input')].map(i => i.value.trim()).filter(Boolean);
    try {
      const { annotateExcerpt } = await run('signed-in/AnnotateExcerpt', { id: excerpt.id, note: note.value, discussionQuestions: asked });
      Object.assign(excerpt, annotateExcerpt);
      announce('Note and questions saved.');
    } catch (error) {
      announce(`Not saved: ${error.message}`);
    }
  } },
  el('label', { for: noteId }, 'Note for the class'), note,
  el('fieldset', {}, el('legend', {}, 'Discussion questions'), questions,
    el('button', { type: 'button', class: 'small', onclick: () => addQuestion('').focus() }, 'Add a question')),
  el('div', { class: 'buttons' },
    el('button', { type: 'submit' }, 'Save note and questions'),
    el('button', { type: 'button', class: 'danger', onclick: async () => {
      try {
        await run('signed-in/RemoveExcerpt', { id: excerpt.id });
        state.excerpts = state.excerpts.filter(e => e.id !== excerpt.id);
        renderExcerpts(state, document.querySelector('ol.excerpts'));
        announce('Excerpt removed.');
      } catch (error) {
        announce(`Not removed: ${error.message}`);
      }
    } }, 'Remove excerpt')));
}

function readOnlyAnnotations(excerpt) {
  return el('div', {}, excerpt.note ? el('p', { class: 'note' }, excerpt.note) : null,
    excerpt.discussionQuestions.length > 0 ? el('ol', {}, excerpt.discussionQuestions.map(q => el('li', {}, q))) : null);
}

function vocabularyList(state) {
  return el('section', {}, el('h2', {}, 'Vocabulary'),
    el('dl', {}, state.lesson.vocabulary.map(term => [el('dt', {}, term.word), el('dd', {}, term.definition)])));
}

function vocabularyEditor(state, render) {
  const rows = el('div', { class: 'vocabulary-rows' });
  const addRow = (word = '', definition = '') => {
    const n = rows.children.length + 1;
    const row = el('div', { class: 'vocabulary-row' },
      el('label', { for: `word-${n}` }, 'Word'), el('input', { type: 'text', id: `word-${n}`, value: word, class: 'word', maxlength: 100 }),
      el('label', { for: `definition-${n}` }, 'Meaning'), el('input', { type: 'text', id: `definition-${n}`, value: definition, class: 'definition', maxlength: 1000 }),
      el('button', { type: 'button', class: 'small', onclick: () => row.remove() }, 'Remove', el('span', { class: 'visually-hidden' }, ` word ${n}`)));
    rows.append(row);
    return row;
  };
  state.lesson.vocabulary.forEach(term => addRow(term.word, term.definition));
  return el('section', { 'aria-labelledby': 'vocabulary-heading' },
    el('h2', { id: 'vocabulary-heading' }, 'Vocabulary'),
    el('p', { class: 'hint' }, 'Words listed here are highlighted in the excerpts and printed with their meanings.'),
    el('form', { onsubmit: async event => {
      event.preventDefault();
      const terms = [...rows.children].map(row => ({ word: row.querySelector('.word').value.trim(), definition: row.querySelector('.definition').value.trim() }))
        .filter(term => term.word);
      try {
        const { setVocabulary } = await run('signed-in/SetVocabulary', { lessonId: state.lesson.id, terms });
        state.lesson.vocabulary = setVocabulary.vocabulary;
        render();
        announce('Vocabulary saved.');
      } catch (error) {
        announce(`Not saved: ${error.message}`);
      }
    } }, rows,
    el('div', { class: 'buttons' }, el('button', { type: 'button', class: 'small', onclick: () => addRow().querySelector('input').focus() }, 'Add a word'),
      el('button', { type: 'submit' }, 'Save vocabulary'))));
}
