// Parties of generated cases (当事人): natural persons with valid resident ID numbers and organisations with valid
// unified social credit codes, identifiers encrypted with a blind index as CasesService.insertParty stores them.
import {
  addDays,
  computeUsccCheckCharacter,
  type IsoDate,
  makeResidentIdNumber,
  maskIdNumber,
  maskName,
  maskPhone,
  USCC_ALPHABET,
} from '@zhifa/domain';
import type { GenContext } from './generate-case';
import type { Batch } from './generate-copy';
import { COMPANY_FORMS, COMPANY_TRADES, COMPANY_WORDS, GIVEN_F, GIVEN_M, STREETS, SURNAMES } from './generate-data';
import type { GenAgency } from './generate-org';
import { uuidV7At } from './generate-util';

export interface GenParty {
  id: string;
  kind: string;
  name: string;
  address: string;
  eServiceConsent: boolean;
  /** As in cases.party_summary: natural persons masked. */
  summary: string;
}

/** 1 party (85 %) or 2, natural persons 55 %, sometimes with an agent (委托代理人). */
export function makeParties(
  g: GenContext,
  batch: Batch,
  agency: GenAgency,
  caseId: string,
  clueOn: IsoDate,
  at: Date,
): GenParty[] {
  const { rng, cipher } = g;
  const n = rng.chance(0.15) ? 2 : 1;
  const out: GenParty[] = [];
  const person = (agentFor: string | null) => {
    const gender = rng.chance(0.6) ? 'M' : 'F';
    const name = rng.pick([...SURNAMES]) + rng.pick(gender === 'M' ? GIVEN_M : GIVEN_F);
    const birth = addDays(clueOn, -rng.int(18 * 365 + 5, 75 * 365));
    const seq = rng.int(0, 499) * 2 + (gender === 'M' ? 1 : 0);
    const idNumber = makeResidentIdNumber(agency.regionCode, birth, seq);
    const phone = `1${rng.pick(['3', '5', '8'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
    const address = `${agency.countyName}${rng.pick(STREETS)}${rng.int(1, 300)}号`;
    const consent = rng.chance(0.3);
    const id = uuidV7At(at.getTime(), rng);
    const service = rng.chance(0.5) ? { address, mobile: phone, eServiceConsent: consent, signedOn: clueOn } : null;
    batch.add('case_parties', [
      id,
      caseId,
      agency.id,
      'NATURAL_PERSON',
      agentFor,
      name,
      gender,
      birth,
      'RESIDENT_ID',
      cipher.encrypt(idNumber),
      cipher.blindIndex(idNumber),
      maskIdNumber(idNumber),
      null,
      null,
      address,
      cipher.encrypt(phone),
      maskPhone(phone),
      service ? { json: service } : null,
      at,
      agentFor ? '代为陈述、申辩，代为签收法律文书' : null,
    ]);
    return {
      id,
      kind: 'NATURAL_PERSON',
      name,
      address,
      eServiceConsent: service?.eServiceConsent === true,
      summary: maskName(name),
    };
  };
  for (let i = 0; i < n; i++) {
    if (rng.chance(0.55)) {
      out.push(person(null));
      continue;
    }
    const [form, kind] = rng.pick(COMPANY_FORMS);
    const name = `${agency.countyName.slice(0, 2)}${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_TRADES)}${form}`;
    let body = `${kind === 'INDIVIDUAL_BUSINESS' ? '92' : '91'}${agency.regionCode}`;
    for (let k = 0; k < 9; k++) body += USCC_ALPHABET[rng.int(0, USCC_ALPHABET.length - 1)];
    const creditCode = body + computeUsccCheckCharacter(body);
    const rep = rng.pick([...SURNAMES]) + rng.pick(rng.chance(0.6) ? GIVEN_M : GIVEN_F);
    const address = `${agency.countyName}${rng.pick(STREETS)}${rng.int(1, 300)}号`;
    const phone = `0${rng.int(700, 799)}-${rng.int(2_000_000, 8_999_999)}`;
    const consent = rng.chance(0.5);
    const id = uuidV7At(at.getTime(), rng);
    batch.add('case_parties', [
      id,
      caseId,
      agency.id,
      kind,
      null,
      name,
      null,
      null,
      null,
      null,
      null,
      null,
      creditCode,
      rep,
      address,
      cipher.encrypt(phone),
      maskPhone(phone),
      { json: { address, eServiceConsent: consent, signedOn: clueOn } },
      at,
      null,
    ]);
    out.push({ id, kind, name, address, eServiceConsent: consent, summary: name });
  }
  if (rng.chance(0.05)) person(out[0].id);
  return out;
}
