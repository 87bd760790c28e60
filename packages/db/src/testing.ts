import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { appUrlFrom } from "@wijkwerk/config";
import { withDatabase } from "./admin.ts";
import { migrate, migrationsFingerprint } from "./migrate.ts";

export interface TestDatabase {
  ownerUrl: string;
  appUrl: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database per test file, copied from a template that is migrated once per
 * migration fingerprint. Copying takes ~100 ms, so every file starts from a clean slate.
 */
export async function createTestDatabase(serverOwnerUrl: string, appPassword: string): Promise<TestDatabase> {
  const template = `wijkwerk_tpl_${await migrationsFingerprint()}`;
  const name = `wijkwerk_t_${randomBytes(5).toString("hex")}`;
  const admin = postgres(withDatabase(serverOwnerUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    await admin`SELECT pg_advisory_lock(727275)`;
    try {
      const exists = await admin`SELECT 1 FROM pg_database WHERE datname = ${template}`;
      if (exists.length === 0) {
        await admin.unsafe(`CREATE DATABASE "${template}_building"`).catch(async () => {
          await admin.unsafe(`DROP DATABASE "${template}_building"`);
          await admin.unsafe(`CREATE DATABASE "${template}_building"`);
        });
        await migrate(withDatabase(serverOwnerUrl, `${template}_building`), appPassword);
        await admin.unsafe(`ALTER DATABASE "${template}_building" RENAME TO "${template}"`);
      }
      await admin.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await admin`SELECT pg_advisory_unlock(727275)`;
    }
  } finally {
    await admin.end();
  }
  const ownerUrl = withDatabase(serverOwnerUrl, name);
  return {
    ownerUrl,
    appUrl: appUrlFrom(ownerUrl, appPassword),
    name,
    drop: async () => {
      const a = postgres(withDatabase(serverOwnerUrl, "postgres"), { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}
