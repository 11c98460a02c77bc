import { z } from 'zod';
import { isoDate, nonBlank, optionalText, uuid } from './common';

export const agencyInput = z
  .object({
    name: nonBlank('执法主体名称', 100),
    shortName: nonBlank('简称', 30),
    creditCode: z.string().trim().max(18).optional().default(''),
    regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字'),
    kind: z.enum(['ADMIN_ORGAN', 'AUTHORISED_ORG', 'ENTRUSTED_ORG'], { error: '请选择主体类别' }),
    sector: nonBlank('执法领域', 40),
    isSupervisor: z.boolean().optional().default(false),
    parentId: uuid.nullable().optional().default(null),
    entrustingAgencyId: uuid.nullable().optional().default(null),
    entrustmentScope: optionalText('委托事项和权限', 2000),
    entrustmentFrom: isoDate.nullable().optional().default(null),
    entrustmentUntil: isoDate.nullable().optional().default(null),
    address: optionalText('地址'),
    postcode: z
      .string()
      .trim()
      .regex(/^(\d{6})?$/, '邮政编码应为 6 位数字')
      .optional()
      .default(''),
    phone: optionalText('联系电话', 40),
    website: optionalText('网站', 200),
    supervisionPhone: optionalText('监督电话', 40),
    complaintChannel: optionalText('投诉举报渠道', 500),
    legalReviewUnitId: uuid.nullable().optional().default(null),
  })
  .strict();
export type AgencyInput = z.infer<typeof agencyInput>;

export const unitInput = z
  .object({
    name: nonBlank('机构名称', 60),
    kind: z.enum(['ENFORCEMENT', 'LEGAL_REVIEW', 'OFFICE', 'OTHER'], { error: '请选择机构类别' }),
    phone: optionalText('电话', 40),
  })
  .strict();

export interface UnitView {
  id: string;
  name: string;
  kind: string;
  phone: string;
}

export interface AgencySummary {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  sector: string;
  regionCode: string;
  regionName: string;
  parentId: string | null;
  isSupervisor: boolean;
  officerCount: number;
  /** What the current user may do in this agency (absent on public pages). */
  abilities?: { manageOfficers: boolean; readOfficers: boolean };
}

export interface AgencyDetail extends Omit<AgencySummary, 'abilities'> {
  creditCode: string | null;
  entrustingAgencyId: string | null;
  entrustingAgencyName: string | null;
  entrustmentScope: string | null;
  entrustmentFrom: string | null;
  entrustmentUntil: string | null;
  legalReviewUnitId: string | null;
  address: string;
  postcode: string;
  phone: string;
  website: string;
  supervisionPhone: string;
  complaintChannel: string;
  units: UnitView[];
  stats: {
    officers: number;
    validCertificates: number;
    reviewers: number;
    reviewerRatio: { ratio: number; percentText: string; met: boolean; shortfall: number };
    trainingYear: number;
    trainingMet: number;
  };
  abilities: { update: boolean; createUnit: boolean; readOfficers: boolean };
}

export interface RegionView {
  code: string;
  name: string;
  parentCode: string | null;
  level: number;
}

export interface MetaInfo {
  mode: 'demo' | 'production';
  demoAccounts: { username: string; password: string; roleLabel: string; agencyName: string }[];
}
