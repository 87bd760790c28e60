/** One table of error codes: code → HTTP status and a short Dutch title (catalogue.ts joins them). */
export type ErrorTable = Record<string, { status: number; title: string }>;
