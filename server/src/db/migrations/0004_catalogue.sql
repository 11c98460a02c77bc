CREATE TABLE "catalogue_comments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"list_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"action" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"list_type" text NOT NULL,
	"created_by" uuid NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"checked_rows" integer DEFAULT 0 NOT NULL,
	"entries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "catalogue_lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"list_type" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"effective_from" date NOT NULL,
	"entries" jsonb NOT NULL,
	"entry_count" integer NOT NULL,
	"content_hash" text,
	"change_reason" text NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_by_name" text,
	"reviewed_at" timestamp with time zone,
	"published_by" uuid,
	"published_by_name" text,
	"published_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "catalogue_lists_version" UNIQUE("agency_id","list_type","version")
);
--> statement-breakpoint
CREATE TABLE "catalogue_search" (
	"list_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"list_type" text NOT NULL,
	"entry_code" text NOT NULL,
	"title" text NOT NULL,
	"tokens" text NOT NULL,
	CONSTRAINT "catalogue_search_entry" UNIQUE("list_id","entry_code")
);
--> statement-breakpoint
CREATE TABLE "law_provisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"law_version_id" uuid NOT NULL,
	"article" integer NOT NULL,
	"paragraph" integer,
	"item" integer,
	"text" text NOT NULL,
	CONSTRAINT "law_provisions_position" UNIQUE NULLS NOT DISTINCT("law_version_id","article","paragraph","item")
);
--> statement-breakpoint
CREATE TABLE "law_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"law_id" uuid NOT NULL,
	"label" text NOT NULL,
	"issuing_document" text NOT NULL,
	"promulgated_on" date NOT NULL,
	"effective_from" date NOT NULL,
	"effective_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "law_versions_law_from" UNIQUE("law_id","effective_from")
);
--> statement-breakpoint
CREATE TABLE "laws" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"level" text NOT NULL,
	"issuer" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "laws_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "catalogue_comments" ADD CONSTRAINT "catalogue_comments_list_id_catalogue_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."catalogue_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_provisions" ADD CONSTRAINT "law_provisions_law_version_id_law_versions_id_fk" FOREIGN KEY ("law_version_id") REFERENCES "public"."law_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_versions" ADD CONSTRAINT "law_versions_law_id_laws_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."laws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_comments_list_id_index" ON "catalogue_comments" USING btree ("list_id");--> statement-breakpoint
CREATE INDEX "catalogue_lists_list_type_status_index" ON "catalogue_lists" USING btree ("list_type","status");--> statement-breakpoint
CREATE INDEX "catalogue_search_agency_id_list_type_index" ON "catalogue_search" USING btree ("agency_id","list_type");