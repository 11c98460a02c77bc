import { LIST_TYPES, type ListType } from '@zhifa/contracts';
import { LIST_TYPE_LABELS } from '../catalogue/catalogue.labels';

/**
 * Texts of the public catalogue pages (事前公示, PUB-BEFORE). The names of list types and codes come from the
 * catalogue module (as its files show them) and the domain; this adds what only the portal says.
 */
export { LIST_TYPE_LABELS };

/** One sentence under each list's name, so that a citizen knows what the list is for. */
export const LIST_TYPE_HINTS: Record<ListType, string> = {
  ITEMS: '本机关依法实施的行政执法事项、依据、承办机构和办理时限（权责清单）。',
  RANDOM_INSPECTION: '“双随机、一公开”抽查的事项、依据、对象、内容、方式、比例和频次。',
  SERVICE_GUIDES: '办理事项的条件、材料、流程、时限、收费和咨询方式。',
  CHANNELS: '对行政执法进行监督、投诉举报以及申请行政复议、提起行政诉讼的渠道。',
  REVIEW_CATALOGUE: '作出决定前必须经过法制审核的重大行政执法决定的范围和标准。',
  BENCHMARKS: '对法定处罚幅度细化量化后的裁量阶次、适用条件和具体标准。',
  NO_PENALTY: '依法不予行政处罚的违法行为及适用条件（含首违不罚）。',
  REDUCED_PENALTY: '依法减轻行政处罚的违法行为及适用条件。',
  LIGHTER_PENALTY: '依法从轻行政处罚的违法行为及适用条件。',
  NO_COERCIVE_MEASURE: '依法可以不采取行政强制措施的情形及适用条件。',
  JURISDICTION_PROFILE: '听证标准、陈述申辩期限、公示期限等执法参数及其来源。',
};

/** The index page groups the lists as the publicity rules name them. */
export const LIST_GROUPS: { title: string; types: ListType[] }[] = [
  { title: '职责和依据', types: ['ITEMS', 'RANDOM_INSPECTION', 'SERVICE_GUIDES'] },
  {
    title: '行政裁量权基准和“四张清单”',
    types: ['BENCHMARKS', 'NO_PENALTY', 'REDUCED_PENALTY', 'LIGHTER_PENALTY', 'NO_COERCIVE_MEASURE'],
  },
  { title: '法制审核、监督和救济', types: ['REVIEW_CATALOGUE', 'CHANNELS', 'JURISDICTION_PROFILE'] },
];

export function isListType(s: string): s is ListType {
  return (LIST_TYPES as readonly string[]).includes(s);
}

/** The label of a code, or the code itself when unknown. */
export function label(map: Record<string, string>, key: string): string {
  return map[key] ?? key;
}
