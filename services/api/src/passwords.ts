import { hash, verify } from "@node-rs/argon2";

// argon2id (the library default, Algorithm.Argon2id) with OWASP's minimum: 19 MiB, 2 passes.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

// Verifying against a fixed hash when the account does not exist keeps timing uniform.
let dummy: Promise<string> | undefined;
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  const target = passwordHash ?? (await (dummy ??= hash("not-a-real-password", options)));
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== undefined;
}
