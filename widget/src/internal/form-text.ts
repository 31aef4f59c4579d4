/** A text field's value in `form`, trimmed: '' when the form has no such field (or it holds a file). */
export function formText(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}
