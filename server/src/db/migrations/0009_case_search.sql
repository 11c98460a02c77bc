CREATE INDEX "case_events_review_approved_by" ON "case_events" USING btree ("actor_user_id") WHERE action = 'review_approved';--> statement-breakpoint
-- Case search (GET /api/cases?q=…) by any part of the case number, cause or party names. pg_trgm cannot serve
-- Chinese in a C-locale database (CJK characters are not "word" characters there) nor one- and two-character
-- terms, the usual length of a Chinese surname or word; so the index holds every character and every pair of
-- adjacent characters, and a term's pairs (or its single character) must all be present before ILIKE rechecks.
-- Each gram is prefixed with a short hash of the agency: a search always runs within agencies, and a common
-- character's posting list then holds one agency's cases instead of the province's (a shared prefix between two
-- agencies costs only precision: the agency is tested again).
CREATE FUNCTION case_search_grams(agency uuid, t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT coalesce(array_agg(DISTINCT left(md5(agency::text), 6) || g), '{}') FROM (
    SELECT substr(lower(t), i, 1) AS g FROM generate_series(1, length(t)) AS i
    UNION ALL
    SELECT substr(lower(t), i, 2) FROM generate_series(1, length(t) - 1) AS i) AS grams
$$;--> statement-breakpoint
-- The grams a row must hold to contain the term: its character pairs, or the character itself.
CREATE FUNCTION case_search_term_grams(agency uuid, t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT CASE WHEN length(t) < 2 THEN ARRAY[left(md5(agency::text), 6) || lower(t)]
    ELSE (SELECT array_agg(DISTINCT left(md5(agency::text), 6) || substr(lower(t), i, 2))
          FROM generate_series(1, length(t) - 1) AS i) END
$$;--> statement-breakpoint
CREATE INDEX "cases_search_grams" ON "cases" USING gin (case_search_grams(agency_id, case_number || ' ' || cause || ' ' || party_summary));--> statement-breakpoint
-- The search itself. Under row-level security PostgreSQL evaluates the policy before any qual whose functions are
-- not LEAKPROOF, and neither @> nor ILIKE is, so the app role's query could never use the index above (a scan of
-- every case of the agency, 400 ms at 5,000 cases). This function runs as the owner, outside the policy, and
-- applies the policy's own test (zhifa_agency_visible) to each agency it searches; the caller names the agencies.
-- It returns the columns a case list shows and filters on, so that a search visits each matching row once.
CREATE FUNCTION case_search(agencies uuid[], term text, pattern text)
  RETURNS TABLE (id uuid, agency_id uuid, unit_id uuid, procedure text, state text, case_number text, cause text,
    party_summary text, next_due_on date, next_due_rule text, updated_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT c.id, c.agency_id, c.unit_id, c.procedure, c.state, c.case_number, c.cause, c.party_summary, c.next_due_on,
    c.next_due_rule, c.updated_at
  FROM unnest(agencies) AS a(agency)
  JOIN cases c ON c.agency_id = a.agency
    AND case_search_grams(c.agency_id, c.case_number || ' ' || c.cause || ' ' || c.party_summary)
      @> case_search_term_grams(a.agency, term)
  WHERE zhifa_agency_visible(a.agency)
    AND (c.case_number ILIKE pattern OR c.cause ILIKE pattern OR c.party_summary ILIKE pattern)
$$;--> statement-breakpoint
-- Closed cases no longer drive urgency: the party's remedy windows (REMEDY-60D/6M) may still run, but the agency
-- has nothing left to do in them (cases.clocks.ts refreshNextDue).
UPDATE "cases" SET "next_due_on" = NULL, "next_due_rule" = NULL WHERE "closed_on" IS NOT NULL;
