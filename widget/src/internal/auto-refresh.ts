import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Calls `refresh` when the page regains focus or becomes visible, and every `interval` ms while visible. */
export class AutoRefreshController implements ReactiveController {
  private readonly __host: ReactiveControllerHost;
  private readonly __refresh: () => void;
  private readonly __interval: number;
  private __timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, refresh: () => void, interval = 30_000) {
    this.__host = host;
    this.__refresh = refresh;
    this.__interval = interval;
    host.addController(this);
  }

  private readonly __onWake = (): void => {
    if (document.visibilityState === 'visible') this.__refresh();
  };

  hostConnected(): void {
    window.addEventListener('focus', this.__onWake);
    document.addEventListener('visibilitychange', this.__onWake);
    this.__timer = setInterval(this.__onWake, this.__interval);
  }

  hostDisconnected(): void {
    window.removeEventListener('focus', this.__onWake);
    document.removeEventListener('visibilitychange', this.__onWake);
    clearInterval(this.__timer);
  }
}
