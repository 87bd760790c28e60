import postgres from "postgres";

/**
 * Each load in its own transaction on its own connection. They commit before the registries'
 * transaction does; if one fails, the rows the others committed are removed again.
 */
export async function loadSideBySide(
  ownerUrl: string,
  tenantId: string,
  loads: ((tx: postgres.TransactionSql) => Promise<void>)[],
  prepare: (tx: postgres.TransactionSql) => Promise<void>,
): Promise<void> {
  const pool = postgres(ownerUrl, { max: loads.length, onnotice: () => {} });
  try {
    const results = await Promise.allSettled(
      loads.map((load) =>
        pool.begin(async (tx) => {
          await prepare(tx);
          await load(tx);
        }),
      ),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) {
      await pool.begin(async (tx) => {
        await prepare(tx);
        for (const table of ["time_entries", "assignments", "jobs"]) await tx.unsafe(`DELETE FROM ${table} WHERE tenant_id = $1`, [tenantId]);
      });
      throw failed.reason;
    }
  } finally {
    await pool.end();
  }
}
