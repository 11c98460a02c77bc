import { Tag, Tooltip } from 'antd';
import { label } from '../../app/labels';
import { URGENCY_COLORS, URGENCY_LABELS } from './caseLabels';

/** Short Chinese names of the clock rules (CLOCK_RULES ids), for badges where the server sends only the ID. */
export const CLOCK_RULE_NAMES: Record<string, string> = {
  'APL-60': '办案期限',
  'SAMR-90': '办案期限',
  'APL-56': '先行登记保存处理期限',
  'APL-61': '送达期限',
  'APL-64-1': '听证申请期限',
  'APL-64-2': '听证通知期限',
  'SAMR-5wd': '陈述申辩期限',
  'APL-66': '延期缴纳期限',
  'APL-67': '缴纳罚款期限',
  'APL-71-1': '罚款上缴期限',
  'APL-71-2': '罚款缴付银行期限',
  'APL-72-1': '加处罚款',
  'ACL-19': '紧急措施补办批准期限',
  'ACL-25': '查封扣押期限',
  'ACL-31': '冻结决定交付期限',
  'ACL-54': '催告期',
  'ACL-53': '申请法院强制执行期限',
  'ALL-32': '受理审查期限',
  'ALL-42': '许可决定期限',
  'ALL-44': '颁发证件期限',
  'ALL-47': '许可听证期限',
  'PUB-AFTER-7': '事后公开期限',
  'PUB-AFTER-20': '事后公开期限',
  'APL-48': '撤回公开期限',
  'REMEDY-60D': '申请复议期限',
  'REMEDY-6M': '提起诉讼期限',
  'REMEDY-15D': '复议后起诉期限',
  'SC310-5': '移送审批期限',
  'SC310-5-24H': '移送期限',
  'SC310-8': '公安审查期限',
  'SC310-9': '申请复议期限',
  'SC310-12': '移交涉案物品期限',
};

export function clockRuleName(rule: string | null | undefined): string {
  return rule ? (CLOCK_RULE_NAMES[rule] ?? '期限') : '';
}

/**
 * The traffic light of a case: colour by urgency, with the next due date and the rule that sets it, e.g.
 * "红灯 APL-61 送达期限 2026-12-01". Colour is never the only signal: the text names the level.
 */
export function UrgencyBadge({
  urgency,
  rule,
  dueOn,
}: {
  urgency: string;
  rule: string | null | undefined;
  dueOn: string | null | undefined;
}) {
  const level = label(URGENCY_LABELS, urgency);
  if (!dueOn) return <Tag color={URGENCY_COLORS[urgency] ?? 'default'}>{level}</Tag>;
  return (
    <Tooltip title={`${level}：${clockRuleName(rule)}至 ${dueOn} 届满`}>
      <Tag color={URGENCY_COLORS[urgency] ?? 'default'} data-testid="urgency-badge" style={{ whiteSpace: 'nowrap' }}>
        {level} {rule} {clockRuleName(rule)} {dueOn}
      </Tag>
    </Tooltip>
  );
}

/** The state of a case; closed and archived states are grey, open ones blue. */
export function StateTag({ label: text, terminal }: { label: string; terminal?: boolean }) {
  return <Tag color={terminal ? 'default' : 'processing'}>{text}</Tag>;
}
