CREATE TABLE "case_alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid,
	"clock_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"level" text NOT NULL,
	"due_on" date NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_av_exemptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"activity" text NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_clocks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"trigger" text NOT NULL,
	"started_on" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_on" date,
	"due_at" timestamp with time zone,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"stopped_on" date,
	"provisional" boolean DEFAULT false NOT NULL,
	"alert_level" text DEFAULT 'OK' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"occurred_on" date NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_officers" (
	"case_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_officers_case_id_officer_id_role_pk" PRIMARY KEY("case_id","officer_id","role")
);
--> statement-breakpoint
CREATE TABLE "case_parties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"agent_for" uuid,
	"name" text NOT NULL,
	"gender" text,
	"birth_date" date,
	"id_type" text,
	"id_number_enc" text,
	"id_number_index" text,
	"id_number_masked" text,
	"credit_code" text,
	"legal_representative" text,
	"address" text DEFAULT '' NOT NULL,
	"phone_enc" text,
	"phone_masked" text,
	"service_address" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_record_links" (
	"case_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"activity" text NOT NULL,
	"linked_by" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_record_links_case_id_record_id_activity_pk" PRIMARY KEY("case_id","record_id","activity")
);
--> statement-breakpoint
CREATE TABLE "case_review_flags" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"reasons" jsonb NOT NULL,
	"flagged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid,
	"procedure" text NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"case_number" text NOT NULL,
	"cause" text NOT NULL,
	"source" text NOT NULL,
	"source_detail" text DEFAULT '' NOT NULL,
	"clue_received_on" date NOT NULL,
	"matter_code" text,
	"category" text NOT NULL,
	"region" text NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"party_summary" text DEFAULT '' NOT NULL,
	"next_due_on" date,
	"next_due_rule" text,
	"closed_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "number_sequences" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "number_sequences_agency_id_year_kind_pk" PRIMARY KEY("agency_id","year","kind")
);
--> statement-breakpoint
CREATE TABLE "document_signatures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text NOT NULL,
	"person_name" text NOT NULL,
	"method" text NOT NULL,
	"refused" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"number" text NOT NULL,
	"template_version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"event_id" uuid,
	"issued_by" uuid NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"docx_sha256" text,
	"html_sha256" text,
	"docx_size" bigint,
	"digest_sm3" text,
	"seal_key_id" text,
	"seal_signature" text,
	"sealed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "case_alerts" ADD CONSTRAINT "case_alerts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_av_exemptions" ADD CONSTRAINT "case_av_exemptions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_clocks" ADD CONSTRAINT "case_clocks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_parties" ADD CONSTRAINT "case_parties_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_record_links" ADD CONSTRAINT "case_record_links_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_review_flags" ADD CONSTRAINT "case_review_flags_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_signatures" ADD CONSTRAINT "document_signatures_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_alerts_clock_id_level_index" ON "case_alerts" USING btree ("clock_id","level");--> statement-breakpoint
CREATE INDEX "case_alerts_agency_id_raised_at_index" ON "case_alerts" USING btree ("agency_id","raised_at");--> statement-breakpoint
CREATE INDEX "case_av_exemptions_case_id_index" ON "case_av_exemptions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_clocks_case_id_index" ON "case_clocks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_clocks_running_due" ON "case_clocks" USING btree ("due_on") WHERE status = 'RUNNING';--> statement-breakpoint
CREATE UNIQUE INDEX "case_events_case_id_seq_index" ON "case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "case_officers_officer_id_index" ON "case_officers" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "case_parties_case_id_index" ON "case_parties" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_parties_agency_id_id_number_index_index" ON "case_parties" USING btree ("agency_id","id_number_index");--> statement-breakpoint
CREATE INDEX "case_parties_agency_id_credit_code_index" ON "case_parties" USING btree ("agency_id","credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_agency_id_case_number_index" ON "cases" USING btree ("agency_id","case_number");--> statement-breakpoint
CREATE INDEX "cases_agency_id_updated_at_index" ON "cases" USING btree ("agency_id","updated_at");--> statement-breakpoint
CREATE INDEX "cases_agency_id_next_due_on_index" ON "cases" USING btree ("agency_id","next_due_on");--> statement-breakpoint
CREATE INDEX "cases_unit_id_next_due_on_index" ON "cases" USING btree ("unit_id","next_due_on");--> statement-breakpoint
CREATE INDEX "document_signatures_document_id_index" ON "document_signatures" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_agency_id_number_index" ON "documents" USING btree ("agency_id","number");--> statement-breakpoint
CREATE INDEX "documents_case_id_issued_at_index" ON "documents" USING btree ("case_id","issued_at");