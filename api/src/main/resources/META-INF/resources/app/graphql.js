// The app's only way to the service: the named operations of the frontend contract, served from
// /contract/operations. The app holds no GraphQL text of its own, so every request it makes is one the
// contract's build checks against the schema.

const documents = new Map();

/** An error the service answered, with its code (e.g. UNAUTHENTICATED, BAD_USER_INPUT) and message. */
export class ServiceError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

async function documentOf(name) {
  if (!documents.has(name)) {
    documents.set(name, fetch(`/contract/operations/${name}.graphql`).then(response => {
      if (!response.ok) {
        throw new ServiceError('MISSING_OPERATION', `The operation ${name} is not part of the contract.`);
      }
      return response.text();
    }));
  }
  return documents.get(name);
}

/**
 * Runs the contract operation `name` (a path under operations/, e.g. "InterviewReader" or
 * "signed-in/AddExcerpt") and returns its data, or throws a ServiceError with the first error's code.
 */
export async function run(name, variables = {}) {
  const query = await documentOf(name);
  const operationName = name.split('/').pop();
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ query, operationName, variables }),
    });
  } catch (e) {
    throw new ServiceError('NETWORK', 'The service cannot be reached. Check your connection and try again.');
  }
  const answer = await response.json().catch(() => null);
  if (answer === null) {
    throw new ServiceError(`HTTP_${response.status}`, `The service answered ${response.status}.`);
  }
  if (answer.errors && answer.errors.length > 0) {
    const first = answer.errors[0];
    throw new ServiceError(first.extensions?.code ?? answer.code ?? 'ERROR', first.message ?? 'The request failed.');
  }
  if (answer.code) {
    throw new ServiceError(answer.code, answer.message ?? 'The request failed.');
  }
  return answer.data;
}
