import { LockOutlined, SafetyOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { FIXITY_COLORS, FIXITY_LABELS, INTEGRITY_COLORS, INTEGRITY_LABELS, label } from '../../app/labels';

export function IntegrityTag({ integrity }: { integrity: string }) {
  return <Tag color={INTEGRITY_COLORS[integrity] ?? 'default'}>{label(INTEGRITY_LABELS, integrity)}</Tag>;
}

export function FixityTag({ status }: { status: string }) {
  return <Tag color={FIXITY_COLORS[status] ?? 'default'}>{label(FIXITY_LABELS, status)}</Tag>;
}

export function LegalHoldTag() {
  return (
    <Tag color="purple" icon={<SafetyOutlined />}>
      诉讼保全
    </Tag>
  );
}

export function RestrictedTag() {
  return (
    <Tag color="gold" icon={<LockOutlined />}>
      受限调阅
    </Tag>
  );
}
