-- Issue 19, "the referrer's report": what the worker consented to share with the referrer (VDAB or
-- OCMW), per category. A consent is given on a day and may be withdrawn on a later day; history is
-- kept (a new consent after a withdrawal is a new row). Who recorded each step is kept. The report
-- leaves out every category without consent on the report's day (filterByConsent in packages/domain).
CREATE TABLE report_consents (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  worker_id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('hours', 'activities', 'trainings', 'goals', 'client_feedback')),
  given_on date NOT NULL,
  given_by uuid NOT NULL,
  withdrawn_on date,
  withdrawn_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, worker_id) REFERENCES workers(tenant_id, id),
  FOREIGN KEY (tenant_id, given_by) REFERENCES staff(tenant_id, id),
  FOREIGN KEY (tenant_id, withdrawn_by) REFERENCES staff(tenant_id, id),
  CHECK ((withdrawn_on IS NULL) = (withdrawn_by IS NULL)),
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
-- At most one open (not withdrawn) consent per worker and category: giving it twice is refused.
CREATE UNIQUE INDEX report_consents_open_uq ON report_consents (tenant_id, worker_id, category) WHERE withdrawn_on IS NULL;
SELECT app_enable_tenant_rls('report_consents');
