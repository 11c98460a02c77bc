-- Cases and documents: agency-scoped rows, append-only timeline and signatures (same rules as 0001/0003).
-- New tables carry the app role's grants through 0001's default privileges; never GRANT ON ALL TABLES here.
REVOKE UPDATE, DELETE, TRUNCATE ON case_events, document_signatures FROM zhifa_app;
--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON cases, case_parties, case_clocks, case_alerts, case_av_exemptions, number_sequences, documents FROM zhifa_app;
--> statement-breakpoint
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
CREATE TRIGGER document_signatures_append_only BEFORE UPDATE OR DELETE ON document_signatures
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
-- An issued document's content, number and identity never change; only the rendering columns are filled once.
CREATE OR REPLACE FUNCTION zhifa_document_issued_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.agency_id IS DISTINCT FROM OLD.agency_id OR NEW.case_id IS DISTINCT FROM OLD.case_id
     OR NEW.code IS DISTINCT FROM OLD.code OR NEW.number IS DISTINCT FROM OLD.number OR NEW.content IS DISTINCT FROM OLD.content
     OR NEW.template_version IS DISTINCT FROM OLD.template_version OR NEW.issued_at IS DISTINCT FROM OLD.issued_at
     OR NEW.issued_by IS DISTINCT FROM OLD.issued_by OR NEW.event_id IS DISTINCT FROM OLD.event_id
     OR (OLD.docx_sha256 IS NOT NULL AND NEW.docx_sha256 IS DISTINCT FROM OLD.docx_sha256)
     OR (OLD.html_sha256 IS NOT NULL AND NEW.html_sha256 IS DISTINCT FROM OLD.html_sha256)
     OR (OLD.seal_signature IS NOT NULL AND NEW.seal_signature IS DISTINCT FROM OLD.seal_signature) THEN
    RAISE EXCEPTION 'issued document % is immutable', OLD.number USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER documents_issued_immutable BEFORE UPDATE ON documents
  FOR EACH ROW EXECUTE FUNCTION zhifa_document_issued_immutable();
--> statement-breakpoint
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_parties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_officers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_clocks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_alerts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_record_links ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_av_exemptions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE number_sequences ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_review_flags ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE document_signatures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cases_scope ON cases TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY case_parties_scope ON case_parties TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY case_officers_scope ON case_officers TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY case_events_scope ON case_events TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY case_clocks_scope ON case_clocks TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY case_alerts_scope ON case_alerts TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY case_record_links_scope ON case_record_links TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY case_av_exemptions_scope ON case_av_exemptions TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY number_sequences_scope ON number_sequences TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY case_review_flags_scope ON case_review_flags TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY documents_scope ON documents TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY document_signatures_scope ON document_signatures TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
