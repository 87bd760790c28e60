-- app_public_organisations(p_q text, p_slug text) RETURNS TABLE (slug, name, phone, email, municipalities)
-- The door (issue 17): before anyone signs in, find an organisation by its slug (exact, any case),
-- or by a part of its name or of a municipality it serves, case-insensitive and ignoring spaces,
-- hyphens and punctuation ("wijk werken gent", "Wijk-Werken Gent", "merelbeke"). Public contact
-- data only: never ids, settings, people or accounts. At most 20 rows, by name.
-- Inputs: p_q (NULL with p_slug), p_slug (NULL for a search). Outputs: the rows. Errors: none.
CREATE OR REPLACE FUNCTION app_public_organisations(p_q text, p_slug text DEFAULT NULL)
  RETURNS TABLE (slug text, name text, phone text, email text, municipalities text[])
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  WITH needle AS (
    SELECT lower(regexp_replace(coalesce(p_q, ''), '[^[:alnum:]]', '', 'g')) AS n
  )
  SELECT t.slug, t.name, t.phone, t.email,
         coalesce((SELECT array_agg(m.name ORDER BY m.name) FROM municipalities m WHERE m.tenant_id = t.id), '{}'::text[])
    FROM tenants t, needle
   WHERE CASE
           WHEN p_slug IS NOT NULL THEN t.slug = lower(p_slug)
           WHEN char_length(needle.n) < 2 THEN false
           ELSE t.slug = lower(trim(p_q))
             OR strpos(lower(regexp_replace(t.name, '[^[:alnum:]]', '', 'g')), needle.n) > 0
             OR EXISTS (SELECT 1 FROM municipalities m
                         WHERE m.tenant_id = t.id AND strpos(lower(regexp_replace(m.name, '[^[:alnum:]]', '', 'g')), needle.n) > 0)
         END
   ORDER BY lower(t.name), t.slug
   LIMIT 20
$$;
