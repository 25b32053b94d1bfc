import type { ApiError } from '../../shared/api/types';

/**
 * What `call` throws when the backend answers an error (or cannot be reached): the error's `code`
 * (INVALID_PAYLOAD, NOT_FOUND, CONFLICT, NETWORK …), a message for the user, and the offending field's
 * dotted `path` when there is one.
 */
export class ApiFailure extends Error {
  readonly code: string;
  readonly path: string | undefined;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
    this.path = error.path;
  }
}
