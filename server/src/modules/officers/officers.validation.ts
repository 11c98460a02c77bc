import type { CertificateInput } from '@zhifa/contracts';
import {
  ENFORCEMENT_CATEGORIES,
  type IsoDate,
  validateMobileNumber,
  validateRegionCode,
  validateResidentIdNumber,
} from '@zhifa/domain';

export interface FieldProblem {
  path: string;
  message: string;
}

const CATEGORY_CODES = new Set(ENFORCEMENT_CATEGORIES.map((c) => c.code));
const CATEGORY_BY_LABEL = new Map(ENFORCEMENT_CATEGORIES.map((c) => [c.label, c.code]));

/** Accepts a category code or its Chinese label (as people type it in Excel). */
export function categoryCode(input: string): string | null {
  const s = input.trim();
  if (CATEGORY_CODES.has(s)) return s;
  return CATEGORY_BY_LABEL.get(s) ?? null;
}

export function checkIdNumber(
  idNumber: string,
  today: IsoDate,
  path = 'idNumber',
): { normalized?: string; birthDate?: string; problem?: FieldProblem } {
  const r = validateResidentIdNumber(idNumber, { asOf: today });
  if (!r.ok) return { problem: { path, message: r.message } };
  return { normalized: r.normalized, birthDate: r.birthDate };
}

export function checkPhone(phone: string, path = 'phone'): { normalized?: string; problem?: FieldProblem } {
  if (!phone) return {};
  const r = validateMobileNumber(phone);
  if (!r.ok) return { problem: { path, message: '手机号码格式错误（应为 11 位中国大陆手机号）' } };
  return { normalized: r.normalized };
}

/** Business checks of a certificate beyond its schema: categories and regions exist. */
export function checkCertificate(
  c: CertificateInput,
  knownRegions: Set<string>,
  prefix = 'certificate',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const cat of c.categories) {
    if (!CATEGORY_CODES.has(cat)) problems.push({ path: `${prefix}.categories`, message: `执法类别"${cat}"不存在` });
  }
  for (const region of c.regions) {
    if (!validateRegionCode(region).ok || !knownRegions.has(region)) {
      problems.push({ path: `${prefix}.regions`, message: `执法区域"${region}"不是本系统登记的行政区划` });
    }
  }
  return problems;
}
