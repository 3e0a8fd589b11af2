// Sign-in for teachers and editors.

import { el, show, routeParameters } from '../dom.js';
import { signIn } from '../session.js';

export function signInView() {
  const next = routeParameters().next ?? '#/lessons';
  const name = el('input', { type: 'text', id: 'sign-in-name', name: 'username', autocomplete: 'username', required: true });
  const password = el('input', { type: 'password', id: 'sign-in-password', name: 'password', autocomplete: 'current-password', required: true });
  const message = el('p', { class: 'problem', role: 'alert', hidden: true });
  const form = el('form', { class: 'sign-in', onsubmit: async event => {
    event.preventDefault();
    message.hidden = true;
    try {
      if (await signIn(name.value.trim(), password.value)) {
        location.hash = next.startsWith('#/') ? next : '#/lessons';
      } else {
        message.textContent = 'That name and password do not match an account (or too many attempts: wait a minute).';
        message.hidden = false;
        password.value = '';
        password.focus();
      }
    } catch (error) {
      message.textContent = error.message;
      message.hidden = false;
    }
  } },
  el('label', { for: 'sign-in-name' }, 'User name'), name,
  el('label', { for: 'sign-in-password' }, 'Password'), password,
  el('button', { type: 'submit' }, 'Sign in'), message);
  show(el('h1', {}, 'Sign in'), el('p', {}, 'Teachers sign in to build lessons from interview excerpts.'), form);
}
