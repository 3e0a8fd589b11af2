// For editors: correct an article's date, author, address, publication or headline when the import missed
// them; citations and handouts use the corrected values.

import { run } from '../graphql.js';
import { el, announce } from '../dom.js';

const FIELDS = [
  ['publishedOn', 'Publication date', 'date', 'yyyy-mm-dd'],
  ['author', 'Author', 'text', 'Given Family'],
  ['publication', 'Publication', 'text', ''],
  ['sourceUrl', 'Address of the original', 'url', 'https://…'],
  ['headline', 'Headline', 'text', ''],
];

export function metadataEditor(article) {
  const inputs = Object.fromEntries(FIELDS.map(([name, label, type, placeholder]) =>
    [name, el('input', { type, id: `meta-${name}`, value: article[name] ?? '', placeholder })]));
  const form = el('form', { class: 'metadata-form', onsubmit: async event => {
    event.preventDefault();
    const input = { articleId: article.id };
    for (const [name] of FIELDS) {
      const value = inputs[name].value.trim();
      if (value !== (article[name] ?? '')) input[name] = value;
    }
    if (Object.keys(input).length === 1) {
      announce('Nothing changed.');
      return;
    }
    try {
      const { correctArticleMetadata } = await run('signed-in/CorrectArticleMetadata', { input });
      Object.assign(article, correctArticleMetadata);
      announce('Article details saved. Citations and handouts now use them.');
    } catch (error) {
      announce(`Not saved: ${error.message}`);
    }
  } },
  FIELDS.map(([name, label]) => el('p', {}, el('label', { for: `meta-${name}` }, label), ' ', inputs[name])),
  el('p', { class: 'hint' }, 'Empty a field to remove a correction. Re-importing the article keeps these.'),
  el('button', { type: 'submit' }, 'Save details'));
  return el('details', { class: 'metadata-editor' }, el('summary', {}, 'Correct the article’s details (editors)'), form);
}
