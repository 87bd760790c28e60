import { createHash, randomBytes } from "node:crypto";
import { answerCodeFromBytes } from "@wijkwerk/domain";

/** A fresh short answer code (domain answer-code rule: 8 of 32 characters, 40 bits). */
export function newAnswerCode(): string {
  for (;;) {
    const code = answerCodeFromBytes(randomBytes(16));
    if (code) return code;
  }
}

/** Codes are stored only as their SHA-256: a database copy does not hand out working links. */
export function hashAnswerCode(code: string): Buffer {
  return createHash("sha256").update(code, "utf8").digest();
}

export const answerUrl = (publicWebUrl: string, code: string) => `${publicWebUrl.replace(/\/$/, "")}/j/${code}`;
