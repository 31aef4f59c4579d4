// The console's dialogs are native modal `<dialog>`s: Esc closes them and focus returns to what opened them.

/** A `ref` callback that opens a `<dialog>` as a modal once it is rendered into the page. */
export function modal(el?: Element): void {
  if (el instanceof HTMLDialogElement) queueMicrotask(() => el.isConnected && !el.open && el.showModal());
}

/**
 * Closes the open dialogs in `root` the native way, so focus goes back to what opened them; each dialog's
 * `close` listener then forgets it.
 */
export function closeDialogs(root: ParentNode): void {
  for (const dialog of root.querySelectorAll('dialog')) dialog.close();
}
