-- Full-process records: append-only history, agency-scoped rows (same rules as 0001_security).
-- The new tables already carry the app role's grants through 0001's default privileges; never
-- GRANT ON ALL TABLES again here, it would give back UPDATE/DELETE on the append-only tables.
-- Versions, tombstones and the Merkle log are never changed by the application.
REVOKE UPDATE, DELETE, TRUNCATE ON record_versions, record_tombstones, ledger_leaves, ledger_nodes, ledger_checkpoints FROM zhifa_app;
--> statement-breakpoint
-- A stored object's row outlives its bytes (disposal sets disposed_at); record files stay listed.
REVOKE DELETE, TRUNCATE ON blobs, record_files, records FROM zhifa_app;
--> statement-breakpoint
CREATE TRIGGER record_versions_append_only BEFORE UPDATE OR DELETE ON record_versions
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
CREATE TRIGGER record_tombstones_append_only BEFORE UPDATE OR DELETE ON record_tombstones
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_leaves_append_only BEFORE UPDATE OR DELETE ON ledger_leaves
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_nodes_append_only BEFORE UPDATE OR DELETE ON ledger_nodes
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_checkpoints_append_only BEFORE UPDATE OR DELETE ON ledger_checkpoints
  FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();
--> statement-breakpoint
ALTER TABLE records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE record_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE record_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE disposal_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE record_tombstones ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE devices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE device_loans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE uploads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY records_scope ON records TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY record_versions_scope ON record_versions TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY record_files_scope ON record_files TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY disposal_requests_scope ON disposal_requests TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY record_tombstones_scope ON record_tombstones TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY devices_scope ON devices TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY device_loans_scope ON device_loans TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
--> statement-breakpoint
CREATE POLICY uploads_scope ON uploads TO zhifa_app
  USING (zhifa_agency_visible(agency_id)) WITH CHECK (zhifa_agency_visible(agency_id));
