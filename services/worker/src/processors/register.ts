// Side-effect imports: each capability's handlers register themselves with registerProcessors().
import "./payouts.ts";
import "./assignments.ts";
import "./agreements.ts";
import "./time-entries.ts";
import "./client-feedback.ts";
import "./exit-follow-up.ts";
import "./retention.ts";
import "../notifications/register.ts";
export {};
