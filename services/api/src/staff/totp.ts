import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

/**
 * TOTP (RFC 6238) as every authenticator app reads it: SHA-1, 6 digits, 30 seconds. A code is
 * accepted one step early or late (a phone's clock drifts), and never twice: the step it was
 * accepted for is stored, and a code of that step or before is refused (replay).
 */
const PERIOD_SECONDS = 30;

const totp = (secret: string, label = "", issuer = "Wijkwerk") =>
  new TOTP({ issuer, label, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** otpauth://totp/… for the QR code; the label says whose account, the issuer which organisation. */
export function otpauthUri(secret: string, email: string, organisation: string): string {
  return totp(secret, email, `Wijkwerk ${organisation}`).toString();
}

export async function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** The 30-second step the code belongs to, if it is right and newer than `lastStep`; else undefined. */
export function acceptedStep(secret: string, code: string, lastStep: number | null, now = Date.now()): number | undefined {
  const digits = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return undefined;
  const delta = totp(secret).validate({ token: digits, timestamp: now, window: 1 });
  if (delta === null) return undefined;
  const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? undefined : step;
}
