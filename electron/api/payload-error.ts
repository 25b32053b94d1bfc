/**
 * Thrown by a handler when a payload passed the contract's schema but does not fit the plan or the stored
 * data (an unknown indicator, a formula error). dispatch answers it as INVALID_PAYLOAD with `path`.
 */
export class PayloadError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'PayloadError';
  }
}
