/** One answered (or unanswered) request of the outage load. */
export interface Outcome {
  method: string;
  path: string;
  status: number | "no answer";
  at: number;
  ms: number;
  code?: string;
  retryAfter?: string | null;
  name?: string;
}

/**
 * Keeps `inFlight` requests going against the API until stop() is called: authenticated GETs and
 * POSTs that write a row and its audit row in one transaction. Each request waits at most
 * `boundMs`; a request that gets no answer within it is recorded as "no answer".
 */
export function startLoad(opts: { baseUrl: string; token: string; inFlight: number; boundMs: number; tag: string }) {
  const outcomes: Outcome[] = [];
  let running = true;
  let n = 0;
  const one = async (method: "GET" | "POST"): Promise<void> => {
    const name = method === "POST" ? `${opts.tag}-${++n}` : undefined;
    const path = "/v1/skills";
    const started = Date.now();
    try {
      const res = await fetch(opts.baseUrl + path + (method === "GET" ? "?limit=5" : ""), {
        method,
        headers: { authorization: `Bearer ${opts.token}`, ...(name ? { "content-type": "application/json" } : {}) },
        body: name ? JSON.stringify({ name }) : undefined,
        signal: AbortSignal.timeout(opts.boundMs),
      });
      const text = await res.text();
      const code = res.headers.get("content-type")?.includes("problem+json") ? (JSON.parse(text) as { code?: string }).code : undefined;
      outcomes.push({ method, path, status: res.status, at: started, ms: Date.now() - started, code, retryAfter: res.headers.get("retry-after"), name });
    } catch {
      outcomes.push({ method, path, status: "no answer", at: started, ms: Date.now() - started, name });
    }
  };
  const loops = Array.from({ length: opts.inFlight }, async (_, i) => {
    while (running) {
      await one(i % 2 === 0 ? "GET" : "POST");
      // A short pause keeps the stream steady without starving the event loop of the test.
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}
