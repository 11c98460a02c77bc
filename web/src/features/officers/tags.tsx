import { Tag } from 'antd';
import { CERTIFICATE_STATUS_COLORS, CERTIFICATE_STATUS_LABELS, label } from '../../app/labels';

export function CertificateStatusTag({ status }: { status: string }) {
  return <Tag color={CERTIFICATE_STATUS_COLORS[status] ?? 'default'}>{label(CERTIFICATE_STATUS_LABELS, status)}</Tag>;
}
