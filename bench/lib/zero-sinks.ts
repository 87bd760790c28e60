import { randomUUID } from "node:crypto";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer, type AddressInfo, type Socket } from "node:net";

/**
 * Zero-latency stand-ins for the SMTP relay and the SMS gateway: they answer every command or
 * request at once and do nothing else (no parsing beyond what the protocol needs, nothing kept
 * but a count), so a benchmark against them measures the sender's own cost. Loopback only.
 */
export interface Sink {
  url: string;
  count(): number;
  close(): Promise<void>;
}

/** A minimal SMTP server: 250 to everything, 354 to DATA, 250 at the end of each message. */
export async function startZeroSmtp(): Promise<Sink> {
  let received = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    // Answers go out at once instead of waiting to be coalesced with the next write.
    socket.setNoDelay(true);
    let buf = "";
    let inData = false;
    socket.write("220 sink ESMTP\r\n");
    socket.on("data", (chunk: Buffer) => {
      buf += chunk.toString("latin1");
      let out = "";
      for (;;) {
        if (inData) {
          const end = buf.indexOf("\r\n.\r\n");
          if (end < 0) break;
          buf = buf.slice(end + 5);
          inData = false;
          received++;
          out += "250 2.0.0 queued\r\n";
          continue;
        }
        const nl = buf.indexOf("\r\n");
        if (nl < 0) break;
        const verb = buf.slice(0, Math.min(4, nl)).toUpperCase();
        buf = buf.slice(nl + 2);
        if (verb === "EHLO") out += "250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n";
        else if (verb === "DATA") {
          out += "354 go ahead\r\n";
          inData = true;
          // The terminator is CRLF.CRLF; an empty body starts with ".\r\n".
          buf = "\r\n" + buf;
        } else if (verb === "QUIT") {
          out += "221 bye\r\n";
          socket.end(out);
          return;
        } else out += "250 OK\r\n";
      }
      if (out) socket.write(out);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An SMS gateway that answers 200 `{ id }` to every POST as soon as its body has arrived. */
export async function startZeroGateway(): Promise<Sink & { token: string }> {
  let received = 0;
  const server: Server = createHttpServer((req, res) => {
    req.on("error", () => undefined);
    req.resume();
    req.on("end", () => {
      received++;
      const body = `{"id":"gw-${randomUUID()}"}`;
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.on("connection", (s: Socket) => s.setNoDelay(true));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1/messages`,
    token: "bench-gateway-token",
    count: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
