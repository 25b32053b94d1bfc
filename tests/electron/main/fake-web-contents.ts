import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';

/** A navigation event as Electron passes it to will-navigate / will-redirect listeners. */
export interface FakeNavigationEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** A stand-in for WebContents: an event emitter that records its window-open handler. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** Emits `name` with an event for `url` and says whether a listener prevented it. */
  navigate(name: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    const event: FakeNavigationEvent = {
      url,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit(name, event, url);
    return event.defaultPrevented;
  }

  /** The fake typed as the Electron interface, for the functions under test (they use only the parts above). */
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}
