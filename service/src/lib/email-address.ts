// Deliberately plain: a local part without spaces, brackets or separators, and a host name (`localhost`
// included). Enough to refuse header tricks and typos; the mail server has the last word.
const EMAIL_ADDRESS = /^[^\s@<>"(),;:\\[\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

/** Whether `value` is one bare email address such as `dana@example.com`. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL_ADDRESS.test(value);
}
