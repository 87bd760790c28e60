/** Names for demo people: Flemish and Belgian names, and names of newcomers in Gent's neighbourhoods. */

export { FLEMISH_FIRST, FLEMISH_LAST } from "./names/flemish.ts";
export { NEWCOMER_FIRST, NEWCOMER_LAST } from "./names/newcomers.ts";
export { WALLOON_FIRST, WALLOON_LAST } from "./names/walloon.ts";

/** ASCII local part for demo e-mail addresses. */
export function emailLocal(first: string, last: string): string {
  return `${first}.${last}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ş/gi, "s")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .toLowerCase()
    .replace(/[^a-z.]/g, "");
}

export const EMAIL_DOMAINS = ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "outlook.be", "proximus.be"];
