// GENERATED from the API's OpenAPI document by services/web/generate-api-types.ts — do not edit.
// Regenerate: pnpm --filter @wijkwerk/web run generate:api
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PostgreSQL and Redis are reachable */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity catalogue, with the tenant's matching skill
         * @description Roles: admin, consultant, finance, client, worker
         */
        get: operations["listActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activity-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests to add an activity: a client sees its own
         * @description Roles: admin, consultant, client
         */
        get: operations["listActivityRequests"];
        put?: never;
        /**
         * Ask the organisation to add an activity for a client
         * @description 409 `activity_request.already_allowed`: the client's municipality already offers this activity to its kind of client; it can be ordered as a job.
         *
         *     Roles: admin, consultant, client
         */
        post: operations["createActivityRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activity-requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant, refuse or forward (to VDAB) a request to add an activity
         * @description `granted` adds the client's type to the activity in the client's municipality. 422 `activity_request.not_on_list`: granting needs a Flemish-list activity allowed for this kind of client (RULES §6). 422 `activity_request.reason_required`: refusing or forwarding needs `answer`. 409 `activity_request.already_answered`: granted or refused already (a forwarded one may still be answered).
         *
         *     Roles: admin
         */
        post: operations["answerActivityRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/answer-links/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The proposal behind a short answer link (no sign-in): what, where, for whom, when, and its state
         * @description The code of `https://<web>/j/<code>` from the proposal SMS or mail. Shows the proposal in any state (a used or expired link still shows what it was). 404 `answer_link.unknown`; repeated unknown codes from one address → 429 `answer_link.rate_limited` with Retry-After.
         */
        get: operations["getAnswerLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/answer-links/{code}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or decline the proposal of a short answer link (no sign-in, once)
         * @description The link answers once: 409 `answer_link.used` after an answer (a decline undone opens it again), 410 `answer_link.expired` after the proposal's expiry. 409 `assignment.not_pending` (cancelled or expired meanwhile), `assignment.job_already_taken` (another worker accepted first). A decline can be undone for 10 minutes (POST …/undo); the consultant is told only after that.
         */
        post: operations["respondByAnswerLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/answer-links/{code}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a decline given with this link, within 10 minutes (no sign-in)
         * @description The proposal is open again and the link answers once more. 409 `assignment.not_declined`, `assignment.undo_expired` (10 minutes passed or the proposal expired), `assignment.job_already_taken` (another worker accepted meanwhile), `worker.double_booked`.
         */
        post: operations["undoDeclineByAnswerLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a slot of a zitdag (a consultant for someone, a client or worker for itself)
         * @description Roles: admin, consultant, client, worker
         */
        post: operations["createAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an appointment or walk-in; the slot is free again
         * @description Roles: admin, consultant, client, worker
         */
        post: operations["cancelAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a planned appointment or walk-in as not come (status no_show)
         * @description Roles: admin, consultant
         */
        post: operations["markAppointmentNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{id}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a planned appointment or walk-in as seen (status done)
         * @description Roles: admin, consultant
         */
        post: operations["markAppointmentSeen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List assignments
         * @description Roles: admin, consultant, worker
         */
        get: operations["listAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an assignment
         * @description Roles: admin, consultant, worker, client
         */
        post: operations["cancelAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or decline a proposal (worker token or signed link) */
        post: operations["respondToAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/undo-decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo one's own decline within 10 minutes (the worker)
         * @description The proposal is open again (and its short answer link). 409 `assignment.not_declined`, `assignment.undo_expired` (10 minutes passed or the proposal expired), `assignment.job_already_taken` (another worker accepted meanwhile), `worker.double_booked`. The consultant's decline notice is only sent for a decline that stands after 10 minutes.
         *
         *     Roles: worker
         */
        post: operations["undoDeclineAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail, newest first, filtered by person, staff member, kind and period
         * @description Roles: admin
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail as CSV (Excel, semicolons), with the same filters; the export itself is recorded
         * @description Roles: admin
         */
        get: operations["getAuditLogCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The kinds of things the audit trail holds (worker, client, job, payment…), for a filter
         * @description Roles: admin
         */
        get: operations["listAuditLogEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a one-time sign-in code by SMS or e-mail (workers, clients) */
        post: operations["requestSignInCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/codes/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a sign-in code for a worker or client token */
        post: operations["verifySignInCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Staff sign-in
         * @description Issue 20: an account with a second factor answers 401 `auth.second_factor_required` with a `challenge` for POST /v1/auth/login/second-factor (or send `code` at once). An admin or finance account (a consultant's when the organisation asks) without one gets `secondFactor.status = enrol` and the date to set it up by; from then on its token only sets it up (403 `auth.second_factor_enrolment_required` elsewhere).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Staff sign-in, second step: the code of the second factor (issue 20)
         * @description After POST /v1/auth/login answered 401 `auth.second_factor_required` with a `challenge` (valid 5 minutes). Wrong codes count like wrong passwords.
         */
        post: operations["loginSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: this token is refused from now on
         * @description Roles: admin, consultant, finance, client, worker
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot password: a link to choose a new one, by e-mail (staff)
         * @description Always 202, whether the address is known or not (nobody learns who has an account). A known, active staff member gets a link valid for 1 hour; a newer request replaces it.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/staff-links/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a password link is for and for whom, before the password is chosen */
        get: operations["getStaffLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/staff-links/{code}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a password with a link from an invitation or a reset; every session of the account ends */
        post: operations["choosePasswordByLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/client-credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Clients with credit (tegoed), largest first: money received that waits for an order
         * @description Roles: finance, admin
         */
        get: operations["listClientCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients (national number masked)
         * @description Roles: admin, consultant, finance, client
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Register a client
         * @description Roles: admin, consultant
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One client, with today's agreement
         * @description Roles: admin, consultant, finance, client
         */
        get: operations["getClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a client
         * @description Roles: admin, consultant
         */
        patch: operations["updateClient"];
        trace?: never;
    };
    "/v1/clients/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activities this client may order: allowed for its type in its municipality (RULES §3, §6)
         * @description What a client is offered when ordering a klus (issue 17): a household does not see school crossings or homeless shelters. A client reads its own.
         *
         *     Roles: admin, consultant, finance, client
         */
        get: operations["listClientActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client's agreements, newest first
         * @description Roles: admin, consultant, finance, client
         */
        get: operations["listClientAgreements"];
        put?: never;
        /**
         * Start a yearly client agreement; returns the registration fee and its OGM reference
         * @description Roles: admin, consultant
         */
        post: operations["createClientAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The client's credit (tegoed) and permanent OGM; a client reads its own
         * @description Roles: consultant, finance, admin, client
         */
        get: operations["getClientCredit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/tax-certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fiscal certificate (PDF) for the vouchers paid in a year; private clients only
         * @description Roles: consultant, finance, admin, client
         */
        get: operations["getClientTaxCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/voucher-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an order of vouchers costs this client and where to pay, before ordering (issue 17)
         * @description Roles: consultant, admin, finance, client
         */
        get: operations["getClientVoucherTerms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/wallet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The client's vouchers
         * @description Derived from the ledger and the entries, in one snapshot. `reserved` = vouchers held for entries submitted, disputed or awaiting vouchers (at most what is held); `available` = held − reserved; `shortfall` = what those entries need beyond what is held; `planned` = estimate for accepted assignments to come (not reserved).
         *
         *     Roles: consultant, finance, admin, client
         */
        get: operations["getClientWallet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List mail and SMS deliveries, newest first
         * @description Roles: admin, consultant
         */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One delivery
         * @description Roles: admin, consultant
         */
        get: operations["getDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List jobs
         * @description Roles: admin, consultant, client
         */
        get: operations["listJobs"];
        put?: never;
        /**
         * Create a job (and its occurrences)
         * @description 409 `client.no_active_agreement`: a day of the job, or of any occurrence of its recurrence, has no client agreement. 409 `client.agreement_fee_unpaid`: the agreement's fee is not paid yet (RULES §3; a tenant may allow a grace period, agreementFeeGraceDays). A series is created whole or not at all; the problem names `firstDateWithoutAgreement` and, for a series, `suggestedUntil` (the last occurrence date that fits).
         *
         *     Roles: admin, consultant, client
         */
        post: operations["createJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job with its occurrences and assignments
         * @description Roles: admin, consultant, client
         */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a worker for a job
         * @description 422 `assignment.outside_job_window`: startsAt–endsAt must lie within the job's window (both ends inclusive); the problem carries the job's `window`. 409 `worker.monthly_cap_exceeded`, `worker.yearly_cap_exceeded`, `worker.agreement_inactive`, `worker.skill_missing`, `worker.double_booked`, `worker.inactive`, `job.not_open`.
         *
         *     Roles: admin, consultant
         */
        post: operations["createAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/assignments/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What proposing this worker would meet, before proposing: the same refusals, and the warnings to show (nothing is written)
         * @description 200 `{ warnings }`: near a cap, agreement ending, a training at that time (`worker.training_clash`), the client's cheques short for this work (`client.vouchers_short`, with `short`), its agreement fee not yet paid (`client.fee_not_paid`, with `paymentReference`). The refusals are those of POST /v1/jobs/{id}/assignments.
         *
         *     Roles: admin, consultant
         */
        post: operations["checkJobAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a job (for the first job of a series: the series), with a reason
         * @description 409 `job.not_cancellable`: the job is done or cancelled already. 409 `job.has_hours`: hours were entered for it; cancel or dispute those first.
         *
         *     Roles: admin, consultant, client
         */
        post: operations["cancelJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ranked workers for a job, with reasons
         * @description Roles: admin, consultant
         */
        get: operations["listJobMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/series-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a worker for every open date of a series (or the dates in jobIds), all or none
         * @description 409 `assignment.series_refused` when a date is refused (cap, clash, agreement, skill): nothing is written, and `refused` lists each date with its code and sentence. The worker gets a message per date, each with its own answer link.
         *
         *     Roles: admin, consultant
         */
        post: operations["createJobSeriesAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/series-assignments/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Before proposing a worker for a whole series: each open date with its refusal or warnings (nothing is written)
         * @description `{id}` is the series' first klus; startsAt–endsAt is the time on that klus, moved onto each open date (the same minutes after its window opens). Each item has `refusal` (the code and Dutch sentence POST /v1/jobs/{id}/assignments would give on that date, counting the dates before it) or null, and its warnings; `warnings` holds the client's side for all dates together (`client.vouchers_short`, `client.fee_not_paid`). 422 `job.not_series` when the job does not head a series.
         *
         *     Roles: admin, consultant
         */
        post: operations["checkJobSeriesAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List municipalities
         * @description Roles: admin, consultant, finance
         */
        get: operations["listMunicipalities"];
        put?: never;
        /**
         * Add a municipality
         * @description Roles: admin
         */
        post: operations["createMunicipality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/municipalities/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activities a municipality allows
         * @description Roles: admin, consultant, finance
         */
        get: operations["listMunicipalityActivities"];
        /**
         * Replace the activities a municipality allows
         * @description Roles: admin
         */
        put: operations["replaceMunicipalityActivities"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/neighbourhoods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List neighbourhoods with centroid and neighbours
         * @description Roles: admin, consultant, finance
         */
        get: operations["listNeighbourhoods"];
        put?: never;
        /**
         * Add a neighbourhood (wijk) with its neighbours
         * @description Roles: admin
         */
        post: operations["createNeighbourhood"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/neighbourhoods/{id}/neighbours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a neighbourhood's neighbours (both directions)
         * @description A neighbour left out here also stops listing this neighbourhood: adjacency stays symmetric.
         *
         *     Roles: admin
         */
        put: operations["replaceNeighbourhoodNeighbours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/office-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List zitdagen
         * @description Roles: admin, consultant, client, worker
         */
        get: operations["listOfficeHours"];
        put?: never;
        /**
         * Add a zitdag series
         * @description Roles: admin, consultant
         */
        post: operations["createOfficeHours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/office-hours/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One zitdag series
         * @description Roles: admin, consultant, client, worker
         */
        get: operations["getOfficeHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/office-hours/{id}/day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The consultant's day at a zitdag: slots with their appointment, walk-in queue, quick links
         * @description Roles: admin, consultant
         */
        get: operations["getOfficeHoursDay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/office-hours/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Slots between two Brussels dates (inclusive; default the coming 14 days), each free or taken
         * @description Roles: admin, consultant, client, worker
         */
        get: operations["listOfficeHoursSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/office-hours/{id}/walk-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add someone who walks in to the day's queue
         * @description Roles: admin, consultant
         */
        post: operations["createOfficeHoursWalkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisation-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's bank account (debtor of the SEPA payout files)
         * @description Roles: finance, admin
         */
        get: operations["getOrganisationAccount"];
        /**
         * Set the organisation's bank account
         * @description The IBAN is checked (ISO 13616, and the national check for Belgian accounts). Payout runs copy the account when they are computed: refresh a draft to use the new one.
         *
         *     Roles: finance, admin
         */
        put: operations["updateOrganisationAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisation-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's public phone number and e-mail address, as the admin set them
         * @description Roles: admin
         */
        get: operations["getOrganisationContact"];
        /**
         * Set the organisation's public phone number and e-mail address
         * @description Shown on the organisation's own address (/<slug>), on every client page and to a person who gave a landline.
         *
         *     Roles: admin
         */
        put: operations["updateOrganisationContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find an organisation by a part of its name, short name or a municipality it serves (public)
         * @description Case-insensitive; spaces, hyphens and punctuation are ignored. Fewer than 2 letters find nothing. At most 20, by name.
         */
        get: operations["listOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's public contact data by its short name, any case (public) */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payments, e.g. the unmatched ones, each unmatched one with its likely match (if any)
         * @description Roles: finance, admin
         */
        get: operations["listPayments"];
        put?: never;
        /**
         * Register a bank payment: issues the vouchers or marks the fee paid
         * @description Roles: finance, admin
         */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{id}/confirm-match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the likely match of an unmatched payment: booked exactly as the right OGM would have been
         * @description The proposal is computed again (GET /v1/payments?status=unmatched shows it); when it no longer points at the target given, 409 payment.proposal_changed and nothing changes. Audited with who confirmed.
         *
         *     Roles: finance, admin
         */
        post: operations["confirmPaymentMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link an unmatched payment by hand to a client (fee, oldest order of that amount, else credit) or to an open order
         * @description To an order: only an open order of exactly the payment's amount (409 payment.order_not_open when it is paid or cancelled, 409 payment.amount_mismatch when the amount differs; nothing changes). Link to the client instead to keep the money as credit. Audited with who linked.
         *
         *     Roles: finance, admin
         */
        post: operations["linkPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/coda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a CODA bank statement (text/plain): credits with a known OGM are matched
         * @description Pasted CODA text. Only statements of the organisation's own account are read; for files (CODA or camt.053) use POST /v1/payments/statements.
         *
         *     Roles: finance, admin
         */
        post: operations["importCodaStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a bank statement file, CODA (.cod, several statements) or ISO 20022 camt.053 (.xml): credits with a known OGM are matched
         * @description The file itself is the body. Its format is read from its content, not its name or content type. Every statement in it must be of the organisation's account (GET /v1/organisation-account), else nothing is read (422 statement.other_account, naming the account masked). Entries imported before (CODA: account, date, statement and sequence; camt.053: the account servicer reference) are listed as duplicates and never booked twice.
         *
         *     Roles: finance, admin
         */
        post: operations["importBankStatementFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payout-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payout runs, newest month first
         * @description Roles: finance, admin
         */
        get: operations["listPayoutRuns"];
        put?: never;
        /**
         * Start (or refresh the draft of) the payout run of a month
         * @description Settles every worker's month up to this month whose confirmed entries changed since it was last settled: what is due minus what earlier runs paid for that month. The run's own month gives regular lines; earlier months (late entries, corrections, cancellations) adjustment lines; a negative remainder of an approved earlier run one carried line. A second call for a month with a draft recomputes that draft.
         *
         *     Roles: finance, admin
         */
        post: operations["createPayoutRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payout-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A payout run with its totals
         * @description Roles: finance, admin
         */
        get: operations["getPayoutRun"];
        put?: never;
        post?: never;
        /**
         * Delete a draft run (an approved run is history and stays)
         * @description Roles: finance, admin
         */
        delete: operations["deletePayoutRun"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payout-runs/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What to check before approving a run: totals, who prepared it, failing accounts, largest and unusual amounts, last month
         * @description Roles: finance, admin
         */
        get: operations["getPayoutRunApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payout-runs/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a draft run; this locks its month
         * @description Roles: finance, admin
         */
        post: operations["approvePayoutRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payout-runs/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lines of a payout run, in EndToEndId order
         * @description Roles: finance, admin
         */
        get: operations["listPayoutRunLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payout-runs/{id}/lines.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lines of a payout run as CSV for Excel (semicolons, decimal comma, UTF-8 with BOM)
         * @description Roles: finance, admin
         */
        get: operations["getPayoutRunLinesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payout-runs/{id}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute a draft run in the background (payouts queue)
         * @description Roles: finance, admin
         */
        post: operations["regeneratePayoutRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payout-runs/{id}/sepa.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SEPA credit transfer file (pain.001.001.09) of an approved run; marks the run exported
         * @description One transfer per worker whose lines in this run add up to more than 0 (a negative adjustment is set off against that month's pay; a worker who ends below zero gets no transfer and the next run sets the remainder off once, as a carried line). EndToEndId is the worker's regular line, else the worker's first line.
         *
         *     Roles: finance, admin
         */
        get: operations["getPayoutRunSepaXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/platform/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a tenant */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboard figures: hours per month against last year, open jobs and available workers per neighbourhood, workers near the monthly cap
         * @description Roles: admin, consultant
         */
        get: operations["getDashboardReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/hours.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Confirmed hours per worker in a month, for VDAB and OCMW
         * @description Roles: finance, admin, consultant
         */
        get: operations["getHoursReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/month-end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Month-end report: vouchers sold, consumed, expired, refunded and outstanding per month, hours and travel paid (JSON or CSV)
         * @description Roles: finance, admin
         */
        get: operations["getMonthEndReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/training-demand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open klussen that need a skill vs qualified workers per neighbourhood and activity
         * @description qualifiedWorkers counts active workers living in the neighbourhood or an adjacent one who hold the skill. suggestTraining = openJobs > qualifiedWorkers. Only open klussen whose window has not ended count.
         *
         *     Roles: admin, consultant
         */
        get: operations["getTrainingDemandReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tenant settings
         * @description Roles: admin, consultant, finance
         */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change tenant settings (a voucher price change takes effect on 1 January)
         * @description Roles: admin
         */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/v1/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List skills
         * @description Roles: admin, consultant, finance
         */
        get: operations["listSkills"];
        put?: never;
        /**
         * Add a skill
         * @description Roles: admin, consultant
         */
        post: operations["createSkill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sms/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An SMS a worker sent us, posted by the SMS gateway (shared token)
         * @description `Authorization: Bearer <SMS_INBOUND_TOKEN>`; a missing or wrong token is 401 `auth.unauthenticated`. JA/NEE, OUI/NON, YES/NO (case, accents, punctuation ignored) answer the sender's most recently proposed open proposal; STOP opts the number out of SMS in every organisation; anything else, or a yes/no without an open proposal, gets one help SMS (at most one per number per hour). The number is matched to the worker with an open proposal, else the most recent worker record with that number. Idempotent by `messageId`: the same id again answers `duplicate: true` and does nothing. Every message of a known worker is stored (GET /v1/workers/{id}/sms-replies).
         */
        post: operations["receiveInboundSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List staff
         * @description Roles: admin
         */
        get: operations["listStaff"];
        put?: never;
        /**
         * Add a staff member: invited by e-mail (invite: true), with a password, or else a temporary one returned once
         * @description Roles: admin
         */
        post: operations["createStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a staff member's name or role; a new role signs them out everywhere
         * @description 409 `staff.last_admin` when the last active admin would lose the role.
         *
         *     Roles: admin
         */
        patch: operations["updateStaffMember"];
        trace?: never;
    };
    "/v1/staff/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a staff member: no sign-in, every token refused at once
         * @description Roles: admin
         */
        post: operations["deactivateStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the invitation by e-mail again (valid 7 days; older links stop working)
         * @description Roles: admin
         */
        post: operations["resendStaffInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a staff member a new temporary password (returned once) and sign them out everywhere
         * @description Roles: admin
         */
        post: operations["resetStaffPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{id}/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Reset a staff member's second factor (a lost phone): they set up a new one at their next sign-in
         * @description Every session of theirs ends. An admin cannot reset their own: another admin does, after checking who asks.
         *
         *     Roles: admin
         */
        delete: operations["resetStaffSecondFactor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One's own staff account: name, role, whether a second factor is set up
         * @description Roles: admin, consultant, finance
         */
        get: operations["getOwnStaffAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change one's own password; every session of one's own ends
         * @description Roles: admin, consultant, finance
         */
        post: operations["changeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up the second factor: a new secret to scan into an authenticator app
         * @description Roles: admin, consultant, finance
         */
        post: operations["startSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me/second-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish setting up the second factor with a first code; answers a new token that opens everything
         * @description Every other session of this person ends: they were opened without the second factor.
         *
         *     Roles: admin, consultant, finance
         */
        post: operations["confirmSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me/second-factor/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop using the second factor (with a current code), where one's role does not need it
         * @description Roles: admin, consultant, finance
         */
        post: operations["removeSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One's own sessions that still work: where and when one signed in
         * @description Roles: admin, consultant, finance
         */
        get: operations["listOwnSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of one's sessions (e.g. on a lost phone)
         * @description Roles: admin, consultant, finance
         */
        delete: operations["endOwnSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me/sessions/end-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out everywhere, this session too
         * @description Roles: admin, consultant, finance
         */
        post: operations["endAllOwnSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List time entries
         * @description Roles: admin, consultant, finance, client, worker
         */
        get: operations["listTimeEntries"];
        put?: never;
        /**
         * Enter the hours of an assignment
         * @description Roles: worker, consultant, admin
         */
        post: operations["createTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time-entries/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an entry that was not confirmed yet
         * @description Roles: consultant, admin
         */
        post: operations["cancelTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time-entries/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an entry: its vouchers are consumed, oldest expiry first
         * @description Roles: client, consultant, admin
         */
        post: operations["confirmTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time-entries/{id}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace an entry by a corrected one (the old one is cancelled, history is kept)
         * @description Roles: consultant, admin
         */
        post: operations["correctTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time-entries/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispute an entry (the client, or a consultant for the client); the consultant is told
         * @description Roles: client, consultant, admin
         */
        post: operations["disputeTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List training sessions (from/to are Brussels dates, inclusive)
         * @description Roles: admin, consultant, worker
         */
        get: operations["listTrainingSessions"];
        put?: never;
        /**
         * Plan a training session
         * @description Roles: admin, consultant
         */
        post: operations["createTrainingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One training session
         * @description Roles: admin, consultant, worker
         */
        get: operations["getTrainingSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record attendance; attending grants the training's skill
         * @description Roles: admin, consultant
         */
        post: operations["recordTrainingAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who holds a place, who waits (in order)
         * @description Roles: admin, consultant
         */
        get: operations["listTrainingSessionEnrollments"];
        put?: never;
        /**
         * Enrol a worker: a place while there is one, else the waitlist
         * @description Roles: admin, consultant, worker
         */
        post: operations["enrollInTrainingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}/enrollments/{workerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Give up a place or leave the waitlist; the next waiting worker gets the place
         * @description Roles: admin, consultant, worker
         */
        delete: operations["deleteTrainingSessionEnrollment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}/enrollments/{workerId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give up a place or leave the waitlist; the next waiting worker gets the place
         * @description Roles: admin, consultant, worker
         */
        post: operations["cancelTrainingSessionEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List trainings
         * @description Roles: admin, consultant, worker
         */
        get: operations["listTrainings"];
        put?: never;
        /**
         * Add a training
         * @description Roles: admin, consultant
         */
        post: operations["createTraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/voucher-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List voucher orders, newest first; a client lists its own
         * @description Roles: consultant, admin, finance, client
         */
        get: operations["listVoucherOrders"];
        put?: never;
        /**
         * Order vouchers; pay with the OGM reference (RULES §3: once the client agreement's fee is paid)
         * @description Roles: consultant, admin, finance, client
         */
        post: operations["createVoucherOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/voucher-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One voucher order with where to pay it: the organisation's IBAN next to the OGM
         * @description Roles: consultant, admin, finance, client
         */
        get: operations["getVoucherOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/voucher-refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take back unused valid vouchers
         * @description 409 `wallet.insufficient_vouchers` when the quantity is more than the wallet's `available`: vouchers reserved for entered hours are never taken back.
         *
         *     Roles: consultant, finance, admin
         */
        post: operations["createVoucherRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search workers (national number masked)
         * @description Roles: admin, consultant, finance
         */
        get: operations["listWorkers"];
        put?: never;
        /**
         * Register a worker (RULES §1: domiciled in Flanders, referred by VDAB or the OCMW)
         * @description Roles: admin, consultant
         */
        post: operations["createWorker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One worker with availability, activities and skills
         * @description Roles: admin, consultant, finance, worker
         */
        get: operations["getWorker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a worker
         * @description Roles: admin, consultant
         */
        patch: operations["updateWorker"];
        trace?: never;
    };
    "/v1/workers/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A worker's agreements, newest first
         * @description Roles: admin, consultant, finance, worker
         */
        get: operations["listWorkerAgreements"];
        put?: never;
        /**
         * Start a worker agreement (wijk-werkovereenkomst)
         * @description Roles: admin, consultant
         */
        post: operations["createWorkerAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workers/{id}/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hours used, planned and left this month and year (Europe/Brussels), and the current agreement
         * @description Roles: admin, consultant, finance, worker
         */
        get: operations["getWorkerCapacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workers/{id}/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A worker's paid payout lines and the organisation's payment calendar
         * @description Each line of an approved or exported run that pays this worker: month of work, hours, cheques, travel, amount and the date paid; and when each coming month is paid (the tenant's payoutDayOfMonth). A worker reads only their own id; any other id is 404.
         *
         *     Roles: admin, consultant, finance, worker
         */
        get: operations["listWorkerPayouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workers/{id}/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a skill a worker has (upsert)
         * @description Roles: admin, consultant
         */
        post: operations["recordWorkerSkill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workers/{id}/sms-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every SMS this worker sent us, newest first, with what we made of it and the SMS sent back
         * @description Roles: admin, consultant
         */
        get: operations["listWorkerSmsReplies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What waits for the organisation: disputed hours, proposals to follow, unpaid fees, agreements ending, incomplete workers
         * @description Roles: admin, consultant
         */
        get: operations["getWorklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details; `code` is stable (API.md). */
        Problem: {
            /** @example validation.failed */
            code: string;
            /** @example Controleer de aangeduide velden. */
            detail: string;
            /** @description Field errors of a validation.failed problem. */
            errors?: {
                message: string;
                path: string;
            }[];
            instance?: string;
            /** @example 422 */
            status: number;
            /** @example Sommige gegevens zijn niet juist. */
            title: string;
            /** @example https://wijkwerk.be/problems/validation.failed */
            type: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: boolean;
                        redis: boolean;
                        status: string;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listActivities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: string;
                            clientTypes: string[];
                            code: string;
                            name: string;
                            /** Format: uuid */
                            skillId?: string;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listActivityRequests: {
        parameters: {
            query?: {
                clientId?: string;
                cursor?: string;
                limit?: number;
                status?: "open" | "granted" | "refused" | "forwarded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            activityCode: string | null;
                            activityName: string | null;
                            answer: string | null;
                            answeredAt: string | null;
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            municipalityId: string;
                            municipalityName: string;
                            status: "open" | "granted" | "refused" | "forwarded";
                            wish: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createActivityRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clientId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "activityCode": "tekst",
                 *       "wish": "tekst"
                 *     }
                 */
                "application/json": {
                    activityCode?: string;
                    /** Format: uuid */
                    clientId: string;
                    /** @description What the client would like done, in its own words. */
                    wish: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityCode: string | null;
                        activityName: string | null;
                        answer: string | null;
                        answeredAt: string | null;
                        /** Format: uuid */
                        clientId: string;
                        clientName: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        municipalityId: string;
                        municipalityName: string;
                        status: "open" | "granted" | "refused" | "forwarded";
                        wish: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `activity_request.already_allowed`: Deze activiteit kan de klant al bestellen. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "activity_request.already_allowed";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    answerActivityRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "granted",
                 *       "activityCode": "tekst",
                 *       "answer": "tekst"
                 *     }
                 */
                "application/json": {
                    activityCode?: string;
                    /** @description Words for the client; required to refuse or forward. */
                    answer?: string;
                    decision: "granted" | "refused" | "forwarded";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityCode: string | null;
                        activityName: string | null;
                        answer: string | null;
                        answeredAt: string | null;
                        /** Format: uuid */
                        clientId: string;
                        clientName: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        municipalityId: string;
                        municipalityName: string;
                        status: "open" | "granted" | "refused" | "forwarded";
                        wish: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `activity_request.already_answered`: Deze vraag om een activiteit is al beantwoord. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "activity_request.already_answered";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `activity_request.not_on_list`: Alleen een activiteit van de Vlaamse lijst die voor dit soort klant mag, kan worden toegevoegd.
             *     `activity_request.reason_required`: Zeg de klant waarom in een paar woorden.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "activity_request.not_on_list" | "activity_request.reason_required" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getAnswerLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 8-character code of the link https://<web>/j/<code> */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activity: {
                            code: string;
                            name: string;
                        };
                        address: {
                            municipality: string;
                            /** @description The wijk */
                            neighbourhood: string | null;
                            number: string;
                            postalCode: string;
                            street: string;
                        };
                        /** Format: uuid */
                        assignmentId: string;
                        /** @description The client's contact's first name only */
                        clientFirstName: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @description The worker's language */
                        language: "nl" | "fr" | "en";
                        minutes: number;
                        /** @description The worker's reason for declining, if given */
                        reason: string | null;
                        /** @description Until when the proposal can be answered */
                        respondBy: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /** @description open (can be answered), accepted, declined, expired, taken (another worker accepted the klus), cancelled, done */
                        state: "open" | "accepted" | "declined" | "expired" | "taken" | "cancelled" | "done";
                        /** @description The km the travel allowance will count; null when a location is unknown */
                        travel: {
                            /** @description The travel allowance this gives (RULES §2: nothing for 10 km or less) */
                            allowanceCents: number;
                            /** @description Whether the round trip is over 10 km, so the allowance counts */
                            counts: boolean;
                            /** @description Home → client → home as the crow flies, one decimal */
                            roundTripKm: number;
                        } | null;
                        /** @description A decline can be undone until then (10 minutes); null otherwise */
                        undoUntil: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `auth.forbidden`: U mag dit niet doen. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `answer_link.unknown`: Deze link bestaat niet.
             *     `resource.not_found`: Niet gevonden.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "answer_link.unknown" | "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `assignment.not_active`: Deze toewijzing is al afgelopen of geannuleerd. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "assignment.not_active";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /**
             * @description `answer_link.rate_limited`: Te veel verkeerde links. Wacht even en probeer opnieuw.
             *     `auth.rate_limited`: Te veel pogingen. Probeer het later opnieuw.
             *     `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "answer_link.rate_limited" | "auth.rate_limited" | "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    respondByAnswerLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 8-character code of the link https://<web>/j/<code> */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "response": "accept",
                 *       "reason": "tekst"
                 *     }
                 */
                "application/json": {
                    /** @description Why not (optional, with a decline) */
                    reason?: string;
                    response: "accept" | "decline";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activity: {
                            code: string;
                            name: string;
                        };
                        address: {
                            municipality: string;
                            /** @description The wijk */
                            neighbourhood: string | null;
                            number: string;
                            postalCode: string;
                            street: string;
                        };
                        /** Format: uuid */
                        assignmentId: string;
                        /** @description The client's contact's first name only */
                        clientFirstName: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @description The worker's language */
                        language: "nl" | "fr" | "en";
                        minutes: number;
                        /** @description The worker's reason for declining, if given */
                        reason: string | null;
                        /** @description Until when the proposal can be answered */
                        respondBy: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /** @description open (can be answered), accepted, declined, expired, taken (another worker accepted the klus), cancelled, done */
                        state: "open" | "accepted" | "declined" | "expired" | "taken" | "cancelled" | "done";
                        /** @description The km the travel allowance will count; null when a location is unknown */
                        travel: {
                            /** @description The travel allowance this gives (RULES §2: nothing for 10 km or less) */
                            allowanceCents: number;
                            /** @description Whether the round trip is over 10 km, so the allowance counts */
                            counts: boolean;
                            /** @description Home → client → home as the crow flies, one decimal */
                            roundTripKm: number;
                        } | null;
                        /** @description A decline can be undone until then (10 minutes); null otherwise */
                        undoUntil: string | null;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `auth.invalid_code`: De code is niet juist of niet meer geldig.
             *     `auth.unauthenticated`: U bent niet aangemeld.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.invalid_code" | "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `auth.forbidden`: U mag dit niet doen. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `answer_link.unknown`: Deze link bestaat niet.
             *     `resource.not_found`: Niet gevonden.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "answer_link.unknown" | "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `answer_link.used`: Met deze link werd al geantwoord.
             *     `assignment.job_already_taken`: Een andere wijk-werker heeft deze klus al aanvaard.
             *     `assignment.not_active`: Deze toewijzing is al afgelopen of geannuleerd.
             *     `assignment.not_pending`: Op deze toewijzing kan u niet meer antwoorden.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "answer_link.used" | "assignment.job_already_taken" | "assignment.not_active" | "assignment.not_pending";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `answer_link.expired`: Deze link is verlopen. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "answer_link.expired";
                        /** @constant */
                        status?: 410;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /**
             * @description `answer_link.rate_limited`: Te veel verkeerde links. Wacht even en probeer opnieuw.
             *     `auth.rate_limited`: Te veel pogingen. Probeer het later opnieuw.
             *     `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "answer_link.rate_limited" | "auth.rate_limited" | "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    undoDeclineByAnswerLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 8-character code of the link https://<web>/j/<code> */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activity: {
                            code: string;
                            name: string;
                        };
                        address: {
                            municipality: string;
                            /** @description The wijk */
                            neighbourhood: string | null;
                            number: string;
                            postalCode: string;
                            street: string;
                        };
                        /** Format: uuid */
                        assignmentId: string;
                        /** @description The client's contact's first name only */
                        clientFirstName: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @description The worker's language */
                        language: "nl" | "fr" | "en";
                        minutes: number;
                        /** @description The worker's reason for declining, if given */
                        reason: string | null;
                        /** @description Until when the proposal can be answered */
                        respondBy: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /** @description open (can be answered), accepted, declined, expired, taken (another worker accepted the klus), cancelled, done */
                        state: "open" | "accepted" | "declined" | "expired" | "taken" | "cancelled" | "done";
                        /** @description The km the travel allowance will count; null when a location is unknown */
                        travel: {
                            /** @description The travel allowance this gives (RULES §2: nothing for 10 km or less) */
                            allowanceCents: number;
                            /** @description Whether the round trip is over 10 km, so the allowance counts */
                            counts: boolean;
                            /** @description Home → client → home as the crow flies, one decimal */
                            roundTripKm: number;
                        } | null;
                        /** @description A decline can be undone until then (10 minutes); null otherwise */
                        undoUntil: string | null;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `auth.forbidden`: U mag dit niet doen. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `answer_link.unknown`: Deze link bestaat niet.
             *     `resource.not_found`: Niet gevonden.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "answer_link.unknown" | "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `assignment.job_already_taken`: Een andere wijk-werker heeft deze klus al aanvaard.
             *     `assignment.not_active`: Deze toewijzing is al afgelopen of geannuleerd.
             *     `assignment.not_declined`: Deze toewijzing is niet geweigerd; er is niets ongedaan te maken.
             *     `assignment.undo_expired`: Ongedaan maken kan niet meer: de 10 minuten zijn voorbij of het voorstel is verlopen.
             *     `worker.double_booked`: De wijk-werker heeft op dat moment al een andere klus.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "assignment.job_already_taken" | "assignment.not_active" | "assignment.not_declined" | "assignment.undo_expired" | "worker.double_booked";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /**
             * @description `answer_link.rate_limited`: Te veel verkeerde links. Wacht even en probeer opnieuw.
             *     `auth.rate_limited`: Te veel pogingen. Probeer het later opnieuw.
             *     `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "answer_link.rate_limited" | "auth.rate_limited" | "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "officeHoursId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "startsAt": "2026-03-31T09:00:00+02:00",
                 *       "clientId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "workerId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "name": "tekst",
                 *       "phone": "tekstx",
                 *       "topic": "tekst"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    clientId?: string;
                    name?: string;
                    /** Format: uuid */
                    officeHoursId: string;
                    phone?: string;
                    /** Format: date-time */
                    startsAt: string;
                    topic: string;
                    /** Format: uuid */
                    workerId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clientId: string | null;
                        date: string;
                        endsAt: string | null;
                        /** Format: uuid */
                        id: string;
                        kind: "booked" | "walk_in";
                        name: string | null;
                        /** Format: uuid */
                        officeHoursId: string;
                        phone: string | null;
                        queueNumber: number | null;
                        startsAt: string | null;
                        status: "planned" | "done" | "no_show" | "cancelled";
                        topic: string;
                        workerId: string | null;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `appointment.slot_taken`: Dit tijdslot is al bezet. Kies een ander uur. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "appointment.slot_taken";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    cancelAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clientId: string | null;
                        date: string;
                        endsAt: string | null;
                        /** Format: uuid */
                        id: string;
                        kind: "booked" | "walk_in";
                        name: string | null;
                        /** Format: uuid */
                        officeHoursId: string;
                        phone: string | null;
                        queueNumber: number | null;
                        startsAt: string | null;
                        status: "planned" | "done" | "no_show" | "cancelled";
                        topic: string;
                        workerId: string | null;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `appointment.not_planned`: Deze afspraak is al voorbij of geannuleerd. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "appointment.not_planned";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    markAppointmentNoShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clientId: string | null;
                        date: string;
                        endsAt: string | null;
                        /** Format: uuid */
                        id: string;
                        kind: "booked" | "walk_in";
                        name: string | null;
                        /** Format: uuid */
                        officeHoursId: string;
                        phone: string | null;
                        queueNumber: number | null;
                        startsAt: string | null;
                        status: "planned" | "done" | "no_show" | "cancelled";
                        topic: string;
                        workerId: string | null;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `appointment.not_planned`: Deze afspraak is al voorbij of geannuleerd. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "appointment.not_planned";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    markAppointmentSeen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clientId: string | null;
                        date: string;
                        endsAt: string | null;
                        /** Format: uuid */
                        id: string;
                        kind: "booked" | "walk_in";
                        name: string | null;
                        /** Format: uuid */
                        officeHoursId: string;
                        phone: string | null;
                        queueNumber: number | null;
                        startsAt: string | null;
                        status: "planned" | "done" | "no_show" | "cancelled";
                        topic: string;
                        workerId: string | null;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `appointment.not_planned`: Deze afspraak is al voorbij of geannuleerd. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "appointment.not_planned";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listAssignments: {
        parameters: {
            query?: {
                cursor?: string;
                /** @example 2026-03-31T09:00:00+02:00 */
                from?: string;
                limit?: number;
                /** @example 2026-03-31T09:00:00+02:00 */
                to?: string;
                workerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            cancelledBy: string | null;
                            /** Format: uuid */
                            clientId: string;
                            createdAt: string;
                            /** @description For a worker's own list (issue 17): what, where, for whom, how far */
                            details?: {
                                activity: {
                                    code: string;
                                    name: string;
                                };
                                address: {
                                    municipality: string;
                                    /** @description The wijk */
                                    neighbourhood: string | null;
                                    number: string;
                                    postalCode: string;
                                    street: string;
                                };
                                /** Format: uuid */
                                assignmentId: string;
                                /** @description The client's contact's first name only */
                                clientFirstName: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** @description The worker's language */
                                language: "nl" | "fr" | "en";
                                minutes: number;
                                /** @description The worker's reason for declining, if given */
                                reason: string | null;
                                /** @description Until when the proposal can be answered */
                                respondBy: string | null;
                                /** Format: date-time */
                                startsAt: string;
                                /** @description open (can be answered), accepted, declined, expired, taken (another worker accepted the klus), cancelled, done */
                                state: "open" | "accepted" | "declined" | "expired" | "taken" | "cancelled" | "done";
                                /** @description The km the travel allowance will count; null when a location is unknown */
                                travel: {
                                    /** @description The travel allowance this gives (RULES §2: nothing for 10 km or less) */
                                    allowanceCents: number;
                                    /** @description Whether the round trip is over 10 km, so the allowance counts */
                                    counts: boolean;
                                    /** @description Home → client → home as the crow flies, one decimal */
                                    roundTripKm: number;
                                } | null;
                                /** @description A decline can be undone until then (10 minutes); null otherwise */
                                undoUntil: string | null;
                            };
                            endsAt: string;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            jobId: string;
                            minutes: number;
                            respondedAt: string | null;
                            startsAt: string;
                            status: string;
                            warnings: ({
                                code: string;
                                detail: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** Format: uuid */
                            workerId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    cancelAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "tekst"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelledBy: string | null;
                        /** Format: uuid */
                        clientId: string;
                        createdAt: string;
                        /** @description For a worker's own list (issue 17): what, where, for whom, how far */
                        details?: {
                            activity: {
                                code: string;
                                name: string;
                            };
                            address: {
                                municipality: string;
                                /** @description The wijk */
                                neighbourhood: string | null;
                                number: string;
                                postalCode: string;
                                street: string;
                            };
                            /** Format: uuid */
                            assignmentId: string;
                            /** @description The client's contact's first name only */
                            clientFirstName: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description The worker's language */
                            language: "nl" | "fr" | "en";
                            minutes: number;
                            /** @description The worker's reason for declining, if given */
                            reason: string | null;
                            /** @description Until when the proposal can be answered */
                            respondBy: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** @description open (can be answered), accepted, declined, expired, taken (another worker accepted the klus), cancelled, done */
                            state: "open" | "accepted" | "declined" | "expired" | "taken" | "cancelled" | "done";
                            /** @description The km the travel allowance will count; null when a location is unknown */
                            travel: {
                                /** @description The travel allowance this gives (RULES §2: nothing for 10 km or less) */
                                allowanceCents: number;
                                /** @description Whether the round trip is over 10 km, so the allowance counts */
                                counts: boolean;
                                /** @description Home → client → home as the crow flies, one decimal */
                                roundTripKm: number;
                            } | null;
                            /** @description A decline can be undone until then (10 minutes); null otherwise */
                            undoUntil: string | null;
                        };
                        endsAt: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        jobId: string;
                        minutes: number;
                        respondedAt: string | null;
                        startsAt: string;
                        status: string;
                        warnings: ({
                            code: string;
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `assignment.not_active`: Deze toewijzing is al afgelopen of geannuleerd. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "assignment.not_active";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    respondToAssignment: {
        parameters: {
            query?: {
                token?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "response": "accept",
                 *       "reason": "tekst"
                 *     }
                 */
                "application/json": {
                    reason?: string;
                    response: "accept" | "decline";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelledBy: string | null;
                        /** Format: uuid */
                        clientId: string;
                        createdAt: string;
                        /** @description For a worker's own list (issue 17): what, where, for whom, how far */
                        details?: {
                            activity: {
                                code: string;
                                name: string;
                            };
                            address: {
                                municipality: string;
                                /** @description The wijk */
                                neighbourhood: string | null;
                                number: string;
                                postalCode: string;
                                street: string;
                            };
                            /** Format: uuid */
                            assignmentId: string;
                            /** @description The client's contact's first name only */
                            clientFirstName: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description The worker's language */
                            language: "nl" | "fr" | "en";
                            minutes: number;
                            /** @description The worker's reason for declining, if given */
                            reason: string | null;
                            /** @description Until when the proposal can be answered */
                            respondBy: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** @description open (can be answered), accepted, declined, expired, taken (another worker accepted the klus), cancelled, done */
                            state: "open" | "accepted" | "declined" | "expired" | "taken" | "cancelled" | "done";
                            /** @description The km the travel allowance will count; null when a location is unknown */
                            travel: {
                                /** @description The travel allowance this gives (RULES §2: nothing for 10 km or less) */
                                allowanceCents: number;
                                /** @description Whether the round trip is over 10 km, so the allowance counts */
                                counts: boolean;
                                /** @description Home → client → home as the crow flies, one decimal */
                                roundTripKm: number;
                            } | null;
                            /** @description A decline can be undone until then (10 minutes); null otherwise */
                            undoUntil: string | null;
                        };
                        endsAt: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        jobId: string;
                        minutes: number;
                        respondedAt: string | null;
                        startsAt: string;
                        status: string;
                        warnings: ({
                            code: string;
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `auth.invalid_code`: De code is niet juist of niet meer geldig.
             *     `auth.unauthenticated`: U bent niet aangemeld.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.invalid_code" | "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `auth.forbidden`: U mag dit niet doen. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `assignment.job_already_taken`: Een andere wijk-werker heeft deze klus al aanvaard.
             *     `assignment.not_pending`: Op deze toewijzing kan u niet meer antwoorden.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "assignment.job_already_taken" | "assignment.not_pending";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    undoDeclineAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelledBy: string | null;
                        /** Format: uuid */
                        clientId: string;
                        createdAt: string;
                        /** @description For a worker's own list (issue 17): what, where, for whom, how far */
                        details?: {
                            activity: {
                                code: string;
                                name: string;
                            };
                            address: {
                                municipality: string;
                                /** @description The wijk */
                                neighbourhood: string | null;
                                number: string;
                                postalCode: string;
                                street: string;
                            };
                            /** Format: uuid */
                            assignmentId: string;
                            /** @description The client's contact's first name only */
                            clientFirstName: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description The worker's language */
                            language: "nl" | "fr" | "en";
                            minutes: number;
                            /** @description The worker's reason for declining, if given */
                            reason: string | null;
                            /** @description Until when the proposal can be answered */
                            respondBy: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** @description open (can be answered), accepted, declined, expired, taken (another worker accepted the klus), cancelled, done */
                            state: "open" | "accepted" | "declined" | "expired" | "taken" | "cancelled" | "done";
                            /** @description The km the travel allowance will count; null when a location is unknown */
                            travel: {
                                /** @description The travel allowance this gives (RULES §2: nothing for 10 km or less) */
                                allowanceCents: number;
                                /** @description Whether the round trip is over 10 km, so the allowance counts */
                                counts: boolean;
                                /** @description Home → client → home as the crow flies, one decimal */
                                roundTripKm: number;
                            } | null;
                            /** @description A decline can be undone until then (10 minutes); null otherwise */
                            undoUntil: string | null;
                        };
                        endsAt: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        jobId: string;
                        minutes: number;
                        respondedAt: string | null;
                        startsAt: string;
                        status: string;
                        warnings: ({
                            code: string;
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `auth.forbidden`: U mag dit niet doen. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `assignment.job_already_taken`: Een andere wijk-werker heeft deze klus al aanvaard.
             *     `assignment.not_declined`: Deze toewijzing is niet geweigerd; er is niets ongedaan te maken.
             *     `assignment.undo_expired`: Ongedaan maken kan niet meer: de 10 minuten zijn voorbij of het voorstel is verlopen.
             *     `worker.double_booked`: De wijk-werker heeft op dat moment al een andere klus.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "assignment.job_already_taken" | "assignment.not_declined" | "assignment.undo_expired" | "worker.double_booked";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description The staff member (or worker, client) who acted */
                actorId?: string;
                cursor?: string;
                /** @description e.g. worker, client, job, payment, settings */
                entity?: string;
                /**
                 * @description First day (Brussels time), included
                 * @example 2026-03-31
                 */
                from?: string;
                limit?: number;
                /** @description A person, job, payment…: rows about it, or naming it as the worker or client */
                subjectId?: string;
                /**
                 * @description Last day (Brussels time), included
                 * @example 2026-03-31
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actorId: string | null;
                            actorName: string | null;
                            /** @description admin, consultant, finance, client, worker, platform, system or anyone (signed out) */
                            actorType: string;
                            /** @description The record after the change; INSZ and IBAN masked */
                            after: unknown;
                            /** Format: date-time */
                            at: string;
                            /** @description The record before the change; INSZ and IBAN masked */
                            before: unknown;
                            entity: string;
                            entityId: string | null;
                            /** Format: uuid */
                            id: string;
                            requestId: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getAuditLogCsv: {
        parameters: {
            query?: {
                /** @description The staff member (or worker, client) who acted */
                actorId?: string;
                /** @description e.g. worker, client, job, payment, settings */
                entity?: string;
                /**
                 * @description First day (Brussels time), included
                 * @example 2026-03-31
                 */
                from?: string;
                /** @description A person, job, payment…: rows about it, or naming it as the worker or client */
                subjectId?: string;
                /**
                 * @description Last day (Brussels time), included
                 * @example 2026-03-31
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listAuditLogEntities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    requestSignInCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tenant": "tekst",
                 *       "phone": "tekstx",
                 *       "email": "an.peeters@example.be"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email?: string;
                    phone?: string;
                    tenant: string;
                };
            };
        };
        responses: {
            /** @description Accepted, without a body: the same answer whether or not the address is known */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `auth.phone_landline`: Naar een vast nummer kunnen we geen sms sturen. Bel uw consulent.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.phone_landline" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /**
             * @description `auth.rate_limited`: Te veel pogingen. Probeer het later opnieuw.
             *     `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.rate_limited" | "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    verifySignInCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tenant": "tekst",
                 *       "phone": "tekstx",
                 *       "email": "an.peeters@example.be",
                 *       "code": "123456"
                 *     }
                 */
                "application/json": {
                    /** @example 123456 */
                    code: string;
                    /** Format: email */
                    email?: string;
                    phone?: string;
                    tenant: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        expiresIn: number;
                        /** @description a client's or worker's own language (code sign-in): their screens start in it */
                        language?: "nl" | "fr" | "en";
                        role: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.invalid_code`: De code is niet juist of niet meer geldig. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.invalid_code";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `auth.phone_landline`: Naar een vast nummer kunnen we geen sms sturen. Bel uw consulent.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.phone_landline" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /**
             * @description `auth.rate_limited`: Te veel pogingen. Probeer het later opnieuw.
             *     `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.rate_limited" | "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tenant": "tekst",
                 *       "email": "tekst",
                 *       "password": "tekst",
                 *       "code": "tekst"
                 *     }
                 */
                "application/json": {
                    /** @description Issue 20: the 6-digit code of the second factor, when the account has one */
                    code?: string;
                    email: string;
                    password: string;
                    tenant: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        expiresIn: number;
                        /** @description a client's or worker's own language (code sign-in): their screens start in it */
                        language?: "nl" | "fr" | "en";
                        role: string;
                        secondFactor: {
                            /**
                             * Format: date-time
                             * @description enrol: the end of the enrolment period
                             */
                            enrolBy?: string;
                            /** @description enrol: the period is over, this token only sets up the second factor */
                            enrolNow?: boolean;
                            /** @description used: signed in with a code; none: not needed; enrol: needed but not set up yet (POST /v1/staff/me/second-factor) */
                            status: "used" | "none" | "enrol";
                        };
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `auth.invalid_credentials`: E-mailadres of wachtwoord is niet juist.
             *     `auth.second_factor_invalid`: Deze code is niet juist of al gebruikt.
             *     `auth.second_factor_required`: Geef de code uit de app op uw telefoon.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.invalid_credentials" | "auth.second_factor_invalid" | "auth.second_factor_required";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /**
             * @description `auth.rate_limited`: Te veel pogingen. Probeer het later opnieuw.
             *     `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.rate_limited" | "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    loginSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "challenge": "tekst",
                 *       "code": "tekst"
                 *     }
                 */
                "application/json": {
                    /** @description From the 401 auth.second_factor_required answer of POST /v1/auth/login */
                    challenge: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        expiresIn: number;
                        /** @description a client's or worker's own language (code sign-in): their screens start in it */
                        language?: "nl" | "fr" | "en";
                        role: string;
                        secondFactor: {
                            /**
                             * Format: date-time
                             * @description enrol: the end of the enrolment period
                             */
                            enrolBy?: string;
                            /** @description enrol: the period is over, this token only sets up the second factor */
                            enrolNow?: boolean;
                            /** @description used: signed in with a code; none: not needed; enrol: needed but not set up yet (POST /v1/staff/me/second-factor) */
                            status: "used" | "none" | "enrol";
                        };
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `auth.invalid_credentials`: E-mailadres of wachtwoord is niet juist.
             *     `auth.second_factor_invalid`: Deze code is niet juist of al gebruikt.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.invalid_credentials" | "auth.second_factor_invalid";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /**
             * @description `auth.rate_limited`: Te veel pogingen. Probeer het later opnieuw.
             *     `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.rate_limited" | "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out, without a body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tenant": "tekst",
                 *       "email": "tekst"
                 *     }
                 */
                "application/json": {
                    email: string;
                    /** @description The organisation's short name (slug) */
                    tenant: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /**
             * @description `auth.rate_limited`: Te veel pogingen. Probeer het later opnieuw.
             *     `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.rate_limited" | "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getStaffLink: {
        parameters: {
            query: {
                /** @description The organisation's short name (slug) */
                tenant: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        /** Format: date-time */
                        expiresAt: string;
                        name: string;
                        purpose: "invite" | "password_reset";
                    };
                };
            };
            /**
             * @description `resource.not_found`: Niet gevonden.
             *     `staff_link.unknown`: Deze link kennen we niet.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found" | "staff_link.unknown";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `staff_link.expired`: Deze link is verlopen of al gebruikt. Vraag een nieuwe. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "staff_link.expired";
                        /** @constant */
                        status?: 410;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    choosePasswordByLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tenant": "tekst",
                 *       "password": "tekstxxxxxxx"
                 *     }
                 */
                "application/json": {
                    password: string;
                    /** @description The organisation's short name (slug) */
                    tenant: string;
                };
            };
        };
        responses: {
            /** @description Done, without a body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `resource.not_found`: Niet gevonden.
             *     `staff_link.unknown`: Deze link kennen we niet.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found" | "staff_link.unknown";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `staff_link.expired`: Deze link is verlopen of al gebruikt. Vraag een nieuwe. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "staff_link.expired";
                        /** @constant */
                        status?: 410;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listClientCredits: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            balanceCents: number;
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            clientNumber: number;
                            lastMovementAt: string;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listClients: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                neighbourhoodId?: string;
                q?: string;
                type?: "private" | "localGovernment" | "education" | "nonprofit" | "agriculture";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            activeAgreement?: {
                                /**
                                 * Format: date
                                 * @example 2026-03-31
                                 */
                                endDate: string;
                                feePaid: boolean;
                                /**
                                 * Format: date
                                 * @example 2026-03-31
                                 */
                                startDate: string;
                            } | null;
                            address: {
                                lat: number | null;
                                lon: number | null;
                                /** Format: uuid */
                                municipalityId: string;
                                /** Format: uuid */
                                neighbourhoodId: string;
                                number: string;
                                postalCode: string;
                                street: string;
                            };
                            clientNumber: number;
                            contact: {
                                email: string | null;
                                firstName: string;
                                lastName: string;
                                phone: string | null;
                            };
                            createdAt: string;
                            enterpriseNumber: string | null;
                            /** @description RULES §6: a transitional ex-PWA household since this date */
                            exPwaSince: string | null;
                            /** Format: uuid */
                            id: string;
                            language: "nl" | "fr" | "en";
                            name: string;
                            nationalNumber: string | null;
                            type: "private" | "localGovernment" | "education" | "nonprofit" | "agriculture";
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "private",
                 *       "name": "tekst",
                 *       "contact": {
                 *         "firstName": "tekst",
                 *         "lastName": "tekst",
                 *         "phone": "tekst",
                 *         "email": "an.peeters@example.be"
                 *       },
                 *       "address": {
                 *         "street": "tekst",
                 *         "number": "tekst",
                 *         "postalCode": "9000",
                 *         "municipalityId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *         "neighbourhoodId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *         "lat": 1,
                 *         "lon": 1
                 *       },
                 *       "nationalNumber": "tekst",
                 *       "enterpriseNumber": "tekst",
                 *       "language": "nl"
                 *     }
                 */
                "application/json": {
                    address: {
                        lat?: number;
                        lon?: number;
                        /** Format: uuid */
                        municipalityId: string;
                        /** Format: uuid */
                        neighbourhoodId: string;
                        number: string;
                        /** @example 9000 */
                        postalCode: string;
                        street: string;
                    };
                    contact: {
                        /** Format: email */
                        email?: string;
                        firstName: string;
                        lastName: string;
                        phone?: string;
                    };
                    enterpriseNumber?: string;
                    language?: "nl" | "fr" | "en";
                    name: string;
                    nationalNumber?: string;
                    type: "private" | "localGovernment" | "education" | "nonprofit" | "agriculture";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeAgreement?: {
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            endDate: string;
                            feePaid: boolean;
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            startDate: string;
                        } | null;
                        address: {
                            lat: number | null;
                            lon: number | null;
                            /** Format: uuid */
                            municipalityId: string;
                            /** Format: uuid */
                            neighbourhoodId: string;
                            number: string;
                            postalCode: string;
                            street: string;
                        };
                        clientNumber: number;
                        contact: {
                            email: string | null;
                            firstName: string;
                            lastName: string;
                            phone: string | null;
                        };
                        createdAt: string;
                        enterpriseNumber: string | null;
                        /** @description RULES §6: a transitional ex-PWA household since this date */
                        exPwaSince: string | null;
                        /** Format: uuid */
                        id: string;
                        language: "nl" | "fr" | "en";
                        name: string;
                        nationalNumber: string | null;
                        type: "private" | "localGovernment" | "education" | "nonprofit" | "agriculture";
                        updatedAt: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `client.duplicate`: Deze gebruiker is al ingeschreven.
             *     `idempotency.in_progress`: Een aanvraag met deze Idempotency-Key is nog bezig.
             *     `idempotency.key_reused`: Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client.duplicate" | "idempotency.in_progress" | "idempotency.key_reused";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeAgreement?: {
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            endDate: string;
                            feePaid: boolean;
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            startDate: string;
                        } | null;
                        address: {
                            lat: number | null;
                            lon: number | null;
                            /** Format: uuid */
                            municipalityId: string;
                            /** Format: uuid */
                            neighbourhoodId: string;
                            number: string;
                            postalCode: string;
                            street: string;
                        };
                        clientNumber: number;
                        contact: {
                            email: string | null;
                            firstName: string;
                            lastName: string;
                            phone: string | null;
                        };
                        createdAt: string;
                        enterpriseNumber: string | null;
                        /** @description RULES §6: a transitional ex-PWA household since this date */
                        exPwaSince: string | null;
                        /** Format: uuid */
                        id: string;
                        language: "nl" | "fr" | "en";
                        name: string;
                        nationalNumber: string | null;
                        type: "private" | "localGovernment" | "education" | "nonprofit" | "agriculture";
                        updatedAt: string;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "private",
                 *       "name": "tekst",
                 *       "contact": {
                 *         "firstName": "tekst",
                 *         "lastName": "tekst",
                 *         "phone": "tekst",
                 *         "email": "an.peeters@example.be"
                 *       },
                 *       "address": {
                 *         "street": "tekst",
                 *         "number": "tekst",
                 *         "postalCode": "9000",
                 *         "municipalityId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *         "neighbourhoodId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *         "lat": 1,
                 *         "lon": 1
                 *       },
                 *       "nationalNumber": "tekst",
                 *       "enterpriseNumber": "tekst",
                 *       "language": "nl",
                 *       "exPwaSince": "2026-03-31"
                 *     }
                 */
                "application/json": {
                    address?: {
                        lat?: number | null;
                        lon?: number | null;
                        /** Format: uuid */
                        municipalityId?: string;
                        /** Format: uuid */
                        neighbourhoodId?: string;
                        number?: string;
                        /** @example 9000 */
                        postalCode?: string;
                        street?: string;
                    };
                    contact?: {
                        email?: string | null;
                        firstName?: string;
                        lastName?: string;
                        phone?: string | null;
                    };
                    enterpriseNumber?: string | null;
                    exPwaSince?: string | null;
                    language?: "nl" | "fr" | "en";
                    name?: string;
                    nationalNumber?: string | null;
                    type?: "private" | "localGovernment" | "education" | "nonprofit" | "agriculture";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeAgreement?: {
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            endDate: string;
                            feePaid: boolean;
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            startDate: string;
                        } | null;
                        address: {
                            lat: number | null;
                            lon: number | null;
                            /** Format: uuid */
                            municipalityId: string;
                            /** Format: uuid */
                            neighbourhoodId: string;
                            number: string;
                            postalCode: string;
                            street: string;
                        };
                        clientNumber: number;
                        contact: {
                            email: string | null;
                            firstName: string;
                            lastName: string;
                            phone: string | null;
                        };
                        createdAt: string;
                        enterpriseNumber: string | null;
                        /** @description RULES §6: a transitional ex-PWA household since this date */
                        exPwaSince: string | null;
                        /** Format: uuid */
                        id: string;
                        language: "nl" | "fr" | "en";
                        name: string;
                        nationalNumber: string | null;
                        type: "private" | "localGovernment" | "education" | "nonprofit" | "agriculture";
                        updatedAt: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `client.duplicate`: Deze gebruiker is al ingeschreven. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client.duplicate";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listClientActivities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: string;
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listClientAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            clientId: string;
                            createdAt: string;
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            endDate: string;
                            feeCents: number;
                            feePaidOn: string | null;
                            /** Format: uuid */
                            id: string;
                            paymentReference: string;
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            startDate: string;
                            status: "awaiting_payment" | "paid";
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createClientAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "startDate": "2026-03-31"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    startDate: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        clientId: string;
                        createdAt: string;
                        /**
                         * Format: date
                         * @example 2026-03-31
                         */
                        endDate: string;
                        feeCents: number;
                        feePaidOn: string | null;
                        /** Format: uuid */
                        id: string;
                        paymentReference: string;
                        /**
                         * Format: date
                         * @example 2026-03-31
                         */
                        startDate: string;
                        status: "awaiting_payment" | "paid";
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `client_agreement.overlaps`: Er is al een gebruikersovereenkomst in deze periode.
             *     `idempotency.in_progress`: Een aanvraag met deze Idempotency-Key is nog bezig.
             *     `idempotency.key_reused`: Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client_agreement.overlaps" | "idempotency.in_progress" | "idempotency.key_reused";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getClientCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Credit (tegoed) on the client's account; a new order it covers is paid from it at once */
                        balanceCents: number;
                        /** Format: uuid */
                        clientId: string;
                        movements: {
                            /** @description + received, − used for an order */
                            amountCents: number;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            kind: "payment" | "order";
                            orderId: string | null;
                            orderReference: string | null;
                            paidOn: string | null;
                            paymentId: string | null;
                        }[];
                        /** @description The client's permanent OGM: valid for every payment of this client */
                        permanentReference: string;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getClientTaxCertificate: {
        parameters: {
            query: {
                /** @description the certificate's language; the client's own language when left out */
                lang?: "nl" | "fr" | "en";
                year: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/pdf */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `tax_certificate.not_private`: Een fiscaal attest is er alleen voor particulieren.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "tax_certificate.not_private" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getClientVoucherTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Orders above this quantity are asked to be confirmed first (issue 17) */
                        confirmAboveQuantity: number;
                        maxQuantity: number;
                        /** @description The organisation's bank account to pay to; null until the organisation has set it */
                        payTo: {
                            bic: string | null;
                            /** @description Electronic format, e.g. BE68539007547034 */
                            iban: string;
                            /** @description Account holder */
                            name: string;
                        } | null;
                        /** @description The client's permanent OGM (issue 18): valid for the fee and every order of this client; money that fits no open order becomes credit */
                        permanentReference: string;
                        /** @description Price of one voucher for this client today (RULES §4) */
                        unitPriceCents: number;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getClientWallet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Valid vouchers not reserved: what a refund or new work can still use */
                        available: number;
                        /** @description Valid vouchers held (reserved included) whose last day is within 30 days */
                        expiringWithin30Days: number;
                        /** @description Valid vouchers held per expiry date; they add up to available + reserved */
                        lots: {
                            count: number;
                            expiresOn: string;
                        }[];
                        /** @description Estimate for accepted assignments from today on without hours yet (one per started planned hour); not reserved, not subtracted from available */
                        planned: number;
                        /** @description Valid vouchers set aside for entered hours not yet paid (entries submitted, disputed or awaiting vouchers); at most what the client holds */
                        reserved: number;
                        /** @description Vouchers those entered hours need beyond what the client holds: to buy */
                        shortfall: number;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                event?: string;
                limit?: number;
                recipientId?: string;
                recipientType?: "worker" | "client" | "staff" | "contact";
                status?: "queued" | "sending" | "sent" | "failed" | "suppressed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            channel: "email" | "sms";
                            createdAt: string;
                            event: string;
                            /** Format: uuid */
                            id: string;
                            language: string;
                            lastError: string | null;
                            providerId: string | null;
                            recipientId: string | null;
                            recipientType: "worker" | "client" | "staff" | "contact";
                            sendAfter: string | null;
                            sentAt: string | null;
                            status: "queued" | "sending" | "sent" | "failed" | "suppressed";
                            to: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        channel: "email" | "sms";
                        createdAt: string;
                        event: string;
                        /** Format: uuid */
                        id: string;
                        language: string;
                        lastError: string | null;
                        providerId: string | null;
                        recipientId: string | null;
                        recipientType: "worker" | "client" | "staff" | "contact";
                        sendAfter: string | null;
                        sentAt: string | null;
                        status: "queued" | "sending" | "sent" | "failed" | "suppressed";
                        to: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                clientId?: string;
                cursor?: string;
                limit?: number;
                neighbourhoodId?: string;
                /** @description Part of the description, of the client's name or of the wijk's name */
                q?: string;
                status?: "open" | "assigned" | "done" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            activityCode: string;
                            /** @description Who cancelled the job, when and why (status cancelled) */
                            cancellation: {
                                at: string;
                                by: "client" | "consultant";
                                reason: string;
                            } | null;
                            /** Format: uuid */
                            clientId: string;
                            createdAt: string;
                            description: string;
                            /** @description When the last hours of the job were confirmed (status done) */
                            doneAt: string | null;
                            estimatedMinutes: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            neighbourhoodId: string;
                            parentJobId: string | null;
                            recurrence: {
                                rrule: string;
                                until: string;
                            } | null;
                            status: "open" | "assigned" | "done" | "cancelled";
                            window: {
                                from: string;
                                to: string;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clientId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "activityCode": "tekst",
                 *       "description": "tekst",
                 *       "estimatedMinutes": 15,
                 *       "window": {
                 *         "from": "2026-03-31T09:00:00+02:00",
                 *         "to": "2026-03-31T09:00:00+02:00"
                 *       },
                 *       "recurrence": {
                 *         "rrule": "tekst",
                 *         "until": "2026-03-31"
                 *       }
                 *     }
                 */
                "application/json": {
                    activityCode: string;
                    /** Format: uuid */
                    clientId: string;
                    description: string;
                    estimatedMinutes: number;
                    recurrence?: {
                        rrule: string;
                        /**
                         * Format: date
                         * @example 2026-03-31
                         */
                        until: string;
                    };
                    window: {
                        /**
                         * Format: date-time
                         * @example 2026-03-31T09:00:00+02:00
                         */
                        from: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-31T09:00:00+02:00
                         */
                        to: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityCode: string;
                        /** @description Who cancelled the job, when and why (status cancelled) */
                        cancellation: {
                            at: string;
                            by: "client" | "consultant";
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        clientId: string;
                        createdAt: string;
                        description: string;
                        /** @description When the last hours of the job were confirmed (status done) */
                        doneAt: string | null;
                        estimatedMinutes: number;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        neighbourhoodId: string;
                        occurrences: {
                            /** Format: uuid */
                            id: string;
                            status: "open" | "assigned" | "done" | "cancelled";
                            window: {
                                from: string;
                                to: string;
                            };
                        }[];
                        parentJobId: string | null;
                        recurrence: {
                            rrule: string;
                            until: string;
                        } | null;
                        status: "open" | "assigned" | "done" | "cancelled";
                        window: {
                            from: string;
                            to: string;
                        };
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `client.agreement_fee_unpaid`: Het inschrijvingsgeld van de gebruikersovereenkomst is nog niet betaald.
             *     `client.no_active_agreement`: De klant heeft geen geldige gebruikersovereenkomst op die datum.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client.agreement_fee_unpaid" | "client.no_active_agreement";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `job.activity_ex_pwa_only`: Deze activiteit is er alleen voor gezinnen uit de overgangsregeling van PWA.
             *     `job.activity_not_allowed`: Deze activiteit is niet toegelaten voor deze klant in deze gemeente.
             *     `job.too_many_occurrences`: Deze herhaling geeft te veel klussen.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "job.activity_ex_pwa_only" | "job.activity_not_allowed" | "job.too_many_occurrences" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityCode: string;
                        assignments: {
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            startsAt: string;
                            status: string;
                            /** @description Who comes: the first name only, for the client (issue 17) */
                            workerFirstName: string;
                            /** Format: uuid */
                            workerId: string;
                        }[];
                        /** @description Who cancelled the job, when and why (status cancelled) */
                        cancellation: {
                            at: string;
                            by: "client" | "consultant";
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        clientId: string;
                        createdAt: string;
                        description: string;
                        /** @description When the last hours of the job were confirmed (status done) */
                        doneAt: string | null;
                        estimatedMinutes: number;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        neighbourhoodId: string;
                        occurrences: {
                            /** Format: uuid */
                            id: string;
                            status: "open" | "assigned" | "done" | "cancelled";
                            window: {
                                from: string;
                                to: string;
                            };
                        }[];
                        parentJobId: string | null;
                        recurrence: {
                            rrule: string;
                            until: string;
                        } | null;
                        status: "open" | "assigned" | "done" | "cancelled";
                        window: {
                            from: string;
                            to: string;
                        };
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workerId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "startsAt": "2026-03-31T09:00:00+02:00",
                 *       "endsAt": "2026-03-31T09:00:00+02:00"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date-time
                     * @example 2026-03-31T09:00:00+02:00
                     */
                    endsAt: string;
                    /**
                     * Format: date-time
                     * @example 2026-03-31T09:00:00+02:00
                     */
                    startsAt: string;
                    /** Format: uuid */
                    workerId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelledBy: string | null;
                        /** Format: uuid */
                        clientId: string;
                        createdAt: string;
                        /** @description For a worker's own list (issue 17): what, where, for whom, how far */
                        details?: {
                            activity: {
                                code: string;
                                name: string;
                            };
                            address: {
                                municipality: string;
                                /** @description The wijk */
                                neighbourhood: string | null;
                                number: string;
                                postalCode: string;
                                street: string;
                            };
                            /** Format: uuid */
                            assignmentId: string;
                            /** @description The client's contact's first name only */
                            clientFirstName: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description The worker's language */
                            language: "nl" | "fr" | "en";
                            minutes: number;
                            /** @description The worker's reason for declining, if given */
                            reason: string | null;
                            /** @description Until when the proposal can be answered */
                            respondBy: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** @description open (can be answered), accepted, declined, expired, taken (another worker accepted the klus), cancelled, done */
                            state: "open" | "accepted" | "declined" | "expired" | "taken" | "cancelled" | "done";
                            /** @description The km the travel allowance will count; null when a location is unknown */
                            travel: {
                                /** @description The travel allowance this gives (RULES §2: nothing for 10 km or less) */
                                allowanceCents: number;
                                /** @description Whether the round trip is over 10 km, so the allowance counts */
                                counts: boolean;
                                /** @description Home → client → home as the crow flies, one decimal */
                                roundTripKm: number;
                            } | null;
                            /** @description A decline can be undone until then (10 minutes); null otherwise */
                            undoUntil: string | null;
                        };
                        endsAt: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        jobId: string;
                        minutes: number;
                        respondedAt: string | null;
                        startsAt: string;
                        status: string;
                        warnings: ({
                            code: string;
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `job.not_open`: Deze klus staat niet meer open.
             *     `worker.agreement_inactive`: De wijk-werker heeft geen geldige overeenkomst op die datum.
             *     `worker.double_booked`: De wijk-werker heeft op dat moment al een andere klus.
             *     `worker.inactive`: Deze wijk-werker is niet actief.
             *     `worker.monthly_cap_exceeded`: Dan werkt de wijk-werker meer dan toegelaten deze maand.
             *     `worker.skill_missing`: De wijk-werker heeft de nodige competentie niet.
             *     `worker.yearly_cap_exceeded`: Dan werkt de wijk-werker meer dan toegelaten dit jaar.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "job.not_open" | "worker.agreement_inactive" | "worker.double_booked" | "worker.inactive" | "worker.monthly_cap_exceeded" | "worker.skill_missing" | "worker.yearly_cap_exceeded";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `assignment.outside_job_window`: De toewijzing valt buiten het tijdvak van de klus.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "assignment.outside_job_window" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    checkJobAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workerId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "startsAt": "2026-03-31T09:00:00+02:00",
                 *       "endsAt": "2026-03-31T09:00:00+02:00"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date-time
                     * @example 2026-03-31T09:00:00+02:00
                     */
                    endsAt: string;
                    /**
                     * Format: date-time
                     * @example 2026-03-31T09:00:00+02:00
                     */
                    startsAt: string;
                    /** Format: uuid */
                    workerId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        warnings: ({
                            code: string;
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `job.not_open`: Deze klus staat niet meer open.
             *     `worker.agreement_inactive`: De wijk-werker heeft geen geldige overeenkomst op die datum.
             *     `worker.double_booked`: De wijk-werker heeft op dat moment al een andere klus.
             *     `worker.inactive`: Deze wijk-werker is niet actief.
             *     `worker.monthly_cap_exceeded`: Dan werkt de wijk-werker meer dan toegelaten deze maand.
             *     `worker.skill_missing`: De wijk-werker heeft de nodige competentie niet.
             *     `worker.yearly_cap_exceeded`: Dan werkt de wijk-werker meer dan toegelaten dit jaar.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "job.not_open" | "worker.agreement_inactive" | "worker.double_booked" | "worker.inactive" | "worker.monthly_cap_exceeded" | "worker.skill_missing" | "worker.yearly_cap_exceeded";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `assignment.outside_job_window`: De toewijzing valt buiten het tijdvak van de klus.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "assignment.outside_job_window" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    cancelJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "tekst"
                 *     }
                 */
                "application/json": {
                    /** @description Why, in a few words: the worker and the client read it */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityCode: string;
                        /** @description Who cancelled the job, when and why (status cancelled) */
                        cancellation: {
                            at: string;
                            by: "client" | "consultant";
                            reason: string;
                        } | null;
                        cancelledAssignments: number;
                        /** @description Occurrences of the series cancelled with it (0 for a single job) */
                        cancelledOccurrences: number;
                        /** Format: uuid */
                        clientId: string;
                        createdAt: string;
                        description: string;
                        /** @description When the last hours of the job were confirmed (status done) */
                        doneAt: string | null;
                        estimatedMinutes: number;
                        /** Format: uuid */
                        id: string;
                        /** @description Occurrences left as they are because hours were entered for them */
                        keptOccurrences: number;
                        /** Format: uuid */
                        neighbourhoodId: string;
                        parentJobId: string | null;
                        recurrence: {
                            rrule: string;
                            until: string;
                        } | null;
                        status: "open" | "assigned" | "done" | "cancelled";
                        window: {
                            from: string;
                            to: string;
                        };
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `job.has_hours`: Voor deze klus zijn al uren ingegeven.
             *     `job.not_cancellable`: Deze klus is al klaar of geannuleerd.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "job.has_hours" | "job.not_cancellable";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listJobMatches: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            capacity: {
                                month: {
                                    capMinutes: number;
                                    plannedMinutes: number;
                                    remainingMinutes: number;
                                    usedMinutes: number;
                                };
                                year: {
                                    capMinutes: number;
                                    plannedMinutes: number;
                                    remainingMinutes: number;
                                    usedMinutes: number;
                                };
                            };
                            name: string;
                            reasons: {
                                code: string;
                                detail: string;
                                weight: number;
                            }[];
                            score: number;
                            /** Format: uuid */
                            workerId: string;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createJobSeriesAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workerId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "startsAt": "2026-03-31T09:00:00+02:00",
                 *       "endsAt": "2026-03-31T09:00:00+02:00",
                 *       "jobIds": [
                 *         "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date-time
                     * @example 2026-03-31T09:00:00+02:00
                     */
                    endsAt: string;
                    /** @description The dates (klussen of the series) to propose; default every open one */
                    jobIds?: string[];
                    /**
                     * Format: date-time
                     * @example 2026-03-31T09:00:00+02:00
                     */
                    startsAt: string;
                    /** Format: uuid */
                    workerId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            cancelledBy: string | null;
                            /** Format: uuid */
                            clientId: string;
                            createdAt: string;
                            /** @description For a worker's own list (issue 17): what, where, for whom, how far */
                            details?: {
                                activity: {
                                    code: string;
                                    name: string;
                                };
                                address: {
                                    municipality: string;
                                    /** @description The wijk */
                                    neighbourhood: string | null;
                                    number: string;
                                    postalCode: string;
                                    street: string;
                                };
                                /** Format: uuid */
                                assignmentId: string;
                                /** @description The client's contact's first name only */
                                clientFirstName: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** @description The worker's language */
                                language: "nl" | "fr" | "en";
                                minutes: number;
                                /** @description The worker's reason for declining, if given */
                                reason: string | null;
                                /** @description Until when the proposal can be answered */
                                respondBy: string | null;
                                /** Format: date-time */
                                startsAt: string;
                                /** @description open (can be answered), accepted, declined, expired, taken (another worker accepted the klus), cancelled, done */
                                state: "open" | "accepted" | "declined" | "expired" | "taken" | "cancelled" | "done";
                                /** @description The km the travel allowance will count; null when a location is unknown */
                                travel: {
                                    /** @description The travel allowance this gives (RULES §2: nothing for 10 km or less) */
                                    allowanceCents: number;
                                    /** @description Whether the round trip is over 10 km, so the allowance counts */
                                    counts: boolean;
                                    /** @description Home → client → home as the crow flies, one decimal */
                                    roundTripKm: number;
                                } | null;
                                /** @description A decline can be undone until then (10 minutes); null otherwise */
                                undoUntil: string | null;
                            };
                            endsAt: string;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            jobId: string;
                            minutes: number;
                            respondedAt: string | null;
                            startsAt: string;
                            status: string;
                            warnings: ({
                                code: string;
                                detail: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** Format: uuid */
                            workerId: string;
                        }[];
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `assignment.series_refused`: De wijk-werker kan niet op elke gekozen keer van de reeks komen.
             *     `job.not_open`: Deze klus staat niet meer open.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "assignment.series_refused" | "job.not_open";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `job.not_series`: Deze klus is niet de eerste van een reeks.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "job.not_series" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    checkJobSeriesAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workerId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "startsAt": "2026-03-31T09:00:00+02:00",
                 *       "endsAt": "2026-03-31T09:00:00+02:00"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date-time
                     * @example 2026-03-31T09:00:00+02:00
                     */
                    endsAt: string;
                    /**
                     * Format: date-time
                     * @example 2026-03-31T09:00:00+02:00
                     */
                    startsAt: string;
                    /** Format: uuid */
                    workerId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            endsAt: string;
                            /** Format: uuid */
                            jobId: string;
                            refusal: {
                                code: string;
                                detail: string;
                            } | null;
                            startsAt: string;
                            warnings: ({
                                code: string;
                                detail: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        }[];
                        /** @description The client's side, for all the dates together: cheques short, agreement fee not paid */
                        warnings: ({
                            code: string;
                            detail: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `job.not_open`: Deze klus staat niet meer open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "job.not_open";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `job.not_series`: Deze klus is niet de eerste van een reeks.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "job.not_series" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listMunicipalities: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            nisCode: string;
                            postalCodes: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createMunicipality: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "tekst",
                 *       "nisCode": "44021",
                 *       "postalCodes": [
                 *         "9000"
                 *       ]
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @example 44021 */
                    nisCode: string;
                    postalCodes: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        nisCode: string;
                        postalCodes: string[];
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `municipality.nis_code_taken`: Deze gemeente bestaat al (zelfde NIS-code). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "municipality.nis_code_taken";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listMunicipalityActivities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            activityCode: string;
                            category: string;
                            clientTypes: string[];
                            name: string;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    replaceMunicipalityActivities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "allowed": [
                 *         {
                 *           "activityCode": "tekst",
                 *           "clientTypes": [
                 *             "private"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    allowed: {
                        activityCode: string;
                        clientTypes: ("private" | "localGovernment" | "education" | "nonprofit" | "agriculture")[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            activityCode: string;
                            category: string;
                            clientTypes: string[];
                            name: string;
                        }[];
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listNeighbourhoods: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                municipalityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            adjacentIds: string[];
                            centroid: {
                                lat: number;
                                lon: number;
                            };
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            municipalityId: string;
                            name: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createNeighbourhood: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "municipalityId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "name": "tekst",
                 *       "centroid": {
                 *         "lat": 1,
                 *         "lon": 1
                 *       },
                 *       "adjacentIds": [
                 *         "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f"
                 *       ]
                 *     }
                 */
                "application/json": {
                    adjacentIds?: string[];
                    centroid: {
                        lat: number;
                        lon: number;
                    };
                    /** Format: uuid */
                    municipalityId: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adjacentIds: string[];
                        centroid: {
                            lat: number;
                            lon: number;
                        };
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        municipalityId: string;
                        name: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `neighbourhood.name_taken`: Deze gemeente heeft al een wijk met die naam. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "neighbourhood.name_taken";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    replaceNeighbourhoodNeighbours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "adjacentIds": [
                 *         "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f"
                 *       ]
                 *     }
                 */
                "application/json": {
                    adjacentIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adjacentIds: string[];
                        centroid: {
                            lat: number;
                            lon: number;
                        };
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        municipalityId: string;
                        name: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listOfficeHours: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                neighbourhoodId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            consultantId: string;
                            consultantName: string;
                            endTime: string;
                            firstDate: string;
                            /** Format: uuid */
                            id: string;
                            location: string;
                            /** Format: uuid */
                            neighbourhoodId: string;
                            neighbourhoodName: string;
                            rrule: string;
                            slotMinutes: number;
                            startTime: string;
                            until: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createOfficeHours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "neighbourhoodId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "location": "tekst",
                 *       "rrule": "tekst",
                 *       "startTime": "09:00",
                 *       "endTime": "09:00",
                 *       "slotMinutes": 5,
                 *       "consultantId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "firstDate": "2026-03-31",
                 *       "until": "2026-03-31"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    consultantId: string;
                    /** @example 09:00 */
                    endTime: string;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    firstDate?: string;
                    location: string;
                    /** Format: uuid */
                    neighbourhoodId: string;
                    rrule: string;
                    slotMinutes: number;
                    /** @example 09:00 */
                    startTime: string;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    until?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        consultantId: string;
                        consultantName: string;
                        endTime: string;
                        firstDate: string;
                        /** Format: uuid */
                        id: string;
                        location: string;
                        /** Format: uuid */
                        neighbourhoodId: string;
                        neighbourhoodName: string;
                        rrule: string;
                        slotMinutes: number;
                        startTime: string;
                        until: string | null;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getOfficeHours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        consultantId: string;
                        consultantName: string;
                        endTime: string;
                        firstDate: string;
                        /** Format: uuid */
                        id: string;
                        location: string;
                        /** Format: uuid */
                        neighbourhoodId: string;
                        neighbourhoodName: string;
                        rrule: string;
                        slotMinutes: number;
                        startTime: string;
                        until: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getOfficeHoursDay: {
        parameters: {
            query?: {
                /** @example 2026-03-31 */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        consultant: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        date: string;
                        links: {
                            newJob: string;
                            registerClient: string;
                            registerWorker: string;
                            sellVouchers: string;
                        };
                        location: string;
                        neighbourhood: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        officeHoursId: string;
                        slots: {
                            appointment?: {
                                clientId: string | null;
                                date: string;
                                endsAt: string | null;
                                /** Format: uuid */
                                id: string;
                                kind: "booked" | "walk_in";
                                name: string | null;
                                /** Format: uuid */
                                officeHoursId: string;
                                personName: string | null;
                                phone: string | null;
                                queueNumber: number | null;
                                startsAt: string | null;
                                status: "planned" | "done" | "no_show" | "cancelled";
                                topic: string;
                                workerId: string | null;
                            };
                            endsAt: string;
                            startsAt: string;
                        }[];
                        walkIns: {
                            clientId: string | null;
                            date: string;
                            endsAt: string | null;
                            /** Format: uuid */
                            id: string;
                            kind: "booked" | "walk_in";
                            name: string | null;
                            /** Format: uuid */
                            officeHoursId: string;
                            personName: string | null;
                            phone: string | null;
                            queueNumber: number | null;
                            startsAt: string | null;
                            status: "planned" | "done" | "no_show" | "cancelled";
                            topic: string;
                            workerId: string | null;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listOfficeHoursSlots: {
        parameters: {
            query?: {
                /** @example 2026-03-31 */
                from?: string;
                /** @example 2026-03-31 */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            availability: "free" | "taken";
                            endsAt: string;
                            startsAt: string;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createOfficeHoursWalkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2026-03-31",
                 *       "name": "tekst",
                 *       "phone": "tekstx",
                 *       "topic": "tekst"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    date: string;
                    name: string;
                    phone?: string;
                    topic: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clientId: string | null;
                        date: string;
                        endsAt: string | null;
                        /** Format: uuid */
                        id: string;
                        kind: "booked" | "walk_in";
                        name: string | null;
                        /** Format: uuid */
                        officeHoursId: string;
                        phone: string | null;
                        queueNumber: number | null;
                        startsAt: string | null;
                        status: "planned" | "done" | "no_show" | "cancelled";
                        topic: string;
                        workerId: string | null;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getOrganisationAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Named on the fiscal certificate */
                        address: {
                            city: string;
                            number: string;
                            postalCode: string;
                            street: string;
                        } | null;
                        bic: string | null;
                        /** @description KBO number, 10 digits: named on the fiscal certificate */
                        enterpriseNumber: string | null;
                        /** @description Electronic format, e.g. BE68539007547034. */
                        iban: string;
                        /** @description Account holder, as the bank knows it: the debtor name in SEPA files. */
                        name: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    updateOrganisationAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "tekst",
                 *       "iban": "BE68 5390 0754 7034",
                 *       "bic": "GKCCBEBB",
                 *       "enterpriseNumber": "0123.456.749",
                 *       "address": {
                 *         "street": "tekst",
                 *         "number": "tekst",
                 *         "postalCode": "9000",
                 *         "city": "tekst"
                 *       }
                 *     }
                 */
                "application/json": {
                    address?: {
                        city: string;
                        number: string;
                        /** @example 9000 */
                        postalCode: string;
                        street: string;
                    } | null;
                    /** @example GKCCBEBB */
                    bic?: string | null;
                    enterpriseNumber?: string | null;
                    /** @example BE68 5390 0754 7034 */
                    iban: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Named on the fiscal certificate */
                        address: {
                            city: string;
                            number: string;
                            postalCode: string;
                            street: string;
                        } | null;
                        bic: string | null;
                        /** @description KBO number, 10 digits: named on the fiscal certificate */
                        enterpriseNumber: string | null;
                        /** @description Electronic format, e.g. BE68539007547034. */
                        iban: string;
                        /** @description Account holder, as the bank knows it: the debtor name in SEPA files. */
                        name: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getOrganisationContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string | null;
                        phone: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    updateOrganisationContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone": "09 210 10 10",
                 *       "email": "an.peeters@example.be"
                 *     }
                 */
                "application/json": {
                    email: string | null;
                    phone: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string | null;
                        phone: string | null;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query: {
                /** @description A part of the name, the short name or a municipality; any case */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            email: string | null;
                            /** @description Names of the municipalities it serves */
                            municipalities: string[];
                            name: string;
                            /** @description E.164, e.g. +3292101010; null until the organisation sets it */
                            phone: string | null;
                            /** @description The same number as people write it, e.g. 09 210 10 10 */
                            phoneDisplay: string | null;
                            /** @description Its own address: /<slug>, e.g. gent */
                            slug: string;
                        }[];
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string | null;
                        /** @description Names of the municipalities it serves */
                        municipalities: string[];
                        name: string;
                        /** @description E.164, e.g. +3292101010; null until the organisation sets it */
                        phone: string | null;
                        /** @description The same number as people write it, e.g. 09 210 10 10 */
                        phoneDisplay: string | null;
                        /** @description Its own address: /<slug>, e.g. gent */
                        slug: string;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "matched" | "unmatched";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amountCents: number;
                            communication: string | null;
                            counterpartyName: string | null;
                            createdAt: string;
                            /** @description Matched as credit on this client's account */
                            creditedClientId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @description Who confirmed or linked it; null when matched automatically */
                            matchedById: string | null;
                            matchedClientAgreementId: string | null;
                            matchedOrderId: string | null;
                            matchMethod: "ogm" | "permanent_ogm" | "proposal" | "link" | null;
                            paidOn: string;
                            paymentReference: string | null;
                            /** @description Unmatched payments only: the likely match, if any */
                            proposal: {
                                clientAgreementId: string | null;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                clientNumber: number;
                                expectedCents: number | null;
                                kind: "order" | "fee" | "client";
                                orderId: string | null;
                                /** @description Why it is likely, strongest first in this list */
                                reason: "reference_in_text" | "one_digit" | "swapped_digits" | "client_number_in_text" | "name_and_amount";
                                /** @description The reason in words (Dutch), e.g. 'Eén cijfer verschilt' */
                                reasonText: string;
                                /** @description The order's or fee's OGM, or the client's permanent OGM */
                                reference: string;
                            } | null;
                            source: string;
                            status: string;
                            unmatchedReason: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "paymentReference": "+++123/4567/89002+++",
                 *       "amountCents": 1,
                 *       "paidOn": "2026-03-31"
                 *     }
                 */
                "application/json": {
                    amountCents: number;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    paidOn: string;
                    /** @example +++123/4567/89002+++ */
                    paymentReference: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountCents: number;
                        /** Format: uuid */
                        clientAgreementId?: string;
                        /** Format: uuid */
                        clientId?: string;
                        /** @description Paid with the client's permanent OGM and fitting no open order or fee: credit */
                        creditCents?: number;
                        expectedCents?: number;
                        /** Format: uuid */
                        lotId?: string;
                        /** Format: uuid */
                        orderId?: string;
                        paidOn: string;
                        paymentId: string | null;
                        paymentReference: string | null;
                        reason?: string;
                        status: "matched" | "unmatched";
                        vouchers?: number;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `payment.reference_unknown`: Deze betaling hoort bij geen enkele bestelling of inschrijving. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "payment.reference_unknown";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `idempotency.in_progress`: Een aanvraag met deze Idempotency-Key is nog bezig.
             *     `idempotency.key_reused`: Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.
             *     `payment.already_paid`: Deze mededeling werd al betaald.
             *     `payment.amount_mismatch`: Het betaalde bedrag klopt niet met de bestelling.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency.in_progress" | "idempotency.key_reused" | "payment.already_paid" | "payment.amount_mismatch";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    confirmPaymentMatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "order",
                 *       "targetId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f"
                 *     }
                 */
                "application/json": {
                    kind: "order" | "fee" | "client";
                    /**
                     * Format: uuid
                     * @description The proposal's orderId, clientAgreementId or clientId (as listed): refused with 409 when it changed
                     */
                    targetId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountCents: number;
                        /** Format: uuid */
                        clientAgreementId?: string;
                        /** Format: uuid */
                        clientId: string;
                        /** @description Booked as credit on the client's account */
                        creditCents?: number;
                        /** Format: uuid */
                        lotId?: string;
                        matchMethod: "proposal" | "link";
                        /** Format: uuid */
                        orderId?: string;
                        /** Format: uuid */
                        paymentId: string;
                        reason?: string;
                        /** @enum {string} */
                        status: "matched";
                        vouchers?: number;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `payment.no_proposal`: Voor deze betaling is er geen voorstel (meer).
             *     `payment.not_unmatched`: Deze betaling is al gekoppeld.
             *     `payment.order_not_open`: Deze bestelling is al betaald of geannuleerd.
             *     `payment.proposal_changed`: Het voorstel voor deze betaling is intussen veranderd.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "payment.no_proposal" | "payment.not_unmatched" | "payment.order_not_open" | "payment.proposal_changed";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    linkPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Exactly one of clientId and orderId */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clientId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "orderId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Link to a client: fee or oldest order of exactly this amount, else credit
                     */
                    clientId?: string;
                    /**
                     * Format: uuid
                     * @description Link to an open order of exactly this amount
                     */
                    orderId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountCents: number;
                        /** Format: uuid */
                        clientAgreementId?: string;
                        /** Format: uuid */
                        clientId: string;
                        /** @description Booked as credit on the client's account */
                        creditCents?: number;
                        /** Format: uuid */
                        lotId?: string;
                        matchMethod: "proposal" | "link";
                        /** Format: uuid */
                        orderId?: string;
                        /** Format: uuid */
                        paymentId: string;
                        reason?: string;
                        /** @enum {string} */
                        status: "matched";
                        vouchers?: number;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `payment.amount_mismatch`: Het betaalde bedrag klopt niet met de bestelling.
             *     `payment.not_unmatched`: Deze betaling is al gekoppeld.
             *     `payment.order_not_open`: Deze bestelling is al betaald of geannuleerd.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "payment.amount_mismatch" | "payment.not_unmatched" | "payment.order_not_open";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `payment.link_target`: Kies een klant of een bestelling, niet allebei.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "payment.link_target" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    importCodaStatement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        duplicates: {
                            amountCents: number;
                            bankReference: string;
                        }[];
                        matched: {
                            amountCents: number;
                            /** Format: uuid */
                            clientAgreementId?: string;
                            /** Format: uuid */
                            clientId?: string;
                            /** @description Paid with the client's permanent OGM and fitting no open order or fee: credit */
                            creditCents?: number;
                            expectedCents?: number;
                            /** Format: uuid */
                            lotId?: string;
                            /** Format: uuid */
                            orderId?: string;
                            paidOn: string;
                            paymentId: string | null;
                            paymentReference: string | null;
                            reason?: string;
                            status: "matched" | "unmatched";
                            vouchers?: number;
                        }[];
                        unmatched: {
                            amountCents: number;
                            /** Format: uuid */
                            clientAgreementId?: string;
                            /** Format: uuid */
                            clientId?: string;
                            /** @description Paid with the client's permanent OGM and fitting no open order or fee: credit */
                            creditCents?: number;
                            expectedCents?: number;
                            /** Format: uuid */
                            lotId?: string;
                            /** Format: uuid */
                            orderId?: string;
                            paidOn: string;
                            paymentId: string | null;
                            paymentReference: string | null;
                            reason?: string;
                            status: "matched" | "unmatched";
                            vouchers?: number;
                        }[];
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `statement.no_organisation_account`: Vul eerst de bankrekening van de organisatie in. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "statement.no_organisation_account";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `coda.invalid`: Dit CODA-bestand kunnen we niet lezen.
             *     `statement.other_account`: Dit uittreksel is van een andere rekening dan die van de organisatie.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "coda.invalid" | "statement.other_account" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    importBankStatementFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Credits imported before: not booked again */
                        duplicates: {
                            amountCents: number;
                            bankReference: string;
                        }[];
                        /** @description As read from the file's content */
                        format: "coda" | "camt053";
                        matched: {
                            amountCents: number;
                            /** Format: uuid */
                            clientAgreementId?: string;
                            /** Format: uuid */
                            clientId?: string;
                            /** @description Paid with the client's permanent OGM and fitting no open order or fee: credit */
                            creditCents?: number;
                            expectedCents?: number;
                            /** Format: uuid */
                            lotId?: string;
                            /** Format: uuid */
                            orderId?: string;
                            paidOn: string;
                            paymentId: string | null;
                            paymentReference: string | null;
                            reason?: string;
                            status: "matched" | "unmatched";
                            vouchers?: number;
                        }[];
                        /** @description Statements in the file */
                        statements: number;
                        unmatched: {
                            amountCents: number;
                            /** Format: uuid */
                            clientAgreementId?: string;
                            /** Format: uuid */
                            clientId?: string;
                            /** @description Paid with the client's permanent OGM and fitting no open order or fee: credit */
                            creditCents?: number;
                            expectedCents?: number;
                            /** Format: uuid */
                            lotId?: string;
                            /** Format: uuid */
                            orderId?: string;
                            paidOn: string;
                            paymentId: string | null;
                            paymentReference: string | null;
                            reason?: string;
                            status: "matched" | "unmatched";
                            vouchers?: number;
                        }[];
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `statement.no_organisation_account`: Vul eerst de bankrekening van de organisatie in. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "statement.no_organisation_account";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `camt.invalid`: Dit camt.053-bestand kunnen we niet lezen.
             *     `coda.invalid`: Dit CODA-bestand kunnen we niet lezen.
             *     `statement.empty`: Het bestand is leeg.
             *     `statement.other_account`: Dit uittreksel is van een andere rekening dan die van de organisatie.
             *     `statement.unrecognised`: Dit is geen rekeninguittreksel in CODA- of camt.053-formaat.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "camt.invalid" | "coda.invalid" | "statement.empty" | "statement.other_account" | "statement.unrecognised" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listPayoutRuns: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @example 2026-03 */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            createdAt: string;
                            exportedAt: string | null;
                            generatedAt: string | null;
                            hourlyCents: number;
                            /** Format: uuid */
                            id: string;
                            /** @description lines of the run: one per worker and month of work settled (detail) */
                            lineCount: number;
                            month: string;
                            status: "draft" | "approved" | "exported";
                            totalCents: number;
                            /** @description transfers the SEPA file pays: one per worker whose lines add up to more than 0 */
                            transferCount: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createPayoutRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "month": "2026-03"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: month
                     * @example 2026-03
                     */
                    month: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        createdAt: string;
                        exportedAt: string | null;
                        generatedAt: string | null;
                        hourlyCents: number;
                        /** Format: uuid */
                        id: string;
                        /** @description lines of the run: one per worker and month of work settled (detail) */
                        lineCount: number;
                        month: string;
                        status: "draft" | "approved" | "exported";
                        totalCents: number;
                        /** @description transfers the SEPA file pays: one per worker whose lines add up to more than 0 */
                        transferCount: number;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `idempotency.in_progress`: Een aanvraag met deze Idempotency-Key is nog bezig.
             *     `idempotency.key_reused`: Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.
             *     `payout.month_locked`: Deze maand is al goedgekeurd en afgesloten.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency.in_progress" | "idempotency.key_reused" | "payout.month_locked";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getPayoutRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        createdAt: string;
                        exportedAt: string | null;
                        generatedAt: string | null;
                        hourlyCents: number;
                        /** Format: uuid */
                        id: string;
                        /** @description lines of the run: one per worker and month of work settled (detail) */
                        lineCount: number;
                        month: string;
                        status: "draft" | "approved" | "exported";
                        summary: {
                            adjustmentCents: number;
                            carriedCents: number;
                            carryForwardCents: number;
                            carryForwardCount: number;
                            entryCount: number;
                            regularCents: number;
                            transferCents: number;
                            transferCount: number;
                        };
                        totalCents: number;
                        /** @description transfers the SEPA file pays: one per worker whose lines add up to more than 0 */
                        transferCount: number;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    deletePayoutRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, without a body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `payout.not_draft`: Deze uitbetaling is geen ontwerp meer. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "payout.not_draft";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getPayoutRunApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description lines paying more than 60 hours × the hourly pay for one month's work (RULES §1, §2) */
                        aboveLegalMaximum: {
                            /** @description cents */
                            maxPayCents: number;
                            name: string;
                            /** @description cents */
                            payCents: number;
                            /** Format: uuid */
                            workerId: string;
                            workMonth: string | null;
                        }[];
                        /** @description this run's total minus the previous run's */
                        differenceCents: number | null;
                        fourEyes: {
                            /** @description cents */
                            aboveCents: number;
                            /** @description the total is above the tenant's four-eyes amount: the preparer may not approve */
                            required: boolean;
                            youMayApprove: boolean;
                        };
                        /** @description names of workers whose account fails the IBAN check (approval is refused while any) */
                        invalidIbans: string[];
                        largest: {
                            minutes: number;
                            name: string;
                            /** @description cents */
                            totalCents: number;
                            /** Format: uuid */
                            workerId: string;
                        }[];
                        lineCount: number;
                        month: string;
                        /** @description who computed the run last */
                        preparedBy: {
                            id: string;
                            name: string | null;
                        };
                        previous: {
                            lineCount: number;
                            month: string;
                            /** @description cents */
                            totalCents: number;
                        } | null;
                        /** Format: uuid */
                        runId: string;
                        status: "draft" | "approved" | "exported";
                        /** @description cents */
                        totalCents: number;
                        /** @description cents */
                        transferCents: number;
                        /** @description transfers in the SEPA file: one per worker whose lines add up to more than 0 */
                        transferCount: number;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    approvePayoutRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        createdAt: string;
                        exportedAt: string | null;
                        generatedAt: string | null;
                        hourlyCents: number;
                        /** Format: uuid */
                        id: string;
                        /** @description lines of the run: one per worker and month of work settled (detail) */
                        lineCount: number;
                        month: string;
                        status: "draft" | "approved" | "exported";
                        totalCents: number;
                        /** @description transfers the SEPA file pays: one per worker whose lines add up to more than 0 */
                        transferCount: number;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `payout.earlier_draft_open`: Een uitbetaling van een vroegere maand is nog niet goedgekeurd.
             *     `payout.invalid_iban`: Een rekeningnummer in deze uitbetaling is niet geldig.
             *     `payout.not_draft`: Deze uitbetaling is geen ontwerp meer.
             *     `payout.same_person`: Wie een uitbetaling klaarzet, keurt ze niet zelf goed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "payout.earlier_draft_open" | "payout.invalid_iban" | "payout.not_draft" | "payout.same_person";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listPayoutRunLines: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                workerId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description For a carried line: the run whose remainder it sets off. */
                            carriedFromRunId: string | null;
                            endToEndId: string;
                            /** @description Change in the number of paid entries of that month: the entries of a first settlement, +1 for a late entry, -1 for a cancelled one. */
                            entryCount: number;
                            /** @description The confirmed time entries the worker's month was settled on (null for carried lines and for lines from before settlement per month). */
                            entryIds: string[] | null;
                            iban: string;
                            /** Format: uuid */
                            id: string;
                            /** @description regular: the run's own month; adjustment: an earlier month settled again (late entries, corrections, cancellations); carried: the negative remainder of an earlier run, set off once. */
                            kind: "regular" | "adjustment" | "carried";
                            minutes: number;
                            name: string;
                            payCents: number;
                            /** @description 1 for the first settlement of the worker's month, 2 for the next, … */
                            settlementNo: number | null;
                            totalCents: number;
                            travelCents: number;
                            vouchers: number;
                            /** Format: uuid */
                            workerId: string;
                            /** @description The month of work this line settles; null for a carried line. */
                            workMonth: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getPayoutRunLinesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    regeneratePayoutRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        status: "draft" | "approved" | "exported";
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `payout.month_locked`: Deze maand is al goedgekeurd en afgesloten.
             *     `payout.not_draft`: Deze uitbetaling is geen ontwerp meer.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "payout.month_locked" | "payout.not_draft";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getPayoutRunSepaXml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/xml */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `payout.invalid_iban`: Een rekeningnummer in deze uitbetaling is niet geldig.
             *     `payout.not_approved`: Deze uitbetaling is nog niet goedgekeurd.
             *     `payout.nothing_to_pay`: Er is niets uit te betalen in deze uitbetaling.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "payout.invalid_iban" | "payout.not_approved" | "payout.nothing_to_pay";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "tekst",
                 *       "slug": "tekst",
                 *       "adminEmail": "an.peeters@example.be",
                 *       "adminPassword": "tekstxxxxxxx",
                 *       "phone": "09 210 10 10",
                 *       "email": "an.peeters@example.be"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    adminEmail: string;
                    adminPassword: string;
                    /** Format: email */
                    email?: string;
                    name: string;
                    /**
                     * @description Public phone number shown to clients and workers
                     * @example 09 210 10 10
                     */
                    phone?: string;
                    /** @description short name used at sign-in, e.g. gent */
                    slug: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        slug: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `tenant.slug_taken`: Deze korte naam is al in gebruik. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "tenant.slug_taken";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getDashboardReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Worked minutes per Brussels month over the last 12 months, months without hours left out. */
                        hoursPerMonth: {
                            minutes: number;
                            month: string;
                        }[];
                        /** @description Always the last 12 Brussels months, oldest first, with zero where nobody worked; hours not cancelled. */
                        hoursPerMonthWithLastYear: {
                            lastYearMinutes: number;
                            /** @description The same month a year earlier. */
                            lastYearMonth: string;
                            minutes: number;
                            /** @description YYYY-MM, one of the last 12 months (this month included). */
                            month: string;
                        }[];
                        month: string;
                        nearCap: {
                            capMinutes: number;
                            firstName: string;
                            lastName: string;
                            plannedMinutes: number;
                            usedMinutes: number;
                            /** Format: uuid */
                            workerId: string;
                        }[];
                        /** @description Every neighbourhood of the organisation, by name, for a map. */
                        neighbourhoods: {
                            /** @description Active workers with an agreement running today who are within reach of the neighbourhood's centroid, by the match list's rule: living there or next door, or within their own travel distance. A worker counts in every neighbourhood they reach. */
                            availableWorkers: number;
                            centroid: {
                                lat: number;
                                lon: number;
                            };
                            name: string;
                            /** Format: uuid */
                            neighbourhoodId: string;
                            /** @description Open klussen in the neighbourhood whose window has not ended. */
                            openJobs: number;
                        }[];
                        openJobsPerNeighbourhood: {
                            name: string;
                            /** Format: uuid */
                            neighbourhoodId: string;
                            openJobs: number;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getHoursReportCsv: {
        parameters: {
            query: {
                /** @example 2026-03 */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getMonthEndReport: {
        parameters: {
            query: {
                /** @description csv: the same figures as CSV for Excel (also with Accept: text/csv) */
                format?: "json" | "csv";
                /** @example 2026-03 */
                from: string;
                /** @example 2026-03 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report; as CSV for Excel (semicolons, decimal comma, UTF-8 with BOM) with ?format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 2026-11 */
                        from: string;
                        months: {
                            /** @example 2026-11 */
                            month: string;
                            paid: {
                                /** @description hours paid, in minutes, by the approved run of the month */
                                minutes: number;
                                payCents: number;
                                /** @description the month's payout run, if approved; null: nothing paid yet */
                                runStatus: "approved" | "exported" | null;
                                totalCents: number;
                                /** @description workers paid (transfers in the SEPA file) */
                                transferCount: number;
                                /** @description travel allowance paid */
                                travelCents: number;
                            };
                            valueCents: {
                                /** @description outstanding at the end of the month (euro cents, each voucher at the price paid for it); for the current month: so far */
                                closing: number;
                                /** @description used for confirmed hours, less consumptions taken back (euro cents, each voucher at the price paid for it) */
                                consumed: number;
                                /** @description closing − (opening + sold − consumed − expired − refunded): 0 when the month reconciles */
                                difference: number;
                                /** @description past their validity (euro cents, each voucher at the price paid for it) */
                                expired: number;
                                /** @description outstanding at the start of the month (euro cents, each voucher at the price paid for it): the clients' ledger balances */
                                opening: number;
                                /** @description taken back from clients by a refund (euro cents, each voucher at the price paid for it) */
                                refunded: number;
                                /** @description issued to clients after payment (euro cents, each voucher at the price paid for it) */
                                sold: number;
                            };
                            vouchers: {
                                /** @description outstanding at the end of the month (vouchers); for the current month: so far */
                                closing: number;
                                /** @description used for confirmed hours, less consumptions taken back (vouchers) */
                                consumed: number;
                                /** @description closing − (opening + sold − consumed − expired − refunded): 0 when the month reconciles */
                                difference: number;
                                /** @description past their validity (vouchers) */
                                expired: number;
                                /** @description outstanding at the start of the month (vouchers): the clients' ledger balances */
                                opening: number;
                                /** @description taken back from clients by a refund (vouchers) */
                                refunded: number;
                                /** @description issued to clients after payment (vouchers) */
                                sold: number;
                            };
                        }[];
                        /** @description every month's difference is 0, in vouchers and in euro */
                        reconciles: boolean;
                        /** @example 2026-11 */
                        to: string;
                        totals: {
                            paid: {
                                /** @description hours paid, in minutes, by the approved run of the month */
                                minutes: number;
                                payCents: number;
                                totalCents: number;
                                /** @description workers paid (transfers in the SEPA file) */
                                transferCount: number;
                                /** @description travel allowance paid */
                                travelCents: number;
                            };
                            valueCents: {
                                /** @description outstanding at the end of the month (euro cents); for the current month: so far */
                                closing: number;
                                /** @description used for confirmed hours, less consumptions taken back (euro cents) */
                                consumed: number;
                                /** @description closing − (opening + sold − consumed − expired − refunded): 0 when the month reconciles */
                                difference: number;
                                /** @description past their validity (euro cents) */
                                expired: number;
                                /** @description outstanding at the start of the month (euro cents): the clients' ledger balances */
                                opening: number;
                                /** @description taken back from clients by a refund (euro cents) */
                                refunded: number;
                                /** @description issued to clients after payment (euro cents) */
                                sold: number;
                            };
                            vouchers: {
                                /** @description outstanding at the end of the month (vouchers); for the current month: so far */
                                closing: number;
                                /** @description used for confirmed hours, less consumptions taken back (vouchers) */
                                consumed: number;
                                /** @description closing − (opening + sold − consumed − expired − refunded): 0 when the month reconciles */
                                difference: number;
                                /** @description past their validity (vouchers) */
                                expired: number;
                                /** @description outstanding at the start of the month (vouchers): the clients' ledger balances */
                                opening: number;
                                /** @description taken back from clients by a refund (vouchers) */
                                refunded: number;
                                /** @description issued to clients after payment (vouchers) */
                                sold: number;
                            };
                        };
                    };
                    "text/csv": string;
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `report.range_invalid`: Deze periode kan niet: kies een begin- en eindmaand (JJJJ-MM), het begin niet na het einde, hoogstens 36 maanden, niet na deze maand.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "report.range_invalid" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getTrainingDemandReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            activityCode: string;
                            /** Format: uuid */
                            neighbourhoodId: string;
                            neighbourhoodName: string;
                            /** @description The next session of such a training, if one is planned. */
                            nextSessionId: string | null;
                            openJobs: number;
                            qualifiedWorkers: number;
                            /** @description null when the tenant has no skill of that name yet. */
                            skillId: string | null;
                            skillName: string;
                            /** @description openJobs > qualifiedWorkers: more open klussen than qualified workers nearby. */
                            suggestTraining: boolean;
                            /** @description A training that grants the skill, to schedule a session of. */
                            trainingId: string | null;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Days before an agreement ends that the consultant and the worker are told, once */
                        agreementEndingNoticeDays: number;
                        /** @description RULES §3: days from a client agreement's start during which work and cheques may be ordered before its fee is paid; 0 (default) = the fee first */
                        agreementFeeGraceDays: number;
                        agreementMaxMonths: number;
                        confirmWindowDays: number;
                        /** @description Issue 18: a payout run above this amount (cents) is approved by another staff member than the one who prepared it; 0 = every amount. Default 100000 (1.000 euro). */
                        fourEyesAboveCents: number;
                        matchWeights: {
                            activityPreference: number;
                            adjacentNeighbourhood: number;
                            continuity: number;
                            fairness: number;
                            sameNeighbourhood: number;
                            withinTravel: number;
                        };
                        monthlyCapMinutes: number;
                        /** @description Minutes a time entry may exceed its assignment's planned length; more is refused (time_entry.over_planned) */
                        overtimeToleranceMinutes: number;
                        /** @description Issue 18: the work of a month is paid on this day of the next month (a Saturday or Sunday moves to the Monday after); shown to workers as their payment calendar. Default 15. */
                        payoutDayOfMonth: number;
                        proposalExpiryHours: number;
                        registrationFeeCents: number;
                        /** @description Issue 20: days a staff account that needs a second factor has to set it up, from its creation; after that, signing in only allows setting it up. Default 14. */
                        secondFactorEnrolmentDays: number;
                        /** @description Issue 20: consultants sign in with a second factor (TOTP) too; admins and finance always do. Default false. */
                        secondFactorForConsultants: boolean;
                        /** @description Fixed by law (RULES §2): the travel rate in force today in cents per km, e.g. 17.69 in 2026 (0,17 from 2024, +2 % a year). Shown, never set. */
                        travelCentsPerKm: number;
                        voucherPriceCents: {
                            agriculture: number;
                            education: number;
                            localGovernment: number;
                            nonprofit: number;
                            private: number;
                        };
                        /** @description Voucher prices decided but not yet in force; voucherPriceCents is the price in force today. */
                        voucherPriceSchedule: {
                            /** Format: date */
                            effectiveFrom: string;
                            voucherPriceCents: {
                                agriculture: number;
                                education: number;
                                localGovernment: number;
                                nonprofit: number;
                                private: number;
                            };
                        }[];
                        voucherValidityMonths: number;
                        /** @description Fixed by law (RULES §2): 410. Shown, never set: a PATCH that contains it is 422 settings.invalid (settings.fixed_by_law). */
                        workerHourlyCents: number;
                        yearlyCapMinutes: number;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "voucherPriceCents": {
                 *         "private": 1,
                 *         "localGovernment": 1,
                 *         "education": 1,
                 *         "nonprofit": 1,
                 *         "agriculture": 1
                 *       },
                 *       "registrationFeeCents": 1,
                 *       "workerHourlyCents": 1,
                 *       "travelCentsPerKm": 1,
                 *       "monthlyCapMinutes": 1,
                 *       "yearlyCapMinutes": 1,
                 *       "agreementMaxMonths": 1,
                 *       "confirmWindowDays": 1,
                 *       "voucherValidityMonths": 1,
                 *       "matchWeights": {
                 *         "sameNeighbourhood": 1,
                 *         "adjacentNeighbourhood": 1,
                 *         "withinTravel": 1,
                 *         "continuity": 1,
                 *         "fairness": 1,
                 *         "activityPreference": 1
                 *       },
                 *       "proposalExpiryHours": 1,
                 *       "overtimeToleranceMinutes": 1,
                 *       "agreementEndingNoticeDays": 1,
                 *       "agreementFeeGraceDays": 1,
                 *       "fourEyesAboveCents": 1,
                 *       "payoutDayOfMonth": 1,
                 *       "secondFactorForConsultants": true,
                 *       "secondFactorEnrolmentDays": 1
                 *     }
                 */
                "application/json": {
                    /** @description Days before an agreement ends that the consultant and the worker are told, once */
                    agreementEndingNoticeDays?: number;
                    /** @description RULES §3: days from a client agreement's start during which work and cheques may be ordered before its fee is paid; 0 (default) = the fee first */
                    agreementFeeGraceDays?: number;
                    agreementMaxMonths?: number;
                    confirmWindowDays?: number;
                    /** @description Issue 18: a payout run above this amount (cents) is approved by another staff member than the one who prepared it; 0 = every amount. Default 100000 (1.000 euro). */
                    fourEyesAboveCents?: number;
                    matchWeights?: {
                        activityPreference?: number;
                        adjacentNeighbourhood?: number;
                        continuity?: number;
                        fairness?: number;
                        sameNeighbourhood?: number;
                        withinTravel?: number;
                    };
                    monthlyCapMinutes?: number;
                    /** @description Minutes a time entry may exceed its assignment's planned length; more is refused (time_entry.over_planned) */
                    overtimeToleranceMinutes?: number;
                    /** @description Issue 18: the work of a month is paid on this day of the next month (a Saturday or Sunday moves to the Monday after); shown to workers as their payment calendar. Default 15. */
                    payoutDayOfMonth?: number;
                    proposalExpiryHours?: number;
                    registrationFeeCents?: number;
                    /** @description Issue 20: days a staff account that needs a second factor has to set it up, from its creation; after that, signing in only allows setting it up. Default 14. */
                    secondFactorEnrolmentDays?: number;
                    /** @description Issue 20: consultants sign in with a second factor (TOTP) too; admins and finance always do. Default false. */
                    secondFactorForConsultants?: boolean;
                    /** @description Fixed by law (RULES §2): the travel rate in force today in cents per km, e.g. 17.69 in 2026 (0,17 from 2024, +2 % a year). Shown, never set. */
                    travelCentsPerKm?: number;
                    voucherPriceCents?: {
                        agriculture?: number;
                        education?: number;
                        localGovernment?: number;
                        nonprofit?: number;
                        private?: number;
                    };
                    voucherValidityMonths?: number;
                    /** @description Fixed by law (RULES §2): 410. Shown, never set: a PATCH that contains it is 422 settings.invalid (settings.fixed_by_law). */
                    workerHourlyCents?: number;
                    yearlyCapMinutes?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Days before an agreement ends that the consultant and the worker are told, once */
                        agreementEndingNoticeDays: number;
                        /** @description RULES §3: days from a client agreement's start during which work and cheques may be ordered before its fee is paid; 0 (default) = the fee first */
                        agreementFeeGraceDays: number;
                        agreementMaxMonths: number;
                        confirmWindowDays: number;
                        /** @description Issue 18: a payout run above this amount (cents) is approved by another staff member than the one who prepared it; 0 = every amount. Default 100000 (1.000 euro). */
                        fourEyesAboveCents: number;
                        matchWeights: {
                            activityPreference: number;
                            adjacentNeighbourhood: number;
                            continuity: number;
                            fairness: number;
                            sameNeighbourhood: number;
                            withinTravel: number;
                        };
                        monthlyCapMinutes: number;
                        /** @description Minutes a time entry may exceed its assignment's planned length; more is refused (time_entry.over_planned) */
                        overtimeToleranceMinutes: number;
                        /** @description Issue 18: the work of a month is paid on this day of the next month (a Saturday or Sunday moves to the Monday after); shown to workers as their payment calendar. Default 15. */
                        payoutDayOfMonth: number;
                        proposalExpiryHours: number;
                        registrationFeeCents: number;
                        /** @description Issue 20: days a staff account that needs a second factor has to set it up, from its creation; after that, signing in only allows setting it up. Default 14. */
                        secondFactorEnrolmentDays: number;
                        /** @description Issue 20: consultants sign in with a second factor (TOTP) too; admins and finance always do. Default false. */
                        secondFactorForConsultants: boolean;
                        /** @description Fixed by law (RULES §2): the travel rate in force today in cents per km, e.g. 17.69 in 2026 (0,17 from 2024, +2 % a year). Shown, never set. */
                        travelCentsPerKm: number;
                        voucherPriceCents: {
                            agriculture: number;
                            education: number;
                            localGovernment: number;
                            nonprofit: number;
                            private: number;
                        };
                        /** @description Voucher prices decided but not yet in force; voucherPriceCents is the price in force today. */
                        voucherPriceSchedule: {
                            /** Format: date */
                            effectiveFrom: string;
                            voucherPriceCents: {
                                agriculture: number;
                                education: number;
                                localGovernment: number;
                                nonprofit: number;
                                private: number;
                            };
                        }[];
                        voucherValidityMonths: number;
                        /** @description Fixed by law (RULES §2): 410. Shown, never set: a PATCH that contains it is 422 settings.invalid (settings.fixed_by_law). */
                        workerHourlyCents: number;
                        yearlyCapMinutes: number;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `settings.invalid`: Deze instellingen zijn niet toegelaten.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "settings.invalid" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listSkills: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createSkill: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "tekst"
                 *     }
                 */
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `skill.name_taken`: Er is al een competentie met die naam. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "skill.name_taken";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    receiveInboundSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from": "+32470123456",
                 *       "text": "tekst",
                 *       "messageId": "tekst",
                 *       "receivedAt": "2026-03-31T09:00:00+02:00"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The sender, E.164 (+32470123456)
                     * @example +32470123456
                     */
                    from: string;
                    /** @description The gateway's id of this message: the same id again is answered once (idempotent) */
                    messageId: string;
                    /**
                     * Format: date-time
                     * @description When the gateway received it
                     */
                    receivedAt: string;
                    /** @description The message text as received */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description true: this messageId was handled before; nothing was done again */
                        duplicate: boolean;
                        interpretation: ("accept" | "decline" | "stop" | "unclear") | null;
                        outcome: ("accepted" | "declined" | "opted_out" | "no_open_proposal" | "not_pending" | "job_taken" | "unclear" | "unknown_sender") | null;
                        /** @description The SMS sent back: none for STOP, for an unknown number, or when this number already got a help SMS in the last hour */
                        reply: "accepted" | "declined" | "taken" | "help" | null;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `assignment.job_already_taken`: Een andere wijk-werker heeft deze klus al aanvaard. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "assignment.job_already_taken";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `rate.limited`: Te veel aanvragen. Wacht even en probeer opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "rate.limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** @description Issue 20: invited by e-mail and no password chosen yet */
                            invited: boolean;
                            name: string;
                            role: "admin" | "consultant" | "finance";
                            /** @description Issue 20: signs in with a second factor (TOTP) */
                            secondFactor: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createStaffMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "an.peeters@example.be",
                 *       "name": "tekst",
                 *       "role": "admin",
                 *       "password": "tekstxxxxxxx",
                 *       "invite": true
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @description Issue 20: send an invitation by e-mail (valid 7 days) in which the person chooses a password; no password is given or returned */
                    invite?: boolean;
                    name: string;
                    /** @description Left out, the API makes a temporary password and returns it once (temporaryPassword) */
                    password?: string;
                    role: "admin" | "consultant" | "finance";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date-time
                         * @description With invite: until when the link in the mail works
                         */
                        invitationExpiresAt?: string;
                        /** @description Issue 20: invited by e-mail and no password chosen yet */
                        invited: boolean;
                        name: string;
                        role: "admin" | "consultant" | "finance";
                        /** @description Issue 20: signs in with a second factor (TOTP) */
                        secondFactor: boolean;
                        /** @description Only when no password was given: hand it to the person, it is not shown again */
                        temporaryPassword?: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `idempotency.in_progress`: Een aanvraag met deze Idempotency-Key is nog bezig.
             *     `idempotency.key_reused`: Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.
             *     `staff.email_taken`: Er is al een medewerker met dit e-mailadres.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency.in_progress" | "idempotency.key_reused" | "staff.email_taken";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    updateStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "tekst",
                 *       "role": "admin"
                 *     }
                 */
                "application/json": {
                    name?: string;
                    role?: "admin" | "consultant" | "finance";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Issue 20: invited by e-mail and no password chosen yet */
                        invited: boolean;
                        name: string;
                        role: "admin" | "consultant" | "finance";
                        /** @description Issue 20: signs in with a second factor (TOTP) */
                        secondFactor: boolean;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `staff.last_admin`: De organisatie houdt minstens één actieve beheerder. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "staff.last_admin";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    deactivateStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Issue 20: invited by e-mail and no password chosen yet */
                        invited: boolean;
                        name: string;
                        role: "admin" | "consultant" | "finance";
                        /** @description Issue 20: signs in with a second factor (TOTP) */
                        secondFactor: boolean;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `staff.self_deactivation`: U kunt uw eigen account niet uitschakelen. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "staff.self_deactivation";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    resendStaffInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `staff.inactive`: Deze medewerker is uitgeschakeld.
             *     `staff.invitation_accepted`: Deze medewerker koos al een wachtwoord.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "staff.inactive" | "staff.invitation_accepted";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    resetStaffPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Issue 20: invited by e-mail and no password chosen yet */
                        invited: boolean;
                        name: string;
                        role: "admin" | "consultant" | "finance";
                        /** @description Issue 20: signs in with a second factor (TOTP) */
                        secondFactor: boolean;
                        /** @description Hand it to the person; it is not stored in clear and not shown again */
                        temporaryPassword: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `staff.inactive`: Deze medewerker is uitgeschakeld. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "staff.inactive";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    resetStaffSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Issue 20: invited by e-mail and no password chosen yet */
                        invited: boolean;
                        name: string;
                        role: "admin" | "consultant" | "finance";
                        /** @description Issue 20: signs in with a second factor (TOTP) */
                        secondFactor: boolean;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `second_factor.self_reset`: Een andere beheerder zet uw tweede stap terug. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "second_factor.self_reset";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getOwnStaffAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Issue 20: invited by e-mail and no password chosen yet */
                        invited: boolean;
                        name: string;
                        role: "admin" | "consultant" | "finance";
                        /** @description Issue 20: signs in with a second factor (TOTP) */
                        secondFactor: boolean;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `auth.forbidden`: U mag dit niet doen. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currentPassword": "tekst",
                 *       "newPassword": "tekstxxxxxxx"
                 *     }
                 */
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Issue 20: invited by e-mail and no password chosen yet */
                        invited: boolean;
                        name: string;
                        role: "admin" | "consultant" | "finance";
                        /** @description Issue 20: signs in with a second factor (TOTP) */
                        secondFactor: boolean;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `auth.rate_limited`: Te veel pogingen. Probeer het later opnieuw. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.rate_limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    startSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        otpauthUri: string;
                        /** @description The otpauth URI as an SVG QR code */
                        qrSvg: string;
                        /** @description Base32, for typing into the app when the QR code cannot be scanned */
                        secret: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `auth.forbidden`: U mag dit niet doen. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `second_factor.already_enabled`: U gebruikt al een tweede stap. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "second_factor.already_enabled";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    confirmSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "tekstx"
                 *     }
                 */
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        expiresIn: number;
                        /** @description a client's or worker's own language (code sign-in): their screens start in it */
                        language?: "nl" | "fr" | "en";
                        role: string;
                        secondFactor: {
                            /**
                             * Format: date-time
                             * @description enrol: the end of the enrolment period
                             */
                            enrolBy?: string;
                            /** @description enrol: the period is over, this token only sets up the second factor */
                            enrolNow?: boolean;
                            /** @description used: signed in with a code; none: not needed; enrol: needed but not set up yet (POST /v1/staff/me/second-factor) */
                            status: "used" | "none" | "enrol";
                        };
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `auth.second_factor_invalid`: Deze code is niet juist of al gebruikt.
             *     `auth.unauthenticated`: U bent niet aangemeld.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.second_factor_invalid" | "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `auth.forbidden`: U mag dit niet doen. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `second_factor.already_enabled`: U gebruikt al een tweede stap.
             *     `second_factor.not_started`: Begin eerst met het instellen van de tweede stap.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "second_factor.already_enabled" | "second_factor.not_started";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    removeSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "tekstx"
                 *     }
                 */
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Done, without a body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `auth.second_factor_invalid`: Deze code is niet juist of al gebruikt.
             *     `auth.unauthenticated`: U bent niet aangemeld.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.second_factor_invalid" | "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `second_factor.not_started`: Begin eerst met het instellen van de tweede stap.
             *     `second_factor.required`: Voor uw rol is een tweede stap verplicht.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "second_factor.not_started" | "second_factor.required";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listOwnSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description The session of this request */
                            current: boolean;
                            /** @description The browser or program, as it named itself */
                            device: string | null;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            secondFactor: boolean;
                            /** Format: date-time */
                            signedInAt: string;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    endOwnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, without a body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    endAllOwnSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, without a body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listTimeEntries: {
        parameters: {
            query?: {
                clientId?: string;
                cursor?: string;
                limit?: number;
                /** @example 2026-03 */
                month?: string;
                status?: "submitted" | "confirmed" | "disputed" | "awaiting_vouchers" | "cancelled";
                workerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description In lists: the task of the job worked on */
                            activityCode?: string;
                            activityName?: string;
                            /** Format: uuid */
                            assignmentId: string;
                            /** Format: uuid */
                            clientId: string;
                            /** @description Last day the client can confirm or dispute; then it is confirmed automatically */
                            confirmBefore: string;
                            confirmedAt: string | null;
                            confirmedBy: string | null;
                            correctsEntryId: string | null;
                            createdAt: string;
                            date: string;
                            disputeReason: string | null;
                            /** Format: uuid */
                            id: string;
                            minutes: number;
                            status: "submitted" | "confirmed" | "disputed" | "awaiting_vouchers" | "cancelled";
                            travelKm: number;
                            vouchers: number;
                            /** @description In lists: who worked, for the client to check (issue 17) */
                            workerFirstName?: string;
                            /** Format: uuid */
                            workerId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assignmentId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "date": "2026-03-31",
                 *       "minutes": 1,
                 *       "travelKm": 1
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    assignmentId: string;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    date: string;
                    minutes: number;
                    /** @description km, at most one decimal */
                    travelKm: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description In lists: the task of the job worked on */
                        activityCode?: string;
                        activityName?: string;
                        /** Format: uuid */
                        assignmentId: string;
                        /** Format: uuid */
                        clientId: string;
                        /** @description Last day the client can confirm or dispute; then it is confirmed automatically */
                        confirmBefore: string;
                        confirmedAt: string | null;
                        confirmedBy: string | null;
                        correctsEntryId: string | null;
                        createdAt: string;
                        date: string;
                        disputeReason: string | null;
                        /** Format: uuid */
                        id: string;
                        minutes: number;
                        status: "submitted" | "confirmed" | "disputed" | "awaiting_vouchers" | "cancelled";
                        travelKm: number;
                        vouchers: number;
                        /** @description In lists: who worked, for the client to check (issue 17) */
                        workerFirstName?: string;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `idempotency.in_progress`: Een aanvraag met deze Idempotency-Key is nog bezig.
             *     `idempotency.key_reused`: Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.
             *     `time_entry.already_exists`: Voor deze toewijzing zijn de uren al ingegeven.
             *     `time_entry.assignment_not_active`: Voor deze toewijzing kan u geen uren ingeven.
             *     `time_entry.outside_assignment`: Deze prestatie past niet bij de toewijzing (andere dag of te lang).
             *     `worker.monthly_cap_exceeded`: Dan werkt de wijk-werker meer dan toegelaten deze maand.
             *     `worker.yearly_cap_exceeded`: Dan werkt de wijk-werker meer dan toegelaten dit jaar.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency.in_progress" | "idempotency.key_reused" | "time_entry.already_exists" | "time_entry.assignment_not_active" | "time_entry.outside_assignment" | "worker.monthly_cap_exceeded" | "worker.yearly_cap_exceeded";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `time_entry.future_date`: Uren kan u pas ingeven als het werk gedaan is.
             *     `time_entry.over_planned`: Deze prestatie is veel langer dan gepland; de bemiddelaar kan ze verbeteren.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "time_entry.future_date" | "time_entry.over_planned" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    cancelTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description In lists: the task of the job worked on */
                        activityCode?: string;
                        activityName?: string;
                        /** Format: uuid */
                        assignmentId: string;
                        /** Format: uuid */
                        clientId: string;
                        /** @description Last day the client can confirm or dispute; then it is confirmed automatically */
                        confirmBefore: string;
                        confirmedAt: string | null;
                        confirmedBy: string | null;
                        correctsEntryId: string | null;
                        createdAt: string;
                        date: string;
                        disputeReason: string | null;
                        /** Format: uuid */
                        id: string;
                        minutes: number;
                        status: "submitted" | "confirmed" | "disputed" | "awaiting_vouchers" | "cancelled";
                        travelKm: number;
                        vouchers: number;
                        /** @description In lists: who worked, for the client to check (issue 17) */
                        workerFirstName?: string;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `time_entry.not_correctable`: Deze prestatie kan niet meer verbeterd of geannuleerd worden. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "time_entry.not_correctable";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    confirmTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description In lists: the task of the job worked on */
                        activityCode?: string;
                        activityName?: string;
                        /** Format: uuid */
                        assignmentId: string;
                        /** Format: uuid */
                        clientId: string;
                        /** @description Last day the client can confirm or dispute; then it is confirmed automatically */
                        confirmBefore: string;
                        confirmedAt: string | null;
                        confirmedBy: string | null;
                        correctsEntryId: string | null;
                        createdAt: string;
                        date: string;
                        disputeReason: string | null;
                        /** Format: uuid */
                        id: string;
                        minutes: number;
                        status: "submitted" | "confirmed" | "disputed" | "awaiting_vouchers" | "cancelled";
                        travelKm: number;
                        vouchers: number;
                        /** @description In lists: who worked, for the client to check (issue 17) */
                        workerFirstName?: string;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `time_entry.not_confirmable`: Deze prestatie kan u niet (meer) bevestigen. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "time_entry.not_confirmable";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    correctTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "minutes": 1,
                 *       "travelKm": 1
                 *     }
                 */
                "application/json": {
                    minutes: number;
                    /** @description km, at most one decimal */
                    travelKm: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description In lists: the task of the job worked on */
                        activityCode?: string;
                        activityName?: string;
                        /** Format: uuid */
                        assignmentId: string;
                        /** Format: uuid */
                        clientId: string;
                        /** @description Last day the client can confirm or dispute; then it is confirmed automatically */
                        confirmBefore: string;
                        confirmedAt: string | null;
                        confirmedBy: string | null;
                        correctsEntryId: string | null;
                        createdAt: string;
                        date: string;
                        disputeReason: string | null;
                        /** Format: uuid */
                        id: string;
                        minutes: number;
                        status: "submitted" | "confirmed" | "disputed" | "awaiting_vouchers" | "cancelled";
                        travelKm: number;
                        vouchers: number;
                        /** @description In lists: who worked, for the client to check (issue 17) */
                        workerFirstName?: string;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `idempotency.in_progress`: Een aanvraag met deze Idempotency-Key is nog bezig.
             *     `idempotency.key_reused`: Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.
             *     `time_entry.already_exists`: Voor deze toewijzing zijn de uren al ingegeven.
             *     `time_entry.not_correctable`: Deze prestatie kan niet meer verbeterd of geannuleerd worden.
             *     `time_entry.outside_assignment`: Deze prestatie past niet bij de toewijzing (andere dag of te lang).
             *     `worker.monthly_cap_exceeded`: Dan werkt de wijk-werker meer dan toegelaten deze maand.
             *     `worker.yearly_cap_exceeded`: Dan werkt de wijk-werker meer dan toegelaten dit jaar.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency.in_progress" | "idempotency.key_reused" | "time_entry.already_exists" | "time_entry.not_correctable" | "time_entry.outside_assignment" | "worker.monthly_cap_exceeded" | "worker.yearly_cap_exceeded";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    disputeTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "tekst"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description In lists: the task of the job worked on */
                        activityCode?: string;
                        activityName?: string;
                        /** Format: uuid */
                        assignmentId: string;
                        /** Format: uuid */
                        clientId: string;
                        /** @description Last day the client can confirm or dispute; then it is confirmed automatically */
                        confirmBefore: string;
                        confirmedAt: string | null;
                        confirmedBy: string | null;
                        correctsEntryId: string | null;
                        createdAt: string;
                        date: string;
                        disputeReason: string | null;
                        /** Format: uuid */
                        id: string;
                        minutes: number;
                        status: "submitted" | "confirmed" | "disputed" | "awaiting_vouchers" | "cancelled";
                        travelKm: number;
                        vouchers: number;
                        /** @description In lists: who worked, for the client to check (issue 17) */
                        workerFirstName?: string;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `time_entry.not_disputable`: Deze prestatie kan u niet (meer) betwisten. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "time_entry.not_disputable";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listTrainingSessions: {
        parameters: {
            query?: {
                cursor?: string;
                /** @example 2026-03-31 */
                from?: string;
                limit?: number;
                /** @example 2026-03-31 */
                to?: string;
                trainingId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            capacity: number;
                            endsAt: string;
                            /** @description Places taken (enrolled, attended or absent). */
                            enrolled: number;
                            /** Format: uuid */
                            id: string;
                            location: string;
                            /** Format: uuid */
                            skillId: string;
                            startsAt: string;
                            trainer: string;
                            /** Format: uuid */
                            trainingId: string;
                            trainingName: string;
                            waitlisted: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "trainingId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "startsAt": "2026-03-31T09:00:00+02:00",
                 *       "endsAt": "2026-03-31T09:00:00+02:00",
                 *       "location": "tekst",
                 *       "capacity": 1,
                 *       "trainer": "tekst"
                 *     }
                 */
                "application/json": {
                    capacity: number;
                    /**
                     * Format: date-time
                     * @example 2026-03-31T09:00:00+02:00
                     */
                    endsAt: string;
                    location: string;
                    /**
                     * Format: date-time
                     * @example 2026-03-31T09:00:00+02:00
                     */
                    startsAt: string;
                    trainer: string;
                    /** Format: uuid */
                    trainingId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        capacity: number;
                        endsAt: string;
                        /** @description Places taken (enrolled, attended or absent). */
                        enrolled: number;
                        /** Format: uuid */
                        id: string;
                        location: string;
                        /** Format: uuid */
                        skillId: string;
                        startsAt: string;
                        trainer: string;
                        /** Format: uuid */
                        trainingId: string;
                        trainingName: string;
                        waitlisted: number;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        capacity: number;
                        endsAt: string;
                        /** @description Places taken (enrolled, attended or absent). */
                        enrolled: number;
                        /** Format: uuid */
                        id: string;
                        location: string;
                        /** Format: uuid */
                        skillId: string;
                        startsAt: string;
                        trainer: string;
                        /** Format: uuid */
                        trainingId: string;
                        trainingName: string;
                        waitlisted: number;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    recordTrainingAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workerId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "attended": true
                 *     }
                 */
                "application/json": {
                    attended: boolean;
                    /** Format: uuid */
                    workerId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        sessionId: string;
                        skill: {
                            obtainedOn: string;
                            /** Format: uuid */
                            skillId: string;
                        } | null;
                        status: "attended" | "absent";
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `training.not_enrolled`: Deze wijk-werker heeft geen plaats in deze sessie.
             *     `training.session_not_started`: Deze sessie is nog niet begonnen.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "training.not_enrolled" | "training.session_not_started";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listTrainingSessionEnrollments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            enrolledAt: string;
                            firstName: string;
                            lastName: string;
                            /** Format: uuid */
                            sessionId: string;
                            status: "enrolled" | "waitlisted" | "cancelled" | "attended" | "absent";
                            /** @description 1 = next in line; null unless waitlisted. */
                            waitlistPosition: number | null;
                            /** Format: uuid */
                            workerId: string;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    enrollInTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workerId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    workerId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        sessionId: string;
                        status: "enrolled" | "waitlisted" | "cancelled" | "attended" | "absent";
                        /** @description 1 = next in line; null unless waitlisted. */
                        waitlistPosition: number | null;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `training.already_enrolled`: Deze wijk-werker is al ingeschreven voor deze sessie.
             *     `training.session_started`: Deze sessie is al begonnen of voorbij.
             *     `worker.inactive`: Deze wijk-werker is niet actief.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "training.already_enrolled" | "training.session_started" | "worker.inactive";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    deleteTrainingSessionEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        promotedWorkerId: string | null;
                        /** Format: uuid */
                        sessionId: string;
                        status: "enrolled" | "waitlisted" | "cancelled" | "attended" | "absent";
                        /** @description 1 = next in line; null unless waitlisted. */
                        waitlistPosition: number | null;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `training.session_started`: Deze sessie is al begonnen of voorbij. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "training.session_started";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    cancelTrainingSessionEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        promotedWorkerId: string | null;
                        /** Format: uuid */
                        sessionId: string;
                        status: "enrolled" | "waitlisted" | "cancelled" | "attended" | "absent";
                        /** @description 1 = next in line; null unless waitlisted. */
                        waitlistPosition: number | null;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `training.session_started`: Deze sessie is al begonnen of voorbij. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "training.session_started";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listTrainings: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            description: string;
                            durationMinutes: number;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            skillId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createTraining: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "tekst",
                 *       "skillId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "description": "tekst",
                 *       "durationMinutes": 1
                 *     }
                 */
                "application/json": {
                    description: string;
                    durationMinutes: number;
                    name: string;
                    /** Format: uuid */
                    skillId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        description: string;
                        durationMinutes: number;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: uuid */
                        skillId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listVoucherOrders: {
        parameters: {
            query?: {
                clientId?: string;
                cursor?: string;
                limit?: number;
                status?: "awaiting_payment" | "paid" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amountCents: number;
                            /** Format: uuid */
                            clientId: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            paymentReference: string;
                            quantity: number;
                            status: "awaiting_payment" | "paid" | "cancelled";
                            unitPriceCents: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createVoucherOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clientId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "quantity": 1
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    clientId: string;
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountCents: number;
                        /** Format: uuid */
                        clientId: string;
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        paymentReference: string;
                        quantity: number;
                        status: "awaiting_payment" | "paid" | "cancelled";
                        unitPriceCents: number;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `client.agreement_fee_unpaid`: Het inschrijvingsgeld van de gebruikersovereenkomst is nog niet betaald.
             *     `client.no_active_agreement`: De klant heeft geen geldige gebruikersovereenkomst op die datum.
             *     `idempotency.in_progress`: Een aanvraag met deze Idempotency-Key is nog bezig.
             *     `idempotency.key_reused`: Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "client.agreement_fee_unpaid" | "client.no_active_agreement" | "idempotency.in_progress" | "idempotency.key_reused";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getVoucherOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountCents: number;
                        /** Format: uuid */
                        clientId: string;
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        paidAt: string | null;
                        paymentReference: string;
                        /** @description The organisation's bank account to pay to; null until the organisation has set it */
                        payTo: {
                            bic: string | null;
                            /** @description Electronic format, e.g. BE68539007547034 */
                            iban: string;
                            /** @description Account holder */
                            name: string;
                        } | null;
                        quantity: number;
                        status: "awaiting_payment" | "paid" | "cancelled";
                        unitPriceCents: number;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createVoucherRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clientId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "quantity": 1
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    clientId: string;
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountCents: number;
                        /** Format: uuid */
                        clientId: string;
                        lots: {
                            /** Format: uuid */
                            lotId: string;
                            vouchers: number;
                        }[];
                        quantity: number;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `idempotency.in_progress`: Een aanvraag met deze Idempotency-Key is nog bezig.
             *     `idempotency.key_reused`: Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.
             *     `wallet.insufficient_vouchers`: Er zijn niet genoeg geldige cheques.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency.in_progress" | "idempotency.key_reused" | "wallet.insufficient_vouchers";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listWorkers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                neighbourhoodId?: string;
                q?: string;
                status?: "active" | "inactive";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            address: {
                                lat: number | null;
                                lon: number | null;
                                /** Format: uuid */
                                municipalityId: string;
                                /** Format: uuid */
                                neighbourhoodId: string;
                                number: string;
                                postalCode: string;
                                street: string;
                            };
                            createdAt: string;
                            email: string | null;
                            firstName: string;
                            iban: string;
                            /** Format: uuid */
                            id: string;
                            language: "nl" | "fr" | "en";
                            lastName: string;
                            maxTravelKm: number;
                            nationalNumber: string;
                            phone: string;
                            /** @description null for workers registered before the date was asked */
                            referralDate: string | null;
                            referralReference: string | null;
                            referrer: "vdab" | "ocmw";
                            status: "active" | "inactive";
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createWorker: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "firstName": "tekst",
                 *       "lastName": "tekst",
                 *       "nationalNumber": "tekst",
                 *       "phone": "tekst",
                 *       "email": "an.peeters@example.be",
                 *       "language": "nl",
                 *       "address": {
                 *         "street": "tekst",
                 *         "number": "tekst",
                 *         "postalCode": "9000",
                 *         "municipalityId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *         "neighbourhoodId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *         "lat": 1,
                 *         "lon": 1
                 *       },
                 *       "iban": "tekst",
                 *       "referrer": "vdab",
                 *       "referralDate": "2026-03-31",
                 *       "referralReference": "tekst",
                 *       "availability": [
                 *         {
                 *           "weekday": 1,
                 *           "from": "08:30",
                 *           "to": "08:30"
                 *         }
                 *       ],
                 *       "maxTravelKm": 1,
                 *       "activityCodes": [
                 *         "tekst"
                 *       ]
                 *     }
                 */
                "application/json": {
                    activityCodes?: string[];
                    address: {
                        lat?: number;
                        lon?: number;
                        /** Format: uuid */
                        municipalityId: string;
                        /** Format: uuid */
                        neighbourhoodId: string;
                        number: string;
                        /** @example 9000 */
                        postalCode: string;
                        street: string;
                    };
                    availability: {
                        /** @example 08:30 */
                        from: string;
                        /** @example 08:30 */
                        to: string;
                        weekday: number;
                    }[];
                    /** Format: email */
                    email?: string;
                    firstName: string;
                    iban: string;
                    language: "nl" | "fr" | "en";
                    lastName: string;
                    maxTravelKm?: number;
                    nationalNumber: string;
                    phone: string;
                    /**
                     * Format: date
                     * @description RULES §1: when VDAB or the OCMW referred the person (not in the future)
                     */
                    referralDate?: string;
                    /** @description The referrer's reference for this referral (e.g. the VDAB file number) */
                    referralReference?: string;
                    referrer: "vdab" | "ocmw";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityCodes: string[];
                        address: {
                            lat: number | null;
                            lon: number | null;
                            /** Format: uuid */
                            municipalityId: string;
                            /** Format: uuid */
                            neighbourhoodId: string;
                            number: string;
                            postalCode: string;
                            street: string;
                        };
                        availability: {
                            from: string;
                            to: string;
                            weekday: number;
                        }[];
                        createdAt: string;
                        email: string | null;
                        firstName: string;
                        iban: string;
                        /** Format: uuid */
                        id: string;
                        language: "nl" | "fr" | "en";
                        lastName: string;
                        maxTravelKm: number;
                        nationalNumber: string;
                        phone: string;
                        /** @description null for workers registered before the date was asked */
                        referralDate: string | null;
                        referralReference: string | null;
                        referrer: "vdab" | "ocmw";
                        skills: {
                            name: string;
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            obtainedOn: string;
                            /** Format: uuid */
                            skillId: string;
                        }[];
                        status: "active" | "inactive";
                        updatedAt: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `idempotency.in_progress`: Een aanvraag met deze Idempotency-Key is nog bezig.
             *     `idempotency.key_reused`: Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.
             *     `worker.duplicate_national_number`: Deze wijk-werker is al ingeschreven.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency.in_progress" | "idempotency.key_reused" | "worker.duplicate_national_number";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `validation.failed`: Sommige gegevens zijn niet juist.
             *     `worker.not_eligible`: Deze persoon kan geen wijk-werker worden.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed" | "worker.not_eligible";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getWorker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityCodes: string[];
                        address: {
                            lat: number | null;
                            lon: number | null;
                            /** Format: uuid */
                            municipalityId: string;
                            /** Format: uuid */
                            neighbourhoodId: string;
                            number: string;
                            postalCode: string;
                            street: string;
                        };
                        availability: {
                            from: string;
                            to: string;
                            weekday: number;
                        }[];
                        createdAt: string;
                        email: string | null;
                        firstName: string;
                        iban: string;
                        /** Format: uuid */
                        id: string;
                        language: "nl" | "fr" | "en";
                        lastName: string;
                        maxTravelKm: number;
                        nationalNumber: string;
                        phone: string;
                        /** @description null for workers registered before the date was asked */
                        referralDate: string | null;
                        referralReference: string | null;
                        referrer: "vdab" | "ocmw";
                        skills: {
                            name: string;
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            obtainedOn: string;
                            /** Format: uuid */
                            skillId: string;
                        }[];
                        status: "active" | "inactive";
                        updatedAt: string;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    updateWorker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "firstName": "tekst",
                 *       "lastName": "tekst",
                 *       "nationalNumber": "tekst",
                 *       "phone": "tekst",
                 *       "email": "an.peeters@example.be",
                 *       "language": "nl",
                 *       "address": {
                 *         "street": "tekst",
                 *         "number": "tekst",
                 *         "postalCode": "9000",
                 *         "municipalityId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *         "neighbourhoodId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *         "lat": 1,
                 *         "lon": 1
                 *       },
                 *       "iban": "tekst",
                 *       "referrer": "vdab",
                 *       "referralDate": "2026-03-31",
                 *       "referralReference": "tekst",
                 *       "availability": [
                 *         {
                 *           "weekday": 1,
                 *           "from": "08:30",
                 *           "to": "08:30"
                 *         }
                 *       ],
                 *       "maxTravelKm": 1,
                 *       "activityCodes": [
                 *         "tekst"
                 *       ],
                 *       "status": "active"
                 *     }
                 */
                "application/json": {
                    activityCodes?: string[];
                    address?: {
                        lat?: number | null;
                        lon?: number | null;
                        /** Format: uuid */
                        municipalityId?: string;
                        /** Format: uuid */
                        neighbourhoodId?: string;
                        number?: string;
                        /** @example 9000 */
                        postalCode?: string;
                        street?: string;
                    };
                    availability?: {
                        /** @example 08:30 */
                        from: string;
                        /** @example 08:30 */
                        to: string;
                        weekday: number;
                    }[];
                    email?: string | null;
                    firstName?: string;
                    iban?: string;
                    language?: "nl" | "fr" | "en";
                    lastName?: string;
                    maxTravelKm?: number;
                    nationalNumber?: string;
                    phone?: string;
                    referralDate?: string | null;
                    referralReference?: string | null;
                    referrer?: "vdab" | "ocmw";
                    status?: "active" | "inactive";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activityCodes: string[];
                        address: {
                            lat: number | null;
                            lon: number | null;
                            /** Format: uuid */
                            municipalityId: string;
                            /** Format: uuid */
                            neighbourhoodId: string;
                            number: string;
                            postalCode: string;
                            street: string;
                        };
                        availability: {
                            from: string;
                            to: string;
                            weekday: number;
                        }[];
                        createdAt: string;
                        email: string | null;
                        firstName: string;
                        iban: string;
                        /** Format: uuid */
                        id: string;
                        language: "nl" | "fr" | "en";
                        lastName: string;
                        maxTravelKm: number;
                        nationalNumber: string;
                        phone: string;
                        /** @description null for workers registered before the date was asked */
                        referralDate: string | null;
                        referralReference: string | null;
                        referrer: "vdab" | "ocmw";
                        skills: {
                            name: string;
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            obtainedOn: string;
                            /** Format: uuid */
                            skillId: string;
                        }[];
                        status: "active" | "inactive";
                        updatedAt: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `worker.duplicate_national_number`: Deze wijk-werker is al ingeschreven. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "worker.duplicate_national_number";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `validation.failed`: Sommige gegevens zijn niet juist.
             *     `worker.not_eligible`: Deze persoon kan geen wijk-werker worden.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed" | "worker.not_eligible";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listWorkerAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            endDate: string | null;
                            /** Format: uuid */
                            id: string;
                            legacyPwa: boolean;
                            pwaAgreementDate: string | null;
                            reReferral: {
                                /**
                                 * Format: date
                                 * @example 2026-03-31
                                 */
                                date: string;
                                referrer: "vdab" | "ocmw";
                            } | null;
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            startDate: string;
                            /** Format: uuid */
                            workerId: string;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    createWorkerAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key with the same body returns the first response; with another body, 409 idempotency.key_reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "startDate": "2026-03-31",
                 *       "endDate": "2026-03-31",
                 *       "legacyPwa": true,
                 *       "pwaAgreementDate": "2026-03-31",
                 *       "reReferral": {
                 *         "date": "2026-03-31",
                 *         "referrer": "vdab"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    endDate?: string;
                    legacyPwa?: boolean;
                    /**
                     * Format: date
                     * @description RULES §1: with legacyPwa, the start of the PWA agreement the person had on 30-09-2017
                     */
                    pwaAgreementDate?: string;
                    /** @description RULES §1: the referrer's new referral (hertoeleiding) for an agreement within or right after a trajectory */
                    reReferral?: {
                        /**
                         * Format: date
                         * @example 2026-03-31
                         */
                        date: string;
                        referrer: "vdab" | "ocmw";
                    };
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    startDate: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        endDate: string | null;
                        /** Format: uuid */
                        id: string;
                        legacyPwa: boolean;
                        pwaAgreementDate: string | null;
                        reReferral: {
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            date: string;
                            referrer: "vdab" | "ocmw";
                        } | null;
                        /**
                         * Format: date
                         * @example 2026-03-31
                         */
                        startDate: string;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `agreement.overlaps`: Er loopt al een wijk-werkovereenkomst in deze periode.
             *     `agreement.re_referral_required`: Deze overeenkomst is een hertoeleiding: noteer eerst de nieuwe doorverwijzing.
             *     `idempotency.in_progress`: Een aanvraag met deze Idempotency-Key is nog bezig.
             *     `idempotency.key_reused`: Deze Idempotency-Key werd al gebruikt voor een andere aanvraag.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "agreement.overlaps" | "agreement.re_referral_required" | "idempotency.in_progress" | "idempotency.key_reused";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /**
             * @description `agreement.pwa_date_required`: Noteer de datum van de PWA-overeenkomst op 30-09-2017.
             *     `agreement.too_long`: Een wijk-werkovereenkomst mag niet zo lang duren.
             *     `validation.failed`: Sommige gegevens zijn niet juist.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "agreement.pwa_date_required" | "agreement.too_long" | "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getWorkerCapacity: {
        parameters: {
            query?: {
                /** @example 2026-03-31 */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreement: {
                            daysLeft: number | null;
                            endDate: string | null;
                            /**
                             * Format: date
                             * @example 2026-03-31
                             */
                            startDate: string;
                        } | null;
                        /**
                         * Format: date
                         * @example 2026-03-31
                         */
                        date: string;
                        month: {
                            capMinutes: number;
                            plannedMinutes: number;
                            remainingMinutes: number;
                            usedMinutes: number;
                        };
                        year: {
                            capMinutes: number;
                            plannedMinutes: number;
                            remainingMinutes: number;
                            usedMinutes: number;
                        };
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listWorkerPayouts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description When each month's work is paid (packages/domain payoutDateOf), from last month on */
                        calendar: {
                            month: string;
                            /** Format: date */
                            paidOn: string;
                        }[];
                        /** @description Lines of approved and exported runs only, newest run first */
                        items: {
                            /** Format: uuid */
                            id: string;
                            kind: "regular" | "adjustment" | "carried";
                            minutes: number;
                            /**
                             * Format: date
                             * @description The day the run was exported to the bank, else the day it was approved (Brussels)
                             */
                            paidOn: string;
                            /** @description cents */
                            payCents: number;
                            /** Format: uuid */
                            runId: string;
                            /** @description The month of the payout run that paid this line */
                            runMonth: string;
                            /** @description cents */
                            totalCents: number;
                            /** @description cents */
                            travelCents: number;
                            vouchers: number;
                            /** @description The month of work settled; null for a carried remainder */
                            workMonth: string | null;
                        }[];
                        /** @description The tenant's setting: a month's work is paid on this day of the next month */
                        payoutDayOfMonth: number;
                        /** Format: uuid */
                        workerId: string;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    recordWorkerSkill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "skillId": "3f1c2a6e-8b4d-4e2a-9c7f-1a2b3c4d5e6f",
                 *       "obtainedOn": "2026-03-31"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    obtainedOn: string;
                    /** Format: uuid */
                    skillId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * Format: date
                         * @example 2026-03-31
                         */
                        obtainedOn: string;
                        /** Format: uuid */
                        skillId: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * Format: date
                         * @example 2026-03-31
                         */
                        obtainedOn: string;
                        /** Format: uuid */
                        skillId: string;
                    };
                };
            };
            /** @description `request.malformed`: De aanvraag kan niet gelezen worden. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.malformed";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `request.too_large`: De aanvraag is te groot. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.too_large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `request.unsupported_media_type`: Dit bestandstype wordt niet ondersteund. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    listWorkerSmsReplies: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assignmentId: string | null;
                            from: string;
                            /** Format: uuid */
                            id: string;
                            interpretation: "accept" | "decline" | "stop" | "unclear";
                            messageId: string;
                            outcome: "accepted" | "declined" | "opted_out" | "no_open_proposal" | "not_pending" | "job_taken" | "unclear" | "unknown_sender";
                            /** Format: date-time */
                            receivedAt: string;
                            /** @description The SMS sent back: none for STOP, for an unknown number, or when this number already got a help SMS in the last hour */
                            reply: "accepted" | "declined" | "taken" | "help" | null;
                            text: string;
                        }[];
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `resource.not_found`: Niet gevonden. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resource.not_found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    getWorklist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Hours waiting for the client's cheques */
                        awaitingVouchers: {
                            items: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                vouchers: number;
                            }[];
                            /** @description How many there are; items holds at most 50 */
                            total: number;
                        };
                        /** @description Hours the client disputed: confirm or correct them */
                        disputedEntries: {
                            items: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                minutes: number;
                                reason: string | null;
                                /** Format: uuid */
                                workerId: string;
                                workerName: string;
                            }[];
                            /** @description How many there are; items holds at most 50 */
                            total: number;
                        };
                        /** @description Worker agreements ending within the tenant's notice days, with no next one */
                        endingAgreements: {
                            items: {
                                endDate: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                workerId: string;
                                workerName: string;
                            }[];
                            /** @description How many there are; items holds at most 50 */
                            total: number;
                        };
                        /** @description Active workers without availability, activities or skills */
                        incompleteWorkers: {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                noActivities: boolean;
                                noAvailability: boolean;
                                noSkills: boolean;
                            }[];
                            /** @description How many there are; items holds at most 50 */
                            total: number;
                        };
                        /** @description Proposals expiring within a day, and declined or expired ones whose job is still open */
                        proposals: {
                            items: {
                                description: string;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                jobId: string;
                                startsAt: string;
                                status: string;
                                /** Format: uuid */
                                workerId: string;
                                workerName: string;
                            }[];
                            /** @description How many there are; items holds at most 50 */
                            total: number;
                        };
                        /** @description Client agreements whose fee is not paid */
                        unpaidFees: {
                            items: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                feeCents: number;
                                /** Format: uuid */
                                id: string;
                                paymentReference: string;
                                startDate: string;
                            }[];
                            /** @description How many there are; items holds at most 50 */
                            total: number;
                        };
                    };
                };
            };
            /** @description `auth.unauthenticated`: U bent niet aangemeld. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `auth.forbidden`: U mag dit niet doen.
             *     `auth.second_factor_enrolment_required`: Stel eerst uw tweede stap in.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "auth.forbidden" | "auth.second_factor_enrolment_required";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `validation.failed`: Sommige gegevens zijn niet juist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "validation.failed";
                        /** @constant */
                        status?: 422;
                    };
                };
            };
            /** @description `internal`: Er ging iets mis aan onze kant. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "internal";
                        /** @constant */
                        status?: 500;
                    };
                };
            };
            /** @description `service.unavailable`: De dienst is tijdelijk niet beschikbaar. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "service.unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
}
