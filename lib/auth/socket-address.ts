import http from "node:http";
import https from "node:https";

/**
 * The request header that carries the TCP peer's address into route handlers and server actions. Next gives
 * them no socket, and fills X-Forwarded-For from it only when the client sent none, so that header is the
 * client's to forge. This one is written for every request from the socket itself, replacing any copy the
 * client sent, before Next sees the request.
 */
export const SOCKET_ADDRESS_HEADER = "x-fieldnotes-socket-address";

const holder = globalThis as unknown as { __fieldnotesSocketAddressInstalled?: boolean };

/** Called once per server process, from instrumentation.ts, before the first request is handled. */
export function installSocketAddressHeader() {
  if (holder.__fieldnotesSocketAddressInstalled) return;
  holder.__fieldnotesSocketAddressInstalled = true;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") stamp(args[0] as http.IncomingMessage);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
  }
}

function stamp(request: http.IncomingMessage) {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
  else delete request.headers[SOCKET_ADDRESS_HEADER];
}
