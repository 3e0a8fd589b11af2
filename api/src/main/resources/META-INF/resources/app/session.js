// Who is reading: an anonymous reader, or a signed-in teacher or editor. Signing in posts the form to the
// service's form authentication (/j_security_check), which answers with an HTTP-only session cookie; the
// page never holds the password after the request.

import { run } from './graphql.js';
import { el } from './dom.js';

let viewer = { name: null, displayName: null, roles: [] };
const listeners = [];

export function currentViewer() {
  return viewer;
}

export function isTeacher() {
  return viewer.roles.includes('teacher');
}

export function isEditor() {
  return viewer.roles.includes('editor');
}

export function onViewerChange(listener) {
  listeners.push(listener);
}

export async function refreshViewer() {
  try {
    const data = await run('Viewer');
    viewer = data.viewer;
  } catch (e) {
    viewer = { name: null, displayName: null, roles: [] };
  }
  listeners.forEach(listener => listener(viewer));
  return viewer;
}

/** Signs in; resolves to true when the service accepted the name and password. */
export async function signIn(name, password) {
  const body = new URLSearchParams({ j_username: name, j_password: password });
  const response = await fetch('/j_security_check', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
    redirect: 'manual',
  });
  if (response.status >= 400 && response.status !== 401 && response.status !== 403) {
    throw new Error(`Signing in failed: the service answered ${response.status}.`);
  }
  const signedIn = (await refreshViewer()).name !== null;
  return signedIn;
}

export async function signOut() {
  await fetch('/api/session/sign-out', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
  await refreshViewer();
}

/** The account area of the header: who is signed in, with a sign-out button, or a sign-in link. */
export function accountArea() {
  if (viewer.name === null) {
    return el('a', { href: `#/sign-in?next=${encodeURIComponent(location.hash || '#/')}` }, 'Sign in');
  }
  return el('span', {}, 'Signed in as ', el('strong', {}, viewer.displayName ?? viewer.name), ' ',
    el('button', { type: 'button', class: 'link-button', onclick: async () => {
      await signOut();
      location.hash = '#/';
    } }, 'Sign out'));
}
