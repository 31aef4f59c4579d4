import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs `refresh` every `every` milliseconds while the page is visible, when it becomes visible again, and
 * when the window regains focus — the console's screens that watch what clients do use it.
 */
export class AutoRefresh implements ReactiveController {
  private __timer: ReturnType<typeof setInterval> | undefined;
  private readonly __onVisible = (): void => {
    if (document.visibilityState === 'visible') this.refresh();
  };
  private readonly __onFocus = (): void => this.refresh();

  constructor(
    host: ReactiveControllerHost,
    private readonly refresh: () => void,
    private readonly every = 15_000,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.__onVisible);
    window.addEventListener('focus', this.__onFocus);
    this.__timer = setInterval(this.__onVisible, this.every);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.__onVisible);
    window.removeEventListener('focus', this.__onFocus);
    clearInterval(this.__timer);
  }
}
