import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ListType, ListVersionDetail } from '@zhifa/contracts';
import { Button, Select, type SelectProps, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../app/api';
import { feedback, showError } from '../../app/feedback';
import { LIST_STATUS_COLORS, LIST_STATUS_LABELS, LIST_TYPE_LABELS, label } from '../../app/labels';
import { catalogueKeys, LIST_TYPE_ORDER } from './queries';

export function StatusTag({ status }: { status: string }) {
  return <Tag color={LIST_STATUS_COLORS[status] ?? 'default'}>{label(LIST_STATUS_LABELS, status)}</Tag>;
}

export function ListTypeSelect(props: Omit<SelectProps<ListType>, 'options'>) {
  return (
    <Select<ListType>
      showSearch={{ optionFilterProp: 'label' }}
      options={LIST_TYPE_ORDER.map((t) => ({ value: t, label: LIST_TYPE_LABELS[t] }))}
      {...props}
    />
  );
}

/** 新建版本: a draft copied from the latest version; the server answers the open draft if there is one. */
export function NewVersionButton({
  agencyId,
  listType,
  type,
}: {
  agencyId: string;
  listType: ListType;
  type?: 'primary' | 'default';
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () =>
      api.post<ListVersionDetail>(`/api/catalogue/agencies/${encodeURIComponent(agencyId)}/${listType}/draft`, {}),
    onSuccess: (draft) => {
      queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      feedback.success(`已创建第 ${draft.version} 版草稿`);
      navigate(`/catalogue/lists/${draft.id}`);
    },
    onError: showError,
  });
  return (
    <Button type={type} icon={<PlusOutlined />} loading={create.isPending} onClick={() => create.mutate()}>
      新建版本
    </Button>
  );
}
