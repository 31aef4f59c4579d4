import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller reads of its element. */
interface RefreshHost extends ReactiveControllerHost {
  /** Milliseconds between refreshes while the page is visible. */
  refreshInterval: number;
}

/**
 * Refreshes its element every `refreshInterval` ms while the page is visible, when the window regains
 * focus and when the tab is shown again: `revision` goes up and the host updates. Focus and visibility
 * often fire together, so wake-ups closer than a second count once.
 */
export class RefreshController implements ReactiveController {
  revision = 0;
  private __timer?: ReturnType<typeof setTimeout>;
  private __last = 0;

  constructor(private readonly host: RefreshHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('focus', this.__wake);
    document.addEventListener('visibilitychange', this.__wake);
    this.restart();
  }

  hostDisconnected(): void {
    window.removeEventListener('focus', this.__wake);
    document.removeEventListener('visibilitychange', this.__wake);
    clearTimeout(this.__timer);
  }

  /** Refreshes now, and starts the interval again from here. */
  bump(): void {
    this.__last = Date.now();
    this.revision++;
    this.host.requestUpdate();
    this.restart();
  }

  /** Starts the interval again from now (e.g. after `refreshInterval` changed). */
  restart(): void {
    clearTimeout(this.__timer);
    this.__timer = setTimeout(() => (document.visibilityState === 'visible' ? this.bump() : this.restart()), this.host.refreshInterval);
  }

  private readonly __wake = (): void => {
    if (document.visibilityState === 'visible' && Date.now() - this.__last > 1000) this.bump();
  };
}
