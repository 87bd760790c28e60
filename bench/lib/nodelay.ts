import net from "node:net";

/**
 * Node leaves Nagle's algorithm on for client sockets (postgres.js and nodemailer do not turn it
 * off): a small write that follows another one whose ACK has not come back yet (COPY's CopyDone,
 * the end of an SMTP message's DATA) waits for the peer's delayed ACK, about 40 ms on Linux,
 * whatever the size of the work. That is the client's socket, not the cost being measured:
 * importing this module gives every socket this process opens TCP_NODELAY, so a baseline is what
 * the server itself takes. Both sides of a comparison run in the same process and get the same.
 */
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  this.setNoDelay(true);
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof connect;
