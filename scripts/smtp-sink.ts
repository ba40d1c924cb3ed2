/**
 * An SMTP server that accepts every message and counts it, run as a child process by the benchmarks so that
 * it does not share their thread (a real mail server never does). The parent forks it with tsx, gets
 * `{ port }` once it listens, and asks `"count"` to get `{ count, bytes }` back (messages and their bytes as
 * received, after the SMTP transparency dots are removed).
 */
import { SMTPServer } from "smtp-server";

const port = Number(process.argv[2]);
let received = 0;
let bytes = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  // Without it each connection waits on a DNS lookup of 127.0.0.1.
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, callback) {
    stream.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
    });
    stream.on("end", () => {
      received += 1;
      callback();
    });
  },
});
server.listen(port, "127.0.0.1", () => process.send?.({ port }));
process.on("message", (message) => {
  if (message === "count") process.send?.({ count: received, bytes });
});
process.on("disconnect", () => server.close(() => process.exit(0)));
