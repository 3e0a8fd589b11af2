// The article reader: lead, pictures and pull quotes where they stood, the transcript as questions and
// answers with who asks and who answers, entity names linking to their pages, a compare view for each quote,
// and, for teachers, passages or whole exchanges added to a lesson.

import { run } from '../graphql.js';
import { el, show, problem, announce, routeParameters } from '../dom.js';
import { sourceParagraph, selectedPassage } from '../text.js';
import { isTeacher, isEditor, currentViewer } from '../session.js';
import { metadataEditor } from './metadata.js';
import { lessonPicker } from './lesson-picker.js';

const PAGE = 50;

/**
 * The last passage the reader selected in an exchange. Typing a lesson title or pressing a button moves the
 * browser's selection away, so "Add selected sentences" uses the passage as it was last selected there.
 */
const lastSelection = new WeakMap();
document.addEventListener('selectionchange', () => {
  const anchor = window.getSelection()?.anchorNode;
  const element = anchor && (anchor.nodeType === Node.ELEMENT_NODE ? anchor : anchor.parentElement);
  const block = element?.closest?.('article.exchange');
  const passage = block && selectedPassage(block);
  if (passage) {
    lastSelection.set(block, passage);
  }
});
/** Below this confidence the importer was unsure where the exchange begins or ends. */
const UNSURE = 0.9;

export async function readerView(slug) {
  show(el('h1', {}, 'Loading…'));
  const [article, annotations] = await Promise.all([wholeArticle(slug), run('ArticleAnnotations', { slug })]);
  if (!article) {
    show(el('h1', {}, 'Article not found'), el('p', {}, 'No article has this address. ', el('a', { href: '#/' }, 'See all articles.')));
    return;
  }
  const marks = entityMarks(annotations.article.entities.nodes);
  const quotes = annotations.article.quotes.nodes;
  const picker = isTeacher() ? lessonPicker() : null;
  show(header(article), isEditor() ? metadataEditor(article) : null, picker?.element ?? signInHint(),
    lead(article, marks, quotes), transcript(article, marks, quotes, picker));
  scrollToExchange(routeParameters().exchange);
}

/** The article with every page of its exchanges. */
async function wholeArticle(slug) {
  let data = await run('InterviewReader', { slug, first: PAGE });
  const article = data.article;
  if (!article?.interview) {
    return article;
  }
  const exchanges = article.interview.exchanges;
  while (exchanges.pageInfo.hasNextPage) {
    data = await run('InterviewReader', { slug, first: PAGE, after: exchanges.pageInfo.endCursor });
    const page = data.article.interview.exchanges;
    exchanges.edges.push(...page.edges);
    exchanges.pageInfo = page.pageInfo;
  }
  return article;
}

function entityMarks(entities) {
  return entities.flatMap(entity => entity.mentions.map(mention => ({
    start: mention.start, end: mention.end,
    make: text => el('a', { href: `#/entity/${encodeURIComponent(entity.id)}`, class: `entity entity-${entity.type.toLowerCase()}`,
      title: `${entity.name} (${entity.type.toLowerCase()})` }, text),
  })));
}

function header(article) {
  const interview = article.interview;
  return el('header', { class: 'article-header' },
    el('h1', {}, article.headline),
    article.standfirst ? el('p', { class: 'standfirst' }, article.standfirst) : null,
    el('p', { class: 'meta' }, [article.author ? `By ${article.author}` : null, article.publication, article.publishedOn, article.dateline].filter(Boolean).join(' · '),
      article.sourceUrl ? [' · ', el('a', { href: article.sourceUrl, rel: 'noopener noreferrer' }, 'original article')] : null),
    interview ? el('p', { class: 'participants' },
      'Interview with ', el('strong', {}, speakerName(interview.interviewee)),
      interview.interviewer ? [' by ', el('strong', {}, speakerName(interview.interviewer))] : null) : null);
}

function speakerName(speaker) {
  return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}

function signInHint() {
  return currentViewer().name ? null : el('p', { class: 'hint' },
    el('a', { href: `#/sign-in?next=${encodeURIComponent(location.hash)}` }, 'Sign in'), ' as a teacher to add passages to a lesson.');
}

function lead(article, marks, quotes) {
  const section = el('section', { class: 'lead', 'aria-label': 'Article lead' });
  for (const paragraph of article.leadParagraphs) {
    section.append(sourceParagraph(paragraph, marks));
    section.append(...quotesWithin(quotes, paragraph.start, paragraph.end, 'NARRATIVE').map(quoteCompare).filter(Boolean));
  }
  article.images.filter(image => image.placedAfterExchange === 0).forEach(image => section.append(picture(image)));
  return section;
}

function quotesWithin(quotes, start, end, kind) {
  return quotes.filter(q => q.kind === kind && q.start >= start && q.start < end);
}

function transcript(article, marks, quotes, picker) {
  const interview = article.interview;
  const section = el('section', { class: 'transcript', 'aria-labelledby': 'transcript-heading' },
    el('h2', { id: 'transcript-heading' }, 'The interview'),
    article.transcriptIntro ? el('p', { class: 'transcript-intro' }, article.transcriptIntro) : null);
  if (!interview) {
    section.append(el('p', {}, 'The importer found no interview in this article.'));
    return section;
  }
  const exchanges = interview.exchanges.edges.map(edge => edge.node);
  const pulls = quotes.filter(q => q.kind === 'PULL');
  exchanges.forEach((exchange, index) => {
    section.append(exchangeBlock(exchange, interview, marks, picker));
    const nextStart = exchanges[index + 1] ? exchangeStart(exchanges[index + 1]) : Infinity;
    pulls.filter(q => q.start >= exchangeStart(exchange) && q.start < nextStart).forEach(q => section.append(pullQuote(q)));
    article.images.filter(image => image.placedAfterExchange === exchange.ordinal).forEach(image => section.append(picture(image)));
  });
  return section;
}

function exchangeStart(exchange) {
  return exchange.question.paragraphs[0]?.start ?? 0;
}

function exchangeBlock(exchange, interview, marks, picker) {
  const asker = exchange.question.speaker?.name ?? interview.interviewer?.name ?? 'Interviewer';
  const answerer = exchange.answer.speaker?.name ?? interview.interviewee.name;
  const block = el('article', { class: 'exchange', id: `exchange-${exchange.ordinal}`, 'aria-labelledby': `exchange-${exchange.ordinal}-title` },
    el('h3', { id: `exchange-${exchange.ordinal}-title`, class: 'exchange-title' }, `Exchange ${exchange.ordinal}`),
    exchange.confidence < UNSURE ? el('p', { class: 'unsure' },
      `The importer is unsure where this exchange begins or ends (confidence ${exchange.confidence.toFixed(2)}).`) : null,
    el('div', { class: 'turn question' }, el('p', { class: 'speaker' }, `${asker} asks`),
      exchange.question.paragraphs.map(p => sourceParagraph(p, marks))),
    el('div', { class: 'turn answer' }, el('p', { class: 'speaker' }, `${answerer} answers`),
      exchange.answer.paragraphs.map(p => sourceParagraph(p, marks))));
  if (picker) {
    block.append(excerptActions(block, exchange, picker));
  }
  return block;
}

function excerptActions(block, exchange, picker) {
  const add = async (input, what) => {
    const lesson = await picker.chosenLesson();
    if (!lesson) return;
    try {
      const { addExcerpt } = await run('signed-in/AddExcerpt', { input: { lessonId: lesson.id, exchangeId: exchange.id, ...input } });
      announce(`Added ${what} to “${lesson.title}” as excerpt ${addExcerpt.position}.`);
    } catch (error) {
      announce(`Could not add the excerpt: ${error.message}`);
    }
  };
  return el('div', { class: 'excerpt-actions' },
    el('button', { type: 'button', onclick: () => {
      const passage = selectedPassage(block) ?? lastSelection.get(block);
      if (!passage) {
        announce(`Select one or more sentences of exchange ${exchange.ordinal} first.`);
        return;
      }
      add({ start: passage.start, end: passage.end }, 'the selected sentences');
    } }, 'Add selected sentences to lesson'),
    el('button', { type: 'button', onclick: () => add({}, `exchange ${exchange.ordinal}`) }, 'Add whole exchange to lesson'));
}

function pullQuote(quote) {
  return el('aside', { class: 'pull-quote', 'aria-label': 'Pull quote' },
    el('blockquote', {}, el('p', {}, quote.text)),
    quote.speaker ? el('p', { class: 'quote-speaker' }, `— ${quote.speaker.name}`) : null,
    comparison(quote));
}

/** A quote of the lead, where the passage it renders is known: a disclosure under its paragraph. */
function quoteCompare(quote) {
  return quote.sourcePassage ? comparison(quote, `Compare “${firstWords(quote.text)}” with the interview`) : null;
}

function firstWords(text) {
  const words = text.replace(/^[“"‘']+/, '').split(/\s+/);
  return words.length <= 6 ? words.join(' ') : `${words.slice(0, 6).join(' ')} …`;
}

/** A disclosure setting the quote beside the passage of the interview it renders. */
function comparison(quote, summary = 'Compare with the interview') {
  if (!quote.sourcePassage) {
    return null;
  }
  const ordinal = quote.sourceExchange?.ordinal;
  return el('details', { class: 'compare' },
    el('summary', {}, summary),
    el('div', { class: 'compare-columns' },
      el('figure', {}, el('figcaption', {}, 'As quoted'), el('blockquote', {}, quote.text)),
      el('figure', {}, el('figcaption', {}, ordinal ? `As said in exchange ${ordinal}` : 'As said'),
        el('blockquote', {}, quote.sourcePassage.text))),
    el('p', { class: 'meta' }, quote.similarity !== null ? `Similarity ${Math.round(quote.similarity * 100)} %` : '',
      ordinal ? [' · ', el('a', { href: `#exchange-${ordinal}`, onclick: event => {
        event.preventDefault();
        scrollToExchange(ordinal);
      } }, `go to exchange ${ordinal}`)] : null));
}

function picture(image) {
  return el('figure', { class: 'picture' },
    el('figcaption', {}, el('span', { class: 'picture-label' }, 'Picture: '), image.caption ?? '',
      image.credit ? el('span', { class: 'credit' }, ` (${image.credit})`) : null));
}

function scrollToExchange(ordinal) {
  if (!ordinal) return;
  const target = document.getElementById(`exchange-${ordinal}`);
  if (target) {
    target.scrollIntoView({ block: 'start' });
    const title = target.querySelector('.exchange-title');
    title.setAttribute('tabindex', '-1');
    title.focus({ preventScroll: true });
  }
}
