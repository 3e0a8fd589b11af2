// Small DOM helpers. Text from the service always goes in as text nodes, never as HTML.

/** Creates an element: el('a', {href: '#/', class: 'x', onclick: f}, 'text', child…). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the page's main content, moves focus to its first heading and names the page. */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, children);
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Colloquy` : 'Colloquy';
  (heading ?? main).setAttribute('tabindex', '-1');
  (heading ?? main).focus({ preventScroll: true });
}

/** Says something to screen readers and shows it briefly. */
export function announce(message) {
  const status = document.getElementById('status');
  status.textContent = message;
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => { status.textContent = ''; }, 6000);
}

/** A message for a failed request, in the page. */
export function problem(error) {
  return el('p', { class: 'problem', role: 'alert' }, error.message ?? String(error),
    error.code ? el('span', { class: 'code' }, ` (${error.code})`) : null);
}

/** The query string of the current hash route as an object: #/search?q=x → {q: 'x'}. */
export function routeParameters() {
  const hash = location.hash.slice(1);
  const question = hash.indexOf('?');
  return Object.fromEntries(new URLSearchParams(question < 0 ? '' : hash.slice(question + 1)));
}
