import { AuthenticationError, ConnectionError, FoyerError } from '@foyer/sdk';
import type { ConsoleStrings } from './strings.ts';

/** The sentence a failure shows: the service's own for a 4xx, a network or a generic one otherwise. */
export function failureSentence(error: unknown, s: Pick<ConsoleStrings, 'sessionEnded' | 'networkError' | 'genericError'>): string {
  if (error instanceof AuthenticationError) return s.sessionEnded;
  if (error instanceof ConnectionError) return s.networkError;
  if (error instanceof FoyerError && error.status !== undefined && error.status < 500 && error.message) return error.message;
  return s.genericError;
}
