import type { Tx } from "@wijkwerk/db";
import { brusselsMonthOf, monthEndRows, monthRange, monthsFromTo, type MonthFlows } from "@wijkwerk/domain";
import { AppError } from "../errors/problem.ts";
import * as repo from "./month-end-repository.ts";

/** The month-end report (issue 18): vouchers and their value per month, what the approved runs paid. */

const FIGURES = ["opening", "sold", "consumed", "expired", "refunded", "closing", "difference"] as const;
type Figures = Record<(typeof FIGURES)[number], number>;

export interface MonthEndMonth {
  month: string;
  vouchers: Figures;
  valueCents: Figures;
  paid: { runStatus: "approved" | "exported" | null; minutes: number; payCents: number; travelCents: number; totalCents: number; transferCount: number };
}

/** The months asked for, refused with report.range_invalid when they make no report. */
export function reportMonths(from: string, to: string | undefined, now = new Date()): string[] {
  const last = to ?? from;
  const detail = "Kies een beginmaand en eindmaand (JJJJ-MM): het begin niet na het einde, hoogstens 36 maanden, niet na deze maand.";
  if (last > brusselsMonthOf(now)) throw new AppError("report.range_invalid", detail);
  try {
    return monthsFromTo(from, last);
  } catch {
    throw new AppError("report.range_invalid", detail);
  }
}

function flowsOf(rows: readonly repo.FlowRow[], cents: boolean): MonthFlows[] {
  const n = (r: repo.FlowRow, k: "sold" | "consumed" | "expired" | "refunded" | "client_change") => Number(cents ? r[`${k}_cents`] : r[k]);
  return rows.map((r) => ({
    month: r.month,
    sold: n(r, "sold"),
    consumed: n(r, "consumed"),
    expired: n(r, "expired"),
    refunded: n(r, "refunded"),
    clientChange: n(r, "client_change"),
  }));
}

export async function monthEndReport(tx: Tx, months: readonly string[]) {
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const rows = [...(await repo.voucherFlows(tx, monthRange(last).toUtc))];
  const before = rows.filter((r) => r.month < first);
  const sum = (key: "client_change" | "client_change_cents") => before.reduce((s, r) => s + Number(r[key]), 0);
  const vouchers = monthEndRows(months, sum("client_change"), flowsOf(rows, false));
  const value = monthEndRows(months, sum("client_change_cents"), flowsOf(rows, true));
  const paid = new Map([...(await repo.paidPerMonth(tx, first, last))].map((p) => [p.month, p]));
  const pick = (r: Figures) => Object.fromEntries(FIGURES.map((k) => [k, r[k]])) as Figures;
  const out: MonthEndMonth[] = months.map((month, i) => {
    const p = paid.get(month);
    const payCents = Number(p?.pay_cents ?? 0);
    const travelCents = Number(p?.travel_cents ?? 0);
    return {
      month,
      vouchers: pick(vouchers[i]!),
      valueCents: pick(value[i]!),
      paid: {
        runStatus: p?.status ?? null,
        minutes: Number(p?.minutes ?? 0),
        payCents,
        travelCents,
        totalCents: payCents + travelCents,
        transferCount: Number(p?.transfers ?? 0),
      },
    };
  });
  return {
    from: first,
    to: last,
    months: out,
    totals: totalsOf(out),
    reconciles: out.every((m) => m.vouchers.difference === 0 && m.valueCents.difference === 0),
  };
}

/** Over the range: the first opening, the flows added up, the last closing. */
function totalsOf(months: readonly MonthEndMonth[]) {
  const figures = (k: "vouchers" | "valueCents"): Figures => ({
    opening: months[0]![k].opening,
    sold: months.reduce((s, m) => s + m[k].sold, 0),
    consumed: months.reduce((s, m) => s + m[k].consumed, 0),
    expired: months.reduce((s, m) => s + m[k].expired, 0),
    refunded: months.reduce((s, m) => s + m[k].refunded, 0),
    closing: months[months.length - 1]![k].closing,
    difference: months.reduce((s, m) => s + m[k].difference, 0),
  });
  const paid = (k: "minutes" | "payCents" | "travelCents" | "totalCents" | "transferCount") => months.reduce((s, m) => s + m.paid[k], 0);
  return {
    vouchers: figures("vouchers"),
    valueCents: figures("valueCents"),
    paid: {
      minutes: paid("minutes"),
      payCents: paid("payCents"),
      travelCents: paid("travelCents"),
      totalCents: paid("totalCents"),
      transferCount: paid("transferCount"),
    },
  };
}

export type MonthEndReport = Awaited<ReturnType<typeof monthEndReport>>;
