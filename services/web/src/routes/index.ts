import type { FastifyPluginAsync } from "fastify";
import activityRequests from "./activity-requests.ts";
import auth from "./auth.ts";
import clientPortal from "./client-portal.ts";
import clientOrderWizard from "./client-order-wizard.ts";
import clientVouchers from "./client-vouchers.ts";
import clientPage from "./client-page.ts";
import clientTeam from "./client-team.ts";
import clients from "./clients.ts";
import consultant from "./consultant.ts";
import deliveries from "./deliveries.ts";
import devMailbox from "./dev-mailbox.ts";
import door from "./door.ts";
import finance from "./finance.ts";
import payoutApproval from "./payout-approval.ts";
import clientTransfers from "./client-transfers.ts";
import clientRefund from "./client-refund.ts";
import paymentReturn from "./payment-return.ts";
import unmatchedPayments from "./unmatched-payments.ts";
import monthEnd from "./month-end.ts";
import hoursOnBehalf from "./hours-on-behalf.ts";
import jobPage from "./job-page.ts";
import jobs from "./jobs.ts";
import municipalities from "./municipalities.ts";
import municipalityActivities from "./municipality-activities.ts";
import neighbourhoodNeighbours from "./neighbourhood-neighbours.ts";
import officeHoursAppointments from "./office-hours-appointments.ts";
import officeHoursDay from "./office-hours-day.ts";
import officeHoursSeries from "./office-hours-series.ts";
import ownPassword from "./own-password.ts";
import auditLog from "./audit-log.ts";
import passwordLinks from "./password-links.ts";
import staffAccount from "./staff-account.ts";
import personEdit from "./person-edit.ts";
import search from "./search.ts";
import seriesProposal from "./series-proposal.ts";
import settings from "./settings.ts";
import skills from "./skills.ts";
import staff from "./staff.ts";
import staffArea from "./staff-area.ts";
import trainingPlan from "./training-plan.ts";
import trainingSession from "./training-session.ts";
import trainings from "./trainings.ts";
import vouchers from "./vouchers.ts";
import workerPortal from "./worker-portal.ts";
import contactPreferences from "./contact-preferences.ts";
import workerTrainings from "./worker-trainings.ts";
import workerMoney from "./worker-money.ts";
import answerLink from "./answer-link.ts";
import feedbackLink from "./feedback-link.ts";
import followUpLink from "./follow-up-link.ts";
import workerPage from "./worker-page.ts";
import personalNumbers from "./personal-numbers.ts";
import workerFeedback from "./worker-feedback.ts";
import workerReport from "./worker-report.ts";
import outflow from "./outflow.ts";
import workerTrajectory from "./worker-trajectory.ts";
import coachingSettings from "./coaching-settings.ts";
import workers from "./workers.ts";
import worklist from "./worklist.ts";
import handovers from "./handovers.ts";
import personRights from "./person-rights.ts";

/** One plugin per area of the UI. */
export const routes: FastifyPluginAsync[] = [
  auth,
  consultant,
  workers,
  workerPage,
  personalNumbers,
  workerFeedback,
  workerReport,
  outflow,
  workerTrajectory,
  coachingSettings,
  personEdit,
  clients,
  clientPage,
  jobs,
  jobPage,
  seriesProposal,
  officeHoursSeries,
  officeHoursDay,
  officeHoursAppointments,
  vouchers,
  hoursOnBehalf,
  trainings,
  trainingPlan,
  trainingSession,
  municipalities,
  neighbourhoodNeighbours,
  municipalityActivities,
  skills,
  deliveries,
  workerPortal,
  contactPreferences,
  workerTrainings,
  workerMoney,
  answerLink,
  feedbackLink,
  followUpLink,
  clientPortal,
  clientOrderWizard,
  clientTeam,
  clientVouchers,
  activityRequests,
  search,
  worklist,
  handovers,
  finance,
  payoutApproval,
  clientTransfers,
  clientRefund,
  paymentReturn,
  unmatchedPayments,
  monthEnd,
  staff,
  staffArea,
  settings,
  ownPassword,
  auditLog,
  passwordLinks,
  staffAccount,
  devMailbox,
  door,
  personRights,
];
