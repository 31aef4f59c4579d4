// Every English string the widget shows, in one place. The other languages are packs in locales/, typed against
// these keys (a missing one reads in English; locales.test.ts fails when a pack lacks one); the page overrides
// any string through `<foyer-portal>.strings`. Functions take the values they name. The preview's strings are
// shared with the console (components/file-preview/strings.ts).

import type { viewsEn } from './strings-views.ts';

/** The first screen's English (sign-in, loading, errors): the rest, which only the signed-in views show, is
 * strings-views.ts's, in their chunk. */
export const en = {
  loading: 'Loading…',
  poweredBy: 'Secure client portal',
  // Sign-in
  signInTitle: 'Sign in',
  signInIntro: 'Enter your email address and we will send you a sign-in code.',
  emailLabel: 'Email address',
  nameLabel: 'Your name',
  continue: 'Continue',
  sendCode: 'Send code',
  sending: 'Sending…',
  linkIntro: 'Tell us who you are to open this portal.',
  codeSentTitle: 'Check your email',
  codeSent: (email: string) => `If ${email} has access to this portal, we sent it a 6-digit code. It works for 10 minutes.`,
  codeLabel: 'Sign-in code',
  codeDigit: (n: number) => `Digit ${n} of 6`,
  verify: 'Sign in',
  verifying: 'Signing in…',
  resend: 'Send a new code',
  resendIn: (seconds: number) => `Send a new code in ${seconds} s`,
  useAnotherEmail: 'Use another email',
  completingLink: 'Signing you in…',
  linkFailed: 'This sign-in link did not work: it may have expired or been used already. Ask for a code instead.',
  embedFailed: 'Please sign in with your email address to continue.',
  wrongCode: 'That code is not right, or it has expired. Check the email or ask for a new code.',
  rateLimited: (seconds: number) => `Too many attempts. Try again in ${seconds} seconds.`,
  sessionEnded: 'Your session has ended. Sign in again to continue.',
  signedOutNotice: 'You are signed out.',
  rememberNote: 'This device will be remembered for 90 days.',
  retry: 'Try again',
  // Errors
  genericError: 'Something went wrong. Try again in a moment.',
  networkError: 'Could not reach the portal. Check your connection.',
  missingConfig: 'This portal is not set up: the page must give <foyer-portal> a portal and an api.',
  portalNotFound: 'There is no portal at this address, or it has been closed.',
};

/** The widget's strings; override any of them through `strings`. */
export type FoyerStrings = typeof en & typeof viewsEn;

/** A language's strings (locales/): any key it lacks reads in English. */
export type LocalePack = Partial<FoyerStrings>;
