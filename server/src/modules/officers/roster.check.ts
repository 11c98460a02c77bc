import type { RosterRowError } from '@zhifa/contracts';
import { isValidIsoDate, validateRegionCode } from '@zhifa/domain';
import { newId } from '../../platform/ids';
import type { agencies, units } from '../org/org.tables';
import type { OfficersService } from './officers.service';
import { categoryCode, checkIdNumber, checkPhone } from './officers.validation';
import type { RawRosterRow } from './roster.excel';

export type AgencyRow = typeof agencies.$inferSelect;

/** A checked row, ready to insert: personal identifiers already encrypted. */
export interface PreparedRow {
  row: number;
  officer: ReturnType<OfficersService['officerRow']>;
  certificate: {
    number: string;
    issuer: string;
    issuedOn: string;
    validFrom: string;
    validUntil: string;
    categories: string[];
    regions: string[];
  };
}

/** What a row is checked against; `seenId` and `seenCert` find duplicates within the file. */
export interface RowCheckContext {
  today: string;
  manageable: Set<string>;
  agencyByName: Map<string, AgencyRow>;
  defaultAgency: AgencyRow | undefined;
  units: (typeof units.$inferSelect)[];
  regionCodes: Set<string>;
  seenId: Map<string, number>;
  seenCert: Map<string, number>;
  officerRow: OfficersService['officerRow'];
}

export function splitList(s: string): string[] {
  return s
    .split(/[、,，;；\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * Checks one roster row and reports every problem of it (not only the first), in Chinese, with the
 * column name. A row without problems comes back prepared for insertion.
 */
export function checkRosterRow(
  r: RawRosterRow,
  ctx: RowCheckContext,
): { errors: RosterRowError[]; prepared: PreparedRow | null } {
  const rowErrors: RosterRowError[] = [];
  const err = (field: string, message: string) => rowErrors.push({ row: r.row, field, message });
  const agency = r.agency ? ctx.agencyByName.get(r.agency) : ctx.defaultAgency;
  if (!agency) err('执法主体', `执法主体"${r.agency}"不存在`);
  else if (!ctx.manageable.has(agency.id)) err('执法主体', `无权向"${agency.name}"导入人员`);
  if (!r.name) err('姓名', '请填写姓名');
  else if (r.name.length > 40) err('姓名', '姓名不能超过 40 个字');
  const id = checkIdNumber(r.idNumber, ctx.today, '身份证号码');
  if (!r.idNumber) err('身份证号码', '请填写身份证号码');
  else if (/e\+/i.test(r.idNumber)) err('身份证号码', '身份证号码被 Excel 转成了数字，请将该列设为文本格式后重新填写');
  else if (id.problem) err('身份证号码', id.problem.message);
  let gender: 'M' | 'F' | null = r.gender === '男' ? 'M' : r.gender === '女' ? 'F' : null;
  if (r.gender && !gender) err('性别', '性别应填写"男"或"女"');
  if (id.normalized) {
    const fromId = Number(id.normalized[16]) % 2 === 1 ? 'M' : 'F';
    if (gender && gender !== fromId) err('性别', '性别与身份证号码不一致');
    gender ??= fromId;
    const first = ctx.seenId.get(id.normalized);
    if (first) err('身份证号码', `与第 ${first} 行身份证号码重复`);
    else ctx.seenId.set(id.normalized, r.row);
  }
  const phone = checkPhone(r.phone, '手机号码');
  if (phone.problem) err('手机号码', phone.problem.message);
  let unitId: string | null = null;
  if (r.unit && agency) {
    const unit = ctx.units.find((u) => u.agencyId === agency.id && u.name === r.unit);
    if (!unit) err('内设机构', `"${agency.shortName}"没有名为"${r.unit}"的内设机构`);
    else unitId = unit.id;
  }
  const reviewer = r.legalReviewer === '是';
  if (r.legalReviewer && !['是', '否'].includes(r.legalReviewer)) err('法制审核人员', '应填写"是"或"否"');
  if (reviewer && !r.legalQualificationNo) err('法律职业资格证书编号', '法制审核人员应填写法律职业资格证书编号');
  if (!r.certificateNumber) err('证件编号', '请填写证件编号');
  else if (!/^[0-9A-Za-z-]{6,30}$/.test(r.certificateNumber)) err('证件编号', '证件编号应为 6–30 位字母、数字或短横线');
  else {
    const first = ctx.seenCert.get(r.certificateNumber);
    if (first) err('证件编号', `与第 ${first} 行证件编号重复`);
    else ctx.seenCert.set(r.certificateNumber, r.row);
  }
  if (!r.issuer) err('发证机关', '请填写发证机关');
  for (const [key, label] of [
    ['issuedOn', '发证日期'],
    ['validFrom', '有效期起'],
    ['validUntil', '有效期至'],
  ] as const) {
    if (!r[key]) err(label, `请填写${label}`);
    else if (!isValidIsoDate(r[key])) err(label, `${label}"${r[key]}"不是有效日期（格式 YYYY-MM-DD）`);
  }
  if (isValidIsoDate(r.validFrom) && isValidIsoDate(r.validUntil)) {
    if (r.validUntil < r.validFrom) err('有效期至', '有效期截止日期早于起始日期');
    else if (r.validUntil < ctx.today) err('有效期至', `证件已过期（有效期至 ${r.validUntil}）`);
  }
  if (isValidIsoDate(r.issuedOn) && r.issuedOn > ctx.today) err('发证日期', '发证日期不能晚于今天');
  const categories: string[] = [];
  for (const part of splitList(r.categories)) {
    const code = categoryCode(part);
    if (!code) err('执法类别', `执法类别"${part}"不存在`);
    else categories.push(code);
  }
  if (!r.categories) err('执法类别', '请填写执法类别');
  const regionList = r.regions ? splitList(r.regions) : agency ? [agency.regionCode] : [];
  for (const code of regionList) {
    if (!validateRegionCode(code).ok || !ctx.regionCodes.has(code))
      err('执法区域', `执法区域"${code}"不是本系统登记的行政区划代码`);
  }
  if (rowErrors.length || !agency || !id.normalized) return { errors: rowErrors, prepared: null };
  {
    const prep: PreparedRow = {
      row: r.row,
      officer: ctx.officerRow(
        newId(),
        {
          agencyId: agency.id,
          unitId,
          name: r.name,
          gender: gender!,
          post: r.post,
          isLegalReviewer: reviewer,
          legalQualificationNo: r.legalQualificationNo,
        },
        id.normalized,
        phone.normalized,
      ),
      certificate: {
        number: r.certificateNumber,
        issuer: r.issuer,
        issuedOn: r.issuedOn,
        validFrom: r.validFrom,
        validUntil: r.validUntil,
        categories,
        regions: regionList,
      },
    };
    return { errors: [], prepared: prep };
  }
}
