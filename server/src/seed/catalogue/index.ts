import type { ListType } from '@zhifa/contracts';
import { CGJ_BENCHMARKS } from './cgj.benchmarks';
import { CGJ_ITEMS } from './cgj.items';
import * as cgj from './cgj.lists';
import { JTDD_BENCHMARKS, JTJ_BENCHMARKS } from './jtj.benchmarks';
import { JTDD_ITEMS, JTJ_ITEMS } from './jtj.items';
import * as jtj from './jtj.lists';
import { DEMO_LAWS } from './laws';
import { SCJ_BENCHMARKS } from './scj.benchmarks';
import { SCJ_ITEMS } from './scj.items';
import * as scj from './scj.lists';
import * as sfj from './sfj';
import { STJ_BENCHMARKS } from './stj.benchmarks';
import { STJ_ITEMS } from './stj.items';
import * as stj from './stj.lists';
import type { DemoCatalogue } from './types';
import * as wjj from './wjj';
import * as wjjL from './wjj.lists';
import * as wlj from './wlj';
import * as wljL from './wlj.lists';
import * as yjj from './yjj';
import * as yjjL from './yjj.lists';
import * as zrj from './zrj';
import * as zrjL from './zrj.lists';

/**
 * The demo catalogue of the fictitious 青溪县: the law library and, per demo agency, its published lists
 * (issue 4 "Demo data"). Every list takes effect on EFFECTIVE_FROM.
 */
export const EFFECTIVE_FROM = '2026-01-01';

type AgencyLists = Partial<Record<ListType, unknown[]>>;

const AGENCIES: Record<string, AgencyLists> = {
  县市场监管局: {
    ITEMS: SCJ_ITEMS,
    BENCHMARKS: SCJ_BENCHMARKS,
    NO_PENALTY: scj.SCJ_NO_PENALTY,
    REDUCED_PENALTY: scj.SCJ_REDUCED,
    LIGHTER_PENALTY: scj.SCJ_LIGHTER,
    NO_COERCIVE_MEASURE: scj.SCJ_NO_COERCION,
    RANDOM_INSPECTION: scj.SCJ_RANDOM,
    SERVICE_GUIDES: scj.SCJ_GUIDES,
    CHANNELS: scj.SCJ_CHANNELS,
    REVIEW_CATALOGUE: scj.SCJ_REVIEW,
    JURISDICTION_PROFILE: scj.SCJ_PROFILE,
  },
  县城管执法局: {
    ITEMS: CGJ_ITEMS,
    BENCHMARKS: CGJ_BENCHMARKS,
    NO_PENALTY: cgj.CGJ_NO_PENALTY,
    REDUCED_PENALTY: cgj.CGJ_REDUCED,
    LIGHTER_PENALTY: cgj.CGJ_LIGHTER,
    NO_COERCIVE_MEASURE: cgj.CGJ_NO_COERCION,
    RANDOM_INSPECTION: cgj.CGJ_RANDOM,
    SERVICE_GUIDES: cgj.CGJ_GUIDES,
    CHANNELS: cgj.CGJ_CHANNELS,
    REVIEW_CATALOGUE: cgj.CGJ_REVIEW,
    JURISDICTION_PROFILE: cgj.CGJ_PROFILE,
  },
  生态环境分局: {
    ITEMS: STJ_ITEMS,
    BENCHMARKS: STJ_BENCHMARKS,
    NO_PENALTY: stj.STJ_NO_PENALTY,
    REDUCED_PENALTY: stj.STJ_REDUCED,
    LIGHTER_PENALTY: stj.STJ_LIGHTER,
    NO_COERCIVE_MEASURE: stj.STJ_NO_COERCION,
    RANDOM_INSPECTION: stj.STJ_RANDOM,
    CHANNELS: stj.STJ_CHANNELS,
    REVIEW_CATALOGUE: stj.STJ_REVIEW,
  },
  县文旅广体局: {
    ITEMS: wlj.WLJ_ITEMS,
    BENCHMARKS: wlj.WLJ_BENCHMARKS,
    NO_PENALTY: wljL.WLJ_NO_PENALTY,
    REDUCED_PENALTY: wljL.WLJ_REDUCED,
    LIGHTER_PENALTY: wljL.WLJ_LIGHTER,
    NO_COERCIVE_MEASURE: wljL.WLJ_NO_COERCION,
    RANDOM_INSPECTION: wljL.WLJ_RANDOM,
    SERVICE_GUIDES: wljL.WLJ_GUIDES,
    CHANNELS: wljL.WLJ_CHANNELS,
    REVIEW_CATALOGUE: wljL.WLJ_REVIEW,
  },
  县交通运输局: {
    ITEMS: JTJ_ITEMS,
    BENCHMARKS: JTJ_BENCHMARKS,
    NO_PENALTY: jtj.JTJ_NO_PENALTY,
    REDUCED_PENALTY: jtj.JTJ_REDUCED,
    LIGHTER_PENALTY: jtj.JTJ_LIGHTER,
    NO_COERCIVE_MEASURE: jtj.JTJ_NO_COERCION,
    RANDOM_INSPECTION: jtj.JTJ_RANDOM,
    SERVICE_GUIDES: jtj.JTJ_GUIDES,
    CHANNELS: jtj.JTJ_CHANNELS,
    REVIEW_CATALOGUE: jtj.JTJ_REVIEW,
  },
  交通执法大队: {
    ITEMS: JTDD_ITEMS,
    BENCHMARKS: JTDD_BENCHMARKS,
    NO_PENALTY: jtj.JTDD_NO_PENALTY,
    REDUCED_PENALTY: jtj.JTDD_REDUCED,
    LIGHTER_PENALTY: jtj.JTDD_LIGHTER,
    CHANNELS: jtj.JTDD_CHANNELS,
    REVIEW_CATALOGUE: jtj.JTDD_REVIEW,
  },
  县自然资源局: {
    ITEMS: zrj.ZRJ_ITEMS,
    BENCHMARKS: zrj.ZRJ_BENCHMARKS,
    NO_PENALTY: zrjL.ZRJ_NO_PENALTY,
    REDUCED_PENALTY: zrjL.ZRJ_REDUCED,
    LIGHTER_PENALTY: zrjL.ZRJ_LIGHTER,
    NO_COERCIVE_MEASURE: zrjL.ZRJ_NO_COERCION,
    RANDOM_INSPECTION: zrjL.ZRJ_RANDOM,
    SERVICE_GUIDES: zrjL.ZRJ_GUIDES,
    CHANNELS: zrjL.ZRJ_CHANNELS,
    REVIEW_CATALOGUE: zrjL.ZRJ_REVIEW,
  },
  县应急管理局: {
    ITEMS: yjj.YJJ_ITEMS,
    BENCHMARKS: yjj.YJJ_BENCHMARKS,
    NO_PENALTY: yjjL.YJJ_NO_PENALTY,
    REDUCED_PENALTY: yjjL.YJJ_REDUCED,
    LIGHTER_PENALTY: yjjL.YJJ_LIGHTER,
    NO_COERCIVE_MEASURE: yjjL.YJJ_NO_COERCION,
    RANDOM_INSPECTION: yjjL.YJJ_RANDOM,
    CHANNELS: yjjL.YJJ_CHANNELS,
    REVIEW_CATALOGUE: yjjL.YJJ_REVIEW,
  },
  县卫生健康局: {
    ITEMS: wjj.WJJ_ITEMS,
    BENCHMARKS: wjj.WJJ_BENCHMARKS,
    NO_PENALTY: wjjL.WJJ_NO_PENALTY,
    REDUCED_PENALTY: wjjL.WJJ_REDUCED,
    LIGHTER_PENALTY: wjjL.WJJ_LIGHTER,
    NO_COERCIVE_MEASURE: wjjL.WJJ_NO_COERCION,
    RANDOM_INSPECTION: wjjL.WJJ_RANDOM,
    SERVICE_GUIDES: wjjL.WJJ_GUIDES,
    CHANNELS: wjjL.WJJ_CHANNELS,
    REVIEW_CATALOGUE: wjjL.WJJ_REVIEW,
  },
  县司法局: {
    ITEMS: sfj.SFJ_ITEMS,
    BENCHMARKS: sfj.SFJ_BENCHMARKS,
    NO_PENALTY: sfj.SFJ_NO_PENALTY,
    REDUCED_PENALTY: sfj.SFJ_REDUCED,
    LIGHTER_PENALTY: sfj.SFJ_LIGHTER,
    NO_COERCIVE_MEASURE: sfj.SFJ_NO_COERCION,
    RANDOM_INSPECTION: sfj.SFJ_RANDOM,
    CHANNELS: sfj.SFJ_CHANNELS,
    REVIEW_CATALOGUE: sfj.SFJ_REVIEW,
  },
};

/** Benchmarks first, so that items linking benchmark codes find them when lists are loaded in order. */
const LIST_ORDER: ListType[] = [
  'BENCHMARKS',
  'ITEMS',
  'NO_PENALTY',
  'REDUCED_PENALTY',
  'LIGHTER_PENALTY',
  'NO_COERCIVE_MEASURE',
  'RANDOM_INSPECTION',
  'SERVICE_GUIDES',
  'CHANNELS',
  'REVIEW_CATALOGUE',
  'JURISDICTION_PROFILE',
];

export const DEMO_CATALOGUE: DemoCatalogue = {
  laws: DEMO_LAWS,
  lists: Object.entries(AGENCIES).flatMap(([agencyShortName, lists]) =>
    LIST_ORDER.filter((t) => lists[t] && lists[t].length > 0).map((listType) => ({
      agencyShortName,
      listType,
      effectiveFrom: EFFECTIVE_FROM,
      entries: lists[listType] as unknown[],
    })),
  ),
};

export type { DemoCatalogue } from './types';
