import { CasesService } from './modules/cases/cases.service';
import { CatalogueService } from './modules/catalogue/catalogue.service';
import { LawsService } from './modules/catalogue/laws.service';
import { caseDocumentIssuer } from './modules/documents/documents.case-input';
import { DocumentsService } from './modules/documents/documents.service';
import { CertificatesService } from './modules/officers/certificates.service';
import { PublicOfficersService } from './modules/officers/officers.public';
import { OfficersService } from './modules/officers/officers.service';
import { RosterService } from './modules/officers/roster.service';
import { OrgService } from './modules/org/org.service';
import { DevicesService } from './modules/records/devices.service';
import { EvidencePackageService } from './modules/records/export/evidence-package.service';
import { IngestService } from './modules/records/ingest/ingest.service';
import { RecordsService } from './modules/records/records.service';
import { type BlobStore, createBlobStore } from './modules/records/storage/blob-store';
import { AuthService } from './platform/auth/auth.service';
import { UsersService } from './platform/auth/users.service';
import { CalendarService } from './platform/calendar/calendar.service';
import type { Config } from './platform/config';
import { deriveFieldKeys, FieldCipher } from './platform/crypto';
import type { Database } from './platform/db';
import { LedgerService } from './platform/ledger/ledger.service';

/** Every service of the application, built once per process from the configuration and database. */
export interface Services {
  config: Config;
  database: Database;
  cipher: FieldCipher;
  auth: AuthService;
  users: UsersService;
  calendar: CalendarService;
  org: OrgService;
  officers: OfficersService;
  certificates: CertificatesService;
  publicOfficers: PublicOfficersService;
  roster: RosterService;
  blobStore: BlobStore;
  ingest: IngestService;
  records: RecordsService;
  devices: DevicesService;
  ledger: LedgerService;
  evidencePackages: EvidencePackageService;
  laws: LawsService;
  catalogue: CatalogueService;
  documents: DocumentsService;
  cases: CasesService;
}

export function buildServices(config: Config, database: Database): Services {
  const cipher = new FieldCipher(deriveFieldKeys(config.secretKey));
  const officers = new OfficersService(database, cipher, config);
  const blobStore = createBlobStore(config);
  const ledger = new LedgerService(database, config);
  const calendar = new CalendarService(database);
  const cases = new CasesService(database, cipher, calendar, config);
  // Documents depend on cases (they print the case); the case action calls back through this issuer.
  cases.useDocumentIssuer(caseDocumentIssuer({ blobStore, config, cipher }));
  return {
    config,
    database,
    cipher,
    auth: new AuthService(database, config),
    users: new UsersService(database, config),
    calendar,
    org: new OrgService(database),
    officers,
    certificates: new CertificatesService(database, officers),
    publicOfficers: new PublicOfficersService(database),
    roster: new RosterService(database, officers),
    blobStore,
    ingest: new IngestService(database, config, blobStore),
    records: new RecordsService(database, config, blobStore),
    devices: new DevicesService(database),
    ledger,
    evidencePackages: new EvidencePackageService(database, blobStore, ledger),
    laws: new LawsService(database),
    catalogue: new CatalogueService(database),
    documents: new DocumentsService(database, { blobStore, config, cipher }),
    cases,
  };
}
