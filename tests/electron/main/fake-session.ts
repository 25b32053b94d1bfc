import type { Session } from 'electron';

/** Session.setPermissionRequestHandler's handler, as the tests call it. */
export type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
/** Session.setPermissionCheckHandler's handler, as the tests call it. */
export type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
/** Session.webRequest.onHeadersReceived's listener, as the tests call it. */
export type HeadersHandler = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]>; cancel?: boolean }) => void,
) => void;

/** A stand-in for an Electron Session that records the permission handlers and the header hook it is given. */
export function fakeSession(): {
  session: Session;
  captured: { request?: RequestHandler; check?: CheckHandler; headers?: HeadersHandler };
} {
  const captured: { request?: RequestHandler; check?: CheckHandler; headers?: HeadersHandler } = {};
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => {
      captured.request = h;
    },
    setPermissionCheckHandler: (h: CheckHandler) => {
      captured.check = h;
    },
    webRequest: {
      onHeadersReceived: (h: HeadersHandler) => {
        captured.headers = h;
      },
    },
  };
  return { session: session as unknown as Session, captured };
}
