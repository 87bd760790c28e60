/** A setting missing or wrong: start-up stops with this message. */
export class ConfigError extends Error {}
