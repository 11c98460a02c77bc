import { Select, type SelectProps } from 'antd';
import { useAgencyOfficers } from '../records/queries';

/** One officer of the agency (serving, with a valid certificate), e.g. a hearing host from outside the case. */
export function AgencyOfficerSelect({
  agencyId,
  excludeIds = [],
  ...props
}: Omit<SelectProps, 'options' | 'loading'> & { agencyId: string; excludeIds?: string[] }) {
  const officers = useAgencyOfficers(agencyId);
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      loading={officers.isPending}
      placeholder="请选择执法人员"
      options={(officers.data?.items ?? [])
        .filter((o) => o.employmentStatus === 'ACTIVE' && !excludeIds.includes(o.id))
        .map((o) => ({ value: o.id, label: `${o.name}${o.certificateNumber ? `（${o.certificateNumber}）` : ''}` }))}
      {...props}
    />
  );
}
