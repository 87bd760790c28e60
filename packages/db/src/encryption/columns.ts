import { maskIban, maskNationalNumber } from "@wijkwerk/domain";

/**
 * Every encrypted column (issue 20): the data migration encrypts its plain values, the
 * re-encryption command moves its envelopes to the first key. One list, so neither misses one.
 */
export interface EncryptedColumn {
  table: string;
  column: string;
  /** The keyed-hash column (exact lookup, unique index), when the value is looked up. */
  hmac?: string;
  /** The masked-form column, when lists show the value. */
  masked?: { column: string; mask: (plain: string) => string };
  /**
   * The primary key after tenant_id, which the batches walk in order (default ["id"]). Tables
   * without an id column name their composite key (the intake is one per worker, an evaluation
   * goal one per evaluation and goal).
   */
  key?: readonly string[];
}

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: "workers", column: "national_number", hmac: "national_number_hmac", masked: { column: "national_number_masked", mask: maskNationalNumber } },
  { table: "workers", column: "iban", masked: { column: "iban_masked", mask: maskIban } },
  { table: "clients", column: "national_number", hmac: "national_number_hmac", masked: { column: "national_number_masked", mask: maskNationalNumber } },
  { table: "payout_lines", column: "iban", masked: { column: "iban_masked", mask: maskIban } },
  { table: "client_transfers", column: "creditor_iban", masked: { column: "creditor_iban_masked", mask: maskIban } },
  { table: "payments", column: "counterparty_account", masked: { column: "counterparty_account_masked", mask: maskIban } },
  { table: "staff", column: "totp_secret" },
  // 0059: the free text of a coaching trajectory.
  { table: "coaching_conversations", column: "notes" },
  { table: "coaching_goals", column: "notes" },
  { table: "coaching_evaluations", column: "notes" },
  { table: "coaching_exits", column: "notes" },
  { table: "coaching_follow_ups", column: "notes" },
  // 0067: the rest of the trajectory's free text: the intake, the agreed actions, the per-goal evaluation notes.
  { table: "coaching_intakes", column: "starting_situation", key: ["worker_id"] },
  { table: "coaching_intakes", column: "learning_wishes", key: ["worker_id"] },
  { table: "coaching_actions", column: "description" },
  { table: "coaching_evaluation_goals", column: "note", key: ["evaluation_id", "goal_id"] },
];
