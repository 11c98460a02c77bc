import type { CaseDetail } from '@zhifa/contracts';
import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { label } from '../../app/labels';
import { SERVICE_METHOD_LABELS } from './caseLabels';
import { penaltyText } from './PenaltyFields';

type Facts = Record<string, unknown>;
const obj = (v: unknown): Facts => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Facts) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The recorded facts the law's conditions read, in words (the rest stays in the timeline and documents). */
export function CaseFacts({ c }: { c: CaseDetail }) {
  const f = c.facts;
  const items: { key: string; label: string; children: ReactNode }[] = [];
  const violation = obj(f.violation);
  if (str(violation.actDate)) {
    items.push({
      key: 'violation',
      label: '违法行为发生日期',
      children: `${violation.actDate}${str(violation.endedOn) ? `，终了于 ${violation.endedOn}` : ''}${violation.harmedLifeHealthOrFinancialSafety ? '（涉及生命健康、金融安全，五年时效）' : ''}`,
    });
  }
  if (str(f.partyKind)) {
    items.push({
      key: 'partyKind',
      label: '当事人类型',
      children: f.partyKind === 'NATURAL_PERSON' ? '公民' : '法人或者其他组织',
    });
  }
  const penalty = penaltyText(f.penalty);
  if (penalty) items.push({ key: 'penalty', label: '拟处罚', children: penalty });
  const notified = penaltyText(f.notifiedPenalty);
  if (notified) items.push({ key: 'notified', label: '已告知的处罚', children: notified });
  const proposed = penaltyText(f.proposedPenalty);
  if (proposed) items.push({ key: 'proposed', label: '复核后拟处罚', children: proposed });
  const pre = obj(f.preNotice);
  if (str(pre.servedOn)) {
    items.push({
      key: 'prenotice',
      label: '事先告知书送达',
      children: `${pre.servedOn}${str(pre.statementLastDay) ? `，陈述申辩期至 ${pre.statementLastDay}` : ''}${pre.waivedInWriting ? '，当事人已书面放弃' : ''}`,
    });
  }
  const hearing = obj(f.hearing);
  if (str(hearing.requestedOn) || str(hearing.date)) {
    items.push({
      key: 'hearing',
      label: '听证',
      children: [
        str(hearing.requestedOn) ? `${hearing.requestedOn} 申请` : '',
        str(hearing.date) ? `${hearing.date} 举行` : '',
      ]
        .filter(Boolean)
        .join('，'),
    });
  }
  if (f.complexOrMajor) items.push({ key: 'major', label: '情节复杂或重大', children: '是，须集体讨论决定' });
  const service = obj(f.service);
  if (str(service.method)) {
    items.push({ key: 'service', label: '送达方式', children: label(SERVICE_METHOD_LABELS, String(service.method)) });
  }
  const collection = obj(f.collection);
  if (str(collection.fiscalReceiptNo)) {
    items.push({ key: 'receipt', label: '罚没款票据号码', children: String(collection.fiscalReceiptNo) });
  }
  if (items.length === 0) return null;
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        案件事实
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
    </>
  );
}
