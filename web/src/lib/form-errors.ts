import { ApiError } from './api';

/** The parts of a zod issue worth turning into words (kept structural so lib/ needs no zod import). */
interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  format?: string;
}

/** 'allergies.0.substance': the path Mantine's form uses for the same field. */
function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Zod's built-in messages ("Too small: expected string to have >=1 characters") are for developers;
 * the domain's own messages ("must be a phone number") already read as the end of a sentence.
 */
function issueWords(issue: SchemaIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'is required' : `is too short or too small`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${String(issue.maximum)} characters)`
        : 'is too large';
    case 'invalid_format':
      return issue.format === 'email' ? 'must be an email address' : issue.message;
    case 'invalid_type':
      return 'is required';
    case 'invalid_value':
      return 'must be one of the choices';
    default:
      return issue.message;
  }
}

/** `{ 'nextOfKin.name': 'Next of kin name is required' }` for a form, from schema issues. */
export function formErrorsFromIssues(
  issues: readonly SchemaIssue[],
  labels: Record<string, string>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issuePath(issue.path);
    const key = path.replace(/\.\d+\./, '.*.');
    const label = labels[path] ?? labels[key] ?? 'This field';
    errors[path] ??= `${label} ${issueWords(issue)}`;
  }
  return errors;
}

/**
 * Field errors from a 400 VALIDATION_FAILED answer, keyed by the form path (`body.` dropped), so a
 * rule the server knows and the browser did not still lands on its field.
 */
export function serverFieldErrors(error: unknown, labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return out;
  for (const item of error.details as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { path, message } = item as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') continue;
    const field = path.replace(/^(body|query|params)\./, '');
    const key = field.replace(/\.\d+\./, '.*.');
    const label = labels[field] ?? labels[key];
    if (label) out[field] = `${label} ${message}`;
  }
  return out;
}
