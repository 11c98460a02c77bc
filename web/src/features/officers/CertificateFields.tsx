import type { CertificateInput } from '@zhifa/contracts';
import type { FormRule } from 'antd';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { CATEGORY_LABELS, CERTIFICATE_TYPE_LABELS, options } from '../../app/labels';
import { RegionSelect } from '../agencies/selects';

export interface CertificateFormValues {
  number?: string;
  type?: 'NATIONAL_UNIFORM' | 'MINISTRY_SECTOR';
  issuer?: string;
  issuedOn?: Dayjs | null;
  validFrom?: Dayjs | null;
  validUntil?: Dayjs | null;
  categories?: string[];
  regions?: string[];
}

export const CERTIFICATE_DEFAULTS: CertificateFormValues = { type: 'NATIONAL_UNIFORM', categories: [], regions: [] };

export function toCertificateBody(v: CertificateFormValues): CertificateInput {
  const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');
  return {
    number: (v.number ?? '').trim(),
    type: v.type ?? 'NATIONAL_UNIFORM',
    issuer: (v.issuer ?? '').trim(),
    issuedOn: day(v.issuedOn),
    validFrom: day(v.validFrom),
    validUntil: day(v.validUntil),
    categories: v.categories ?? [],
    regions: v.regions ?? [],
  };
}

/**
 * The fields of a 行政执法证. With `optional`, the other fields are required only once 证件编号 is filled
 * (an officer may be registered before the certificate is issued).
 */
export function CertificateFields({ prefix = [], optional = false }: { prefix?: string[]; optional?: boolean }) {
  const name = (n: string) => [...prefix, n];
  const numberPath = name('number');
  const required =
    (message: string): FormRule =>
    ({ getFieldValue }) => ({
      validator: (_, value) => {
        const needed = !optional || Boolean(String(getFieldValue(numberPath) ?? '').trim());
        const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);
        return needed && empty ? Promise.reject(new Error(message)) : Promise.resolve();
      },
    });
  const deps = optional ? [numberPath] : [];

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          label="证件编号"
          name={numberPath}
          extra={optional ? '暂未核发证件的，可不填证件信息' : undefined}
          rules={[
            ...(optional ? [] : [{ required: true, whitespace: true, message: '请填写证件编号' }]),
            { pattern: /^[0-9A-Za-z-]{6,30}$/, message: '证件编号应为 6–30 位字母、数字或短横线' },
          ]}
        >
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="证件类型" name={name('type')}>
          <Select options={options(CERTIFICATE_TYPE_LABELS)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="发证机关"
          required={!optional}
          name={name('issuer')}
          dependencies={deps}
          rules={[required('请填写发证机关')]}
        >
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="发证日期"
          required={!optional}
          name={name('issuedOn')}
          dependencies={deps}
          rules={[required('请选择发证日期')]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="有效期起"
          required={!optional}
          name={name('validFrom')}
          dependencies={deps}
          rules={[required('请选择有效期起始日期')]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="有效期至"
          required={!optional}
          name={name('validUntil')}
          dependencies={[...deps, name('validFrom')]}
          rules={[
            required('请选择有效期截止日期'),
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | null) => {
                const from = getFieldValue(name('validFrom')) as Dayjs | null;
                return value && from && value.isBefore(from, 'day')
                  ? Promise.reject(new Error('有效期截止日期不能早于起始日期'))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="执法类别"
          required={!optional}
          name={name('categories')}
          dependencies={deps}
          rules={[required('请至少选择一个执法类别')]}
        >
          <Select
            mode="multiple"
            allowClear
            options={options(CATEGORY_LABELS)}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="执法区域"
          required={!optional}
          name={name('regions')}
          dependencies={deps}
          rules={[required('请至少选择一个执法区域')]}
        >
          <RegionSelect mode="multiple" />
        </Form.Item>
      </Col>
    </Row>
  );
}
