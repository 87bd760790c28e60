import type { FastifyReply } from "fastify";

/**
 * A file from the API passed on to the browser as the API named it (type and file name); the
 * fallbacks apply only when the API sent no such header. Each page keeps its own answer for a failure.
 */
export async function passFile(reply: FastifyReply, res: Response, fallback: { type: string; disposition: string }): Promise<FastifyReply> {
  return reply
    .type(res.headers.get("content-type") ?? fallback.type)
    .header("content-disposition", res.headers.get("content-disposition") ?? fallback.disposition)
    .send(Buffer.from(await res.arrayBuffer()));
}
