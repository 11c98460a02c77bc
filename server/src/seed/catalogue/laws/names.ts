/**
 * Full names of the laws in the demo library. Entries cite laws by these constants so that every
 * `legalRef.lawName` matches a law of the library exactly.
 */
export const L = {
  APL: '中华人民共和国行政处罚法',
  ACL: '中华人民共和国行政强制法',
  ALL: '中华人民共和国行政许可法',
  TRANSFER: '行政执法机关移送涉嫌犯罪案件的规定',
  FOOD: '中华人民共和国食品安全法',
  PRODUCT: '中华人民共和国产品质量法',
  AD: '中华人民共和国广告法',
  PRICE: '中华人民共和国价格法',
  CITY_APPEARANCE: '城市市容和环境卫生管理条例',
  PLANNING: '中华人民共和国城乡规划法',
  AIR: '中华人民共和国大气污染防治法',
  WATER: '中华人民共和国水污染防治法',
  ENV: '中华人民共和国环境保护法',
  TOURISM: '中华人民共和国旅游法',
  ENTERTAINMENT: '娱乐场所管理条例',
  ROAD_TRANSPORT: '中华人民共和国道路运输条例',
  HIGHWAY: '中华人民共和国公路法',
  LAND: '中华人民共和国土地管理法',
  LAND_REG: '中华人民共和国土地管理法实施条例',
  MINERAL: '中华人民共和国矿产资源法',
  WORK_SAFETY: '中华人民共和国安全生产法',
  FIRE: '中华人民共和国消防法',
  MEDICAL_INST: '医疗机构管理条例',
  PUBLIC_PLACE: '公共场所卫生管理条例',
  HEALTH_CARE: '中华人民共和国基本医疗卫生与健康促进法',
  LAWYERS: '中华人民共和国律师法',
  LEGAL_AID: '中华人民共和国法律援助法',
  MEDIATION: '中华人民共和国人民调解法',
  NOTARY: '中华人民共和国公证法',
  COMMUNITY_CORRECTION: '中华人民共和国社区矫正法',
} as const;

export type LawName = (typeof L)[keyof typeof L];
