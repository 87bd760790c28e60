// Wallet and confirmation logic shared by the API routes and the worker sweeps (one code path).
export * from "./wallet.ts";
export * from "./consume.ts";
export * from "./expire.ts";
