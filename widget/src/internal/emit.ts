import type { FoyerEventMap } from '../events/index.ts';

/** Dispatches a public `foyer-*` event: bubbling and composed, so it leaves the shadow roots. */
export function emit<K extends keyof FoyerEventMap>(target: EventTarget, name: K, detail: FoyerEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
