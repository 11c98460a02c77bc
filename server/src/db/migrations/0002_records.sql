CREATE TABLE "ledger_checkpoints" (
	"tree_size" bigint PRIMARY KEY NOT NULL,
	"root_hash" text NOT NULL,
	"kind" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_leaves" (
	"leaf_index" bigint PRIMARY KEY NOT NULL,
	"audit_event_id" bigint NOT NULL,
	"leaf_hash" "bytea" NOT NULL,
	"sequenced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_leaves_audit_event_id_unique" UNIQUE("audit_event_id")
);
--> statement-breakpoint
CREATE TABLE "ledger_nodes" (
	"level" integer NOT NULL,
	"node_index" bigint NOT NULL,
	"hash" "bytea" NOT NULL,
	CONSTRAINT "ledger_nodes_level_node_index_pk" PRIMARY KEY("level","node_index")
);
--> statement-breakpoint
CREATE TABLE "blobs" (
	"sha256" text PRIMARY KEY NOT NULL,
	"sm3" text NOT NULL,
	"size" bigint NOT NULL,
	"mime" text NOT NULL,
	"file_kind" text NOT NULL,
	"storage" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_fixity_at" timestamp with time zone,
	"fixity_status" text DEFAULT 'UNCHECKED' NOT NULL,
	"disposed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "device_loans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"device_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"checked_out_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_out_by" uuid NOT NULL,
	"returned_at" timestamp with time zone,
	"return_note" text
);
--> statement-breakpoint
CREATE TABLE "devices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"type" text NOT NULL,
	"serial_no" text NOT NULL,
	"model" text DEFAULT '' NOT NULL,
	"owner_unit_id" uuid,
	"custodian_officer_id" uuid,
	"status" text DEFAULT 'AVAILABLE' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "devices_serial_no_unique" UNIQUE("serial_no")
);
--> statement-breakpoint
CREATE TABLE "disposal_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"record_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "record_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"record_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"blob_sha256" text NOT NULL,
	"original_name" text NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_tombstones" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"files" jsonb NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"approved_by" uuid NOT NULL,
	"disposed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"record_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"metadata" jsonb NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_versions_record_version" UNIQUE("record_id","version")
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" text NOT NULL,
	"title" text NOT NULL,
	"current_version" integer NOT NULL,
	"retention_class" text NOT NULL,
	"retain_until" date,
	"legal_hold" boolean DEFAULT false NOT NULL,
	"legal_hold_reason" text,
	"is_public" boolean DEFAULT false NOT NULL,
	"restricted" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" text PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"file_kind" text NOT NULL,
	"original_name" text NOT NULL,
	"size" bigint NOT NULL,
	"declared_sha256" text,
	"declared_sm3" text,
	"status" text NOT NULL,
	"rejection" text,
	"blob_sha256" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "device_loans" ADD CONSTRAINT "device_loans_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposal_requests" ADD CONSTRAINT "disposal_requests_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_files" ADD CONSTRAINT "record_files_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_files" ADD CONSTRAINT "record_files_blob_sha256_blobs_sha256_fk" FOREIGN KEY ("blob_sha256") REFERENCES "public"."blobs"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_tombstones" ADD CONSTRAINT "record_tombstones_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "device_loans_device_id_checked_out_at_index" ON "device_loans" USING btree ("device_id","checked_out_at");--> statement-breakpoint
CREATE INDEX "devices_agency_id_index" ON "devices" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "disposal_requests_agency_id_status_index" ON "disposal_requests" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "record_files_record_id_index" ON "record_files" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "record_files_blob_sha256_index" ON "record_files" USING btree ("blob_sha256");--> statement-breakpoint
CREATE INDEX "records_agency_id_created_at_index" ON "records" USING btree ("agency_id","created_at");--> statement-breakpoint
CREATE INDEX "records_owner_type_owner_id_index" ON "records" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "uploads_agency_id_created_by_index" ON "uploads" USING btree ("agency_id","created_by");--> statement-breakpoint
CREATE INDEX "uploads_status_expires_at_index" ON "uploads" USING btree ("status","expires_at");