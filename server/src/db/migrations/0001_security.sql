-- The application runs as the role zhifa_app (the pool does SET ROLE on every connection).
-- It owns nothing, so row-level security applies to it, and it is denied UPDATE and DELETE on
-- the append-only tables. Roles are cluster-wide: create it once, grant per database.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhifa_app') THEN
    CREATE ROLE zhifa_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
GRANT zhifa_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO zhifa_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO zhifa_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO zhifa_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO zhifa_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO zhifa_app;
--> statement-breakpoint
GRANT USAGE ON SCHEMA drizzle TO zhifa_app;
--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO zhifa_app;
--> statement-breakpoint
-- Append-only tables: no UPDATE, DELETE or TRUNCATE for the application, and a trigger that refuses
-- both for everybody (a superuser can only get past it deliberately, e.g. session_replication_role).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, certificate_events FROM zhifa_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zhifa_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'append-only table %: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
CREATE TRIGGER certificate_events_append_only BEFORE UPDATE OR DELETE ON certificate_events
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
-- Row-level security: a transaction states its scope with set_config('zhifa.scope', 'all' | 'agencies')
-- and set_config('zhifa.agencies', '<uuid>,<uuid>'). Nothing set means nothing visible.
CREATE OR REPLACE FUNCTION zhifa_agency_visible(agency uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('zhifa.scope', true), '') = 'all'
      OR (coalesce(current_setting('zhifa.scope', true), '') = 'agencies'
          AND agency = ANY (string_to_array(nullif(current_setting('zhifa.agencies', true), ''), ',')::uuid[]))
$$;
--> statement-breakpoint
ALTER TABLE officers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE certificates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE certificate_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE training_records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE roster_imports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY officers_scope ON officers TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY certificates_scope ON certificates TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY certificate_events_scope ON certificate_events TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY training_records_scope ON training_records TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY roster_imports_scope ON roster_imports TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
