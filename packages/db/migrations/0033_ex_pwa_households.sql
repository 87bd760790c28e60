-- Issue 14, RULES §6 (S23): cooking, washing and big clean-up are partly allowed only for the
-- transitional ex-PWA pairs — households that already had that help under PWA. The activity says
-- so; the client records since when it is such a household (NULL: not one).
ALTER TABLE activities ADD COLUMN ex_pwa_only boolean NOT NULL DEFAULT false;
UPDATE activities SET ex_pwa_only = true WHERE code = 'household.ex_pwa';
ALTER TABLE clients ADD COLUMN ex_pwa_since date;
