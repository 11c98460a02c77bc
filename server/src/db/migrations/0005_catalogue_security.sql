-- Catalogue: published versions are immutable, history is append-only, agency rows are scoped.
-- (New tables already carry the app role's grants through 0001's default privileges.)
REVOKE UPDATE, DELETE, TRUNCATE ON law_versions, law_provisions, catalogue_comments FROM zhifa_app;
--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON catalogue_lists, laws FROM zhifa_app;
--> statement-breakpoint
CREATE TRIGGER law_versions_append_only BEFORE UPDATE OR DELETE ON law_versions
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
CREATE TRIGGER law_provisions_append_only BEFORE UPDATE OR DELETE ON law_provisions
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
CREATE TRIGGER catalogue_comments_append_only BEFORE UPDATE OR DELETE ON catalogue_comments
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
-- A published (or superseded) version keeps its content for ever; the only change allowed is
-- PUBLISHED → SUPERSEDED with its time. Even the owner cannot edit it without disabling triggers.
CREATE OR REPLACE FUNCTION zhifa_catalogue_published_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('PUBLISHED', 'SUPERSEDED') THEN
      RAISE EXCEPTION 'published catalogue version % v% cannot be deleted', OLD.list_type, OLD.version USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status IN ('PUBLISHED', 'SUPERSEDED') THEN
    IF NEW.entries IS DISTINCT FROM OLD.entries OR NEW.effective_from IS DISTINCT FROM OLD.effective_from
       OR NEW.content_hash IS DISTINCT FROM OLD.content_hash OR NEW.version IS DISTINCT FROM OLD.version
       OR NEW.agency_id IS DISTINCT FROM OLD.agency_id OR NEW.list_type IS DISTINCT FROM OLD.list_type
       OR NEW.published_at IS DISTINCT FROM OLD.published_at OR NEW.change_reason IS DISTINCT FROM OLD.change_reason
       OR NOT (NEW.status = OLD.status OR (OLD.status = 'PUBLISHED' AND NEW.status = 'SUPERSEDED')) THEN
      RAISE EXCEPTION 'published catalogue version % v% is immutable', OLD.list_type, OLD.version USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER catalogue_lists_published_immutable BEFORE UPDATE OR DELETE ON catalogue_lists
  FOR EACH ROW EXECUTE FUNCTION zhifa_catalogue_published_immutable();
--> statement-breakpoint
CREATE INDEX catalogue_search_tokens ON catalogue_search USING gin (to_tsvector('simple', tokens));
--> statement-breakpoint
ALTER TABLE catalogue_lists ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE catalogue_comments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE catalogue_imports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Published and superseded versions are public (事前公示); drafts are visible only within scope.
CREATE POLICY catalogue_lists_scope ON catalogue_lists TO zhifa_app
  USING (zhifa_agency_visible(agency_id) OR status IN ('PUBLISHED', 'SUPERSEDED'))
  WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY catalogue_comments_scope ON catalogue_comments TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY catalogue_imports_scope ON catalogue_imports TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
