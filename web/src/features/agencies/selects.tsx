import { Select, type SelectProps } from 'antd';
import { useAgencies, useRegions } from './queries';

type Props = Omit<SelectProps, 'options' | 'loading'> & { excludeId?: string; manageableOnly?: boolean };

/**
 * Select of the agencies the user can see (value: agency id). With `manageableOnly`, only those
 * where the server says the user may manage officers.
 */
export function AgencySelect({ excludeId, manageableOnly, ...props }: Props) {
  const agencies = useAgencies();
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={agencies.isPending}
      notFoundContent={agencies.isError ? '执法主体加载失败' : '无匹配的执法主体'}
      options={(agencies.data ?? [])
        .filter((a) => a.id !== excludeId && (!manageableOnly || a.abilities?.manageOfficers))
        .map((a) => ({ value: a.id, label: a.name }))}
      {...props}
    />
  );
}

/** Select of administrative divisions, shown as `name (code)` (value: 6-digit code). */
export function RegionSelect(props: Omit<SelectProps, 'options' | 'loading'>) {
  const regions = useRegions();
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={regions.isPending}
      notFoundContent={regions.isError ? '行政区划加载失败' : '无匹配的行政区划'}
      options={(regions.data ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))}
      {...props}
    />
  );
}
