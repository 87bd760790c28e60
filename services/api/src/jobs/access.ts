import type { Tx } from "@wijkwerk/db";
import type { TokenClaims } from "../context.ts";
import { notFound } from "../errors/problem.ts";
import * as repo from "./repository.ts";
import type { JobRow } from "./repository.ts";

/** A job the caller may see: staff see all of their tenant (RLS), a client only its own. Else 404. */
export async function visibleJob(tx: Tx, actor: TokenClaims, id: string, lock = false): Promise<JobRow> {
  const job = await repo.findJob(tx, id, lock);
  if (!job || (actor.role === "client" && job.client_id !== actor.subjectId)) throw notFound("Deze klus");
  return job;
}
