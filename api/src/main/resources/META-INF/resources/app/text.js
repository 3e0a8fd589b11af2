// Text ranges over the article's source text: marks (highlights, entity links, vocabulary) laid into a
// paragraph by offsets, and a reader's selection turned into source offsets snapped to whole sentences.

import { el } from './dom.js';

/**
 * The paragraph's text as nodes, with each mark {start, end, make(text)} (offsets into the source) wrapped
 * by make. Marks that overlap an earlier one are dropped. Only exact copies of the source (text as long as
 * its span) can take marks by offset.
 */
export function markedText(paragraph, marks) {
  const { text, start } = paragraph;
  if (text.length !== paragraph.end - start) {
    return [text];
  }
  const nodes = [];
  let at = 0;
  const sorted = marks.filter(m => m.start >= start && m.end <= paragraph.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mark of sorted) {
    const from = mark.start - start;
    if (from < at) {
      continue;
    }
    nodes.push(text.slice(at, from));
    nodes.push(mark.make(text.slice(from, mark.end - start)));
    at = mark.end - start;
  }
  nodes.push(text.slice(at));
  return nodes;
}

/** Marks for each whole-word occurrence of the given words (case-insensitive) in a paragraph. */
export function wordMarks(paragraph, words, make) {
  const marks = [];
  for (const word of words.filter(w => w.trim().length > 0)) {
    const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
    for (const match of paragraph.text.matchAll(pattern)) {
      marks.push({ start: paragraph.start + match.index, end: paragraph.start + match.index + match[0].length, make });
    }
  }
  return marks;
}

/** A paragraph rendered with its source span, so a selection inside it can be mapped back to offsets. */
export function sourceParagraph(paragraph, marks = [], attributes = {}) {
  return el('p', { ...attributes, dataset: { start: paragraph.start, end: paragraph.end } },
    markedText(paragraph, marks));
}

/** The offset of a DOM position (node, offset) inside the paragraph element, counted in characters. */
function characterOffset(paragraphElement, node, offset) {
  const walker = document.createTreeWalker(paragraphElement, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === node) {
      return count + offset;
    }
    count += text.textContent.length;
  }
  // The position is the element itself (e.g. a triple click): offset counts child nodes.
  return offset === 0 ? 0 : count;
}

function paragraphOf(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element?.closest('p[data-start]');
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The span [start, end) of text widened to whole sentences, without trailing spaces. */
export function snapToSentences(text, start, end) {
  let from = 0;
  let to = text.length;
  for (const { index, segment } of SENTENCES.segment(text)) {
    const segmentEnd = index + segment.length;
    if (index <= start) {
      from = index;
    }
    if (segmentEnd >= end) {
      to = segmentEnd;
      break;
    }
  }
  while (to > from && /\s/.test(text[to - 1])) {
    to--;
  }
  return { start: from, end: to };
}

/**
 * The reader's selection inside one container (an exchange) as source offsets snapped to whole sentences:
 * {start, end, text}, or null when nothing is selected there or the selection leaves the container.
 */
export function selectedPassage(container) {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
    return null;
  }
  const range = selection.getRangeAt(0);
  const first = paragraphOf(range.startContainer);
  const last = paragraphOf(range.endContainer);
  if (!first || !last || !container.contains(first) || !container.contains(last)) {
    return null;
  }
  const firstText = first.textContent;
  const lastText = last.textContent;
  const firstStart = Number(first.dataset.start);
  const lastStart = Number(last.dataset.start);
  const verbatim = p => p.textContent.length === Number(p.dataset.end) - Number(p.dataset.start);
  if (!verbatim(first) || !verbatim(last)) {
    return { start: firstStart, end: Number(last.dataset.end), text: selection.toString().trim() };
  }
  const startIn = characterOffset(first, range.startContainer, range.startOffset);
  const endIn = characterOffset(last, range.endContainer, range.endOffset);
  const start = snapToSentences(firstText, startIn, Math.min(firstText.length, Math.max(startIn + 1, first === last ? endIn : startIn + 1))).start;
  const end = snapToSentences(lastText, Math.max(0, (first === last ? startIn : 0)), Math.max(endIn, 1)).end;
  if (first === last && end <= start) {
    return null;
  }
  const passageText = first === last ? firstText.slice(start, end) : `${firstText.slice(start)} … ${lastText.slice(0, end)}`;
  return { start: firstStart + start, end: lastStart + end, text: passageText };
}
