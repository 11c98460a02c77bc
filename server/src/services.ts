import { access, constants, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CertificatesService } from './modules/officers/certificates.service';
import { PublicOfficersService } from './modules/officers/officers.public';
import { OfficersService } from './modules/officers/officers.service';
import { RosterService } from './modules/officers/roster.service';
import { OrgService } from './modules/org/org.service';
import { AuthService } from './platform/auth/auth.service';
import { UsersService } from './platform/auth/users.service';
import { CalendarService } from './platform/calendar/calendar.service';
import type { Config } from './platform/config';
import { deriveFieldKeys, FieldCipher } from './platform/crypto';
import type { Database } from './platform/db';

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
  storageCheck(): Promise<{ ok: boolean; path: string; error?: string }>;
}

export function buildServices(config: Config, database: Database): Services {
  const cipher = new FieldCipher(deriveFieldKeys(config.secretKey));
  const officers = new OfficersService(database, cipher, config);
  const filesDir = path.join(config.dataDir, 'files');
  return {
    config,
    database,
    cipher,
    auth: new AuthService(database, config),
    users: new UsersService(database, config),
    calendar: new CalendarService(database),
    org: new OrgService(database),
    officers,
    certificates: new CertificatesService(database, officers),
    publicOfficers: new PublicOfficersService(database),
    roster: new RosterService(database, officers),
    async storageCheck() {
      try {
        await mkdir(filesDir, { recursive: true });
        await access(filesDir, constants.W_OK);
        return { ok: true, path: filesDir };
      } catch (err) {
        return { ok: false, path: filesDir, error: (err as Error).message };
      }
    },
  };
}
