import type { ApiError, ApiErrorCode } from '../lib/team';

/** An error the API answers with its status and code (clients translate the code). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: Array<{ path: string; reason: string }>,
  ) {
    super(message);
  }
  body(): ApiError {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

export const notFound = (what: string) => new ApiFailure(404, 'not.found', `${what} not found`);
