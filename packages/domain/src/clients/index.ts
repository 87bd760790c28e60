export * from "./agreement-fee.ts";
export * from "./klus-order.ts";
