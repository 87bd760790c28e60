import { Type } from "@sinclair/typebox";

const Clock = Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "HH:MM, 24 h, Europe/Brussels wall-clock time", examples: ["21:00"] });

export const QuietHours = Type.Object(
  {
    from: Clock,
    until: Clock,
  },
  {
    additionalProperties: false,
    description:
      'No SMS from `from` until `until` (may cross midnight: 20:00–09:00). "No messages before 09:00" is 00:00–09:00, "none after 19:00" is 19:00–00:00. ' +
      "Adds to the organisation's quiet hours (21:00–08:00), never shortens them. E-mail is not held.",
  },
);

export const PreferencesBody = Type.Object(
  {
    sms: Type.Boolean({ description: "false = no SMS at all (opt-out), the same as replying STOP" }),
    email: Type.Boolean({ description: "false = no e-mail at all (opt-out)" }),
    quietHours: Type.Union([QuietHours, Type.Null()], { description: "null = only the organisation's quiet hours" }),
  },
  { additionalProperties: false },
);

export const PreferencesOut = Type.Object({
  sms: Type.Boolean(),
  email: Type.Boolean(),
  quietHours: Type.Union([QuietHours, Type.Null()]),
  language: Type.String({ description: "the language messages are written in (set on the person's record)" }),
  reachable: Type.Object(
    {
      sms: Type.Boolean({ description: "has a phone number and SMS allowed" }),
      email: Type.Boolean({ description: "has an e-mail address and e-mail allowed" }),
    },
    { description: "Where messages can reach the person now" },
  ),
  unreachable: Type.Boolean({ description: "true when no channel reaches the person: the consultant has to call or meet them" }),
});
