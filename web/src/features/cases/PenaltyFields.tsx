import { Col, Form, InputNumber, Row, Select } from 'antd';
import { label, PENALTY_TYPE_LABELS } from '../../app/labels';
import { toFen, yuan } from './caseLabels';

type NamePath = (string | number)[];

export interface PenaltyFormValues {
  types?: string[];
  fineYuan?: number | null;
}

export interface PenaltyFacts {
  types: string[];
  fineFen?: number;
}

/** Penalty facts as the guards read them: types, and the fine in integer fen (only with 罚款). */
export function toPenaltyFacts(v: PenaltyFormValues | undefined): PenaltyFacts {
  const types = v?.types ?? [];
  return types.includes('FINE') ? { types, fineFen: toFen(v?.fineYuan) } : { types };
}

/** Penalty facts from the case back into the form (fen → yuan). */
export function penaltyFormValues(p: unknown): PenaltyFormValues {
  const o = (p ?? {}) as { types?: string[]; fineFen?: number; fineMaxFen?: number };
  const fen = o.fineFen ?? o.fineMaxFen;
  return { types: o.types ?? [], fineYuan: typeof fen === 'number' ? fen / 100 : null };
}

export function penaltyText(p: unknown): string {
  const o = (p ?? {}) as { types?: string[]; fineFen?: number; fineMaxFen?: number };
  if (!o.types?.length) return '';
  const fen = o.fineFen ?? o.fineMaxFen;
  return o.types
    .map((t) => (t === 'FINE' && typeof fen === 'number' ? `罚款 ${yuan(fen)}` : label(PENALTY_TYPE_LABELS, t)))
    .join('、');
}

/**
 * Penalty types and the fine in yuan (converted to fen when sent). `onSpot` limits the types to 警告 and 罚款
 * (APL-51); `large` gives phone-sized touch targets.
 */
export function PenaltyFields({
  name,
  onSpot = false,
  large = false,
  typesLabel = '拟处罚种类',
}: {
  name: NamePath;
  onSpot?: boolean;
  large?: boolean;
  typesLabel?: string;
}) {
  const types = (Form.useWatch([...name, 'types']) as string[] | undefined) ?? [];
  const size = large ? 'large' : undefined;
  const typeOptions = Object.entries(PENALTY_TYPE_LABELS)
    .filter(([v]) => !onSpot || v === 'WARNING' || v === 'FINE')
    .map(([value, text]) => ({ value, label: text }));
  return (
    <Row gutter={16}>
      <Col xs={24} md={onSpot ? 24 : 14}>
        <Form.Item
          label={typesLabel}
          name={[...name, 'types']}
          rules={[{ required: true, type: 'array', min: 1, message: '请选择处罚种类' }]}
        >
          <Select mode="multiple" size={size} options={typeOptions} placeholder="可多选" />
        </Form.Item>
      </Col>
      {types.includes('FINE') ? (
        <Col xs={24} md={onSpot ? 24 : 10}>
          <Form.Item
            label="罚款金额（元）"
            name={[...name, 'fineYuan']}
            rules={[{ required: true, message: '请填写罚款金额' }]}
          >
            <InputNumber
              size={size}
              min={0.01}
              max={100_000_000}
              precision={2}
              step={50}
              inputMode="decimal"
              style={{ width: '100%' }}
              placeholder="单位：元"
            />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}
