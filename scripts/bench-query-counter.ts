import net from "node:net";

/**
 * A TCP relay between an app server and PostgreSQL that counts the statements the app sends: in the wire
 * protocol each statement is one Execute message ('E', extended protocol, what postgres.js uses) or one
 * Query message ('Q', simple protocol). It reads only the frontend's message headers and passes every byte
 * through untouched. Plain TCP only (no TLS), which is what a loopback database URL gives.
 */
export async function startQueryCounter(target: { host: string; port: number }) {
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    let startupDone = false;
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!startupDone) {
          // The startup (or SSL request) message has no type byte: a length, then the body.
          if (pending.length < 4) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.length >= 8 ? pending.readInt32BE(4) : 0;
          pending = pending.subarray(length);
          // 80877103 asks for SSL: the real startup message follows.
          if (code !== 80877103) startupDone = true;
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        const type = String.fromCharCode(pending[0]!);
        if (type === "E" || type === "Q") statements++;
        pending = pending.subarray(1 + length);
      }
    });
    upstream.on("data", (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    /** Statements sent so far, over every connection. */
    count: () => statements,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
