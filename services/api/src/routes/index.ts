import type { FastifyPluginAsync } from "fastify";
import auth from "./auth.ts";
import health from "./health.ts";
import platform from "./platform.ts";
import settings from "./settings.ts";
import staff from "../staff/routes.ts";
import staffArea from "../staff/area-routes.ts";
import ownPassword from "../staff/own-password.ts";
import ownAccount from "../staff/own-account.ts";
import ownSessions from "../staff/own-sessions.ts";
import staffAccess from "../staff/access-routes.ts";
import staffLinks from "../staff/link-routes.ts";
import clients from "../clients/routes.ts";
import jobs from "../jobs/routes.ts";
import teamJobs from "../jobs/team-routes.ts";
import matches from "./matches.ts";
import assignments from "../assignments/routes.ts";
import payouts from "../payouts/routes.ts";
import payoutApproval from "../payouts/approval-routes.ts";
import workerPayouts from "../payouts/worker-payouts.ts";
import organisationAccount from "./organisation-account.ts";
import reportsHours from "./reports-hours.ts";
import timeEntries from "../time-entries/routes.ts";
import vouchers from "../vouchers/routes.ts";
import payments from "../vouchers/payment-routes.ts";
import paymentApprovals from "../vouchers/payment-approval-routes.ts";
import clientTransfers from "../transfers/routes.ts";
import paymentMatching from "../vouchers/match-routes.ts";
import trainings from "../trainings/routes.ts";
import officeHours from "../office-hours/routes.ts";
import geography from "../geography/routes.ts";
import activities from "./activities.ts";
import clientActivities from "../clients/activities.ts";
import activityRequests from "../activity-requests/routes.ts";
import skills from "./skills.ts";
import workers from "../workers/routes.ts";
import personalNumbers from "../registries/personal-numbers.ts";
import worklist from "../worklist/routes.ts";
import handovers from "../handovers/routes.ts";
import workerAgreements from "../worker-agreements/routes.ts";
import deliveries from "./deliveries.ts";
import authCodes from "../auth-codes/routes.ts";
import reportsDashboard from "../reports/routes.ts";
import reportsMonthEnd from "../reports/month-end-routes.ts";
import organisations from "../organisations/routes.ts";
import answerLinks from "../answer-links/routes.ts";
import smsInbound from "../sms-inbound/routes.ts";
import preferences from "../preferences/routes.ts";
import clientFeedback from "../client-feedback/routes.ts";
import exitFollowUp from "../exit-follow-up/routes.ts";
import reportConsents from "../referrer-report/consent-routes.ts";
import referrerReport from "../referrer-report/report-routes.ts";
import outflowReport from "../referrer-report/outflow-routes.ts";
import coaching from "../coaching/routes.ts";
import coachingRecords from "../coaching/record-routes.ts";
import coachingSettings from "../coaching/settings-routes.ts";
import audit from "../audit/routes.ts";
import privacyRoutes from "../privacy/routes.ts";

/** One plugin per resource (DESIGN.md habits); add new resources here. */
export const routes: FastifyPluginAsync[] = [
  health,
  platform,
  auth,
  ownPassword,
  ownAccount,
  ownSessions,
  staffAccess,
  staffLinks,
  staff,
  staffArea,
  settings,
  clients,
  jobs,
  teamJobs,
  matches,
  assignments,
  payouts,
  payoutApproval,
  workerPayouts,
  organisationAccount,
  reportsHours,
  timeEntries,
  vouchers,
  payments,
  paymentApprovals,
  clientTransfers,
  paymentMatching,
  trainings,
  officeHours,
  geography,
  activities,
  clientActivities,
  activityRequests,
  skills,
  workers,
  personalNumbers,
  workerAgreements,
  deliveries,
  authCodes,
  reportsDashboard,
  reportsMonthEnd,
  worklist,
  handovers,
  organisations,
  answerLinks,
  smsInbound,
  preferences,
  clientFeedback,
  exitFollowUp,
  reportConsents,
  referrerReport,
  outflowReport,
  coaching,
  coachingRecords,
  coachingSettings,
  audit,
  privacyRoutes,
];
