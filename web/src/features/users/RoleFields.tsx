import { Form, Select } from 'antd';
import { ADMIN_ROLES, options, ROLE_LABELS } from '../../app/labels';
import { AgencySelect } from '../agencies/selects';

/**
 * One role grant: the role, and the agency it is held in. The three administrators (三员) hold their role
 * without an agency. `path` is the Form.Item name prefix (e.g. [0] inside Form.List 'roles', or []).
 */
export function RoleFields({
  path,
  listPath = [],
  inline = false,
}: {
  path: (string | number)[];
  /** The Form.List name the fields sit in, if any (Form.Item names are relative to it, watching is not). */
  listPath?: (string | number)[];
  inline?: boolean;
}) {
  const form = Form.useFormInstance();
  const role = Form.useWatch([...listPath, ...path, 'role'], form) as string | undefined;
  const needsAgency = !role || !ADMIN_ROLES.has(role);
  const itemStyle = inline ? { minWidth: 220, marginBottom: 8 } : undefined;
  return (
    <>
      <Form.Item
        label="角色"
        name={[...path, 'role']}
        rules={[{ required: true, message: '请选择角色' }]}
        style={itemStyle}
      >
        <Select options={options(ROLE_LABELS)} style={{ minWidth: 180 }} />
      </Form.Item>
      {needsAgency ? (
        <Form.Item
          label="所属机构"
          name={[...path, 'agencyId']}
          rules={[{ required: true, message: '请选择该角色所属的执法主体' }]}
          style={itemStyle}
        >
          <AgencySelect style={{ minWidth: 260 }} />
        </Form.Item>
      ) : null}
    </>
  );
}

export function toGrant(v: { role: string; agencyId?: string | null }): { role: string; agencyId: string | null } {
  return { role: v.role, agencyId: ADMIN_ROLES.has(v.role) ? null : (v.agencyId ?? null) };
}
