import { ID_TYPE_LABELS, type ID_TYPES, PARTY_KIND_LABELS, type PartyInput, partyInput } from '@zhifa/contracts';
import { validateResidentIdNumber } from '@zhifa/domain';
import { Checkbox, Col, DatePicker, Form, type FormInstance, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { options } from '../../app/labels';
import { isFutureDay } from './caseLabels';
import { zodRule } from './zodForm';

type NamePath = (string | number)[];

export interface PartyFormValues {
  kind?: PartyInput['kind'];
  name?: string;
  gender?: 'M' | 'F';
  birthDate?: Dayjs | null;
  idType?: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  address?: string;
  phone?: string;
  hasServiceAddress?: boolean;
  serviceAddress?: {
    address?: string;
    email?: string;
    mobile?: string;
    eServiceConsent?: boolean;
    signedOn?: Dayjs | null;
  };
}

export const PARTY_DEFAULTS: PartyFormValues = { kind: 'NATURAL_PERSON', idType: 'RESIDENT_ID', gender: 'M' };

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');
const trimmed = (s: string | undefined) => (s ?? '').trim();
const optional = (s: string | undefined) => trimmed(s) || undefined;

/** The form's party → the API body (partyInput); the same object is what the Zod rules check. */
export function toPartyBody(v: PartyFormValues | undefined): PartyInput {
  const p = v ?? {};
  const sa = p.serviceAddress;
  const serviceAddress = p.hasServiceAddress
    ? {
        address: trimmed(sa?.address),
        email: optional(sa?.email),
        mobile: optional(sa?.mobile),
        eServiceConsent: Boolean(sa?.eServiceConsent),
        signedOn: day(sa?.signedOn),
      }
    : undefined;
  if (p.kind === 'NATURAL_PERSON' || p.kind === undefined) {
    return {
      kind: 'NATURAL_PERSON',
      name: trimmed(p.name),
      gender: p.gender as 'M' | 'F',
      birthDate: day(p.birthDate),
      idType: p.idType as (typeof ID_TYPES)[number],
      idNumber: trimmed(p.idNumber).toUpperCase(),
      address: trimmed(p.address),
      phone: optional(p.phone),
      serviceAddress,
    };
  }
  return {
    kind: p.kind,
    name: trimmed(p.name),
    creditCode: trimmed(p.creditCode).toUpperCase(),
    legalRepresentative: trimmed(p.legalRepresentative),
    address: trimmed(p.address),
    phone: optional(p.phone),
    serviceAddress,
  };
}

/**
 * The fields of one party (当事人). `name` is where the party sits in its Form.List (or the form) and `path`
 * its absolute name path, used to read the whole party for the cross-field Zod checks.
 */
export function PartyFields({ form, name, path }: { form: FormInstance; name: NamePath; path: NamePath }) {
  const n = (...rest: (string | number)[]) => [...name, ...rest];
  const abs = (...rest: (string | number)[]) => [...path, ...rest];
  const read = () => toPartyBody(form.getFieldValue(path));
  const rule = (...field: string[]) => zodRule(partyInput, read, field);
  const kind = Form.useWatch(abs('kind'), form) as string | undefined;
  const idType = Form.useWatch(abs('idType'), form) as string | undefined;
  const withService = Form.useWatch(abs('hasServiceAddress'), form) as boolean | undefined;
  const person = (kind ?? 'NATURAL_PERSON') === 'NATURAL_PERSON';

  /** A resident ID number carries the birth date and sex: fill them in so they cannot disagree. */
  const fillFromId = (value: string) => {
    if (idType !== 'RESIDENT_ID') return;
    const v = validateResidentIdNumber(value.trim());
    if (!v.ok) return;
    form.setFieldValue(abs('birthDate'), dayjs(v.birthDate));
    form.setFieldValue(abs('gender'), v.gender);
    form.validateFields([abs('birthDate')]).catch(() => undefined);
  };

  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item label="当事人类型" name={n('kind')} rules={[{ required: true, message: '请选择当事人类型' }]}>
          <Select options={options(PARTY_KIND_LABELS)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item label={person ? '姓名' : '名称'} name={n('name')} required rules={[rule('name')]}>
          <Input maxLength={person ? 50 : 100} autoComplete="off" />
        </Form.Item>
      </Col>
      {person ? (
        <>
          <Col xs={24} md={8}>
            <Form.Item label="证件类型" name={n('idType')} required rules={[rule('idType')]}>
              <Select options={options(ID_TYPE_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              label="证件号码"
              name={n('idNumber')}
              required
              rules={[rule('idNumber')]}
              dependencies={[abs('idType')]}
              validateDebounce={300}
            >
              <Input maxLength={30} autoComplete="off" onBlur={(e) => fillFromId(e.target.value)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={8}>
            <Form.Item label="性别" name={n('gender')} required rules={[rule('gender')]}>
              <Radio.Group
                options={[
                  { value: 'M', label: '男' },
                  { value: 'F', label: '女' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={8}>
            <Form.Item
              label="出生日期"
              name={n('birthDate')}
              required
              rules={[rule('birthDate')]}
              dependencies={[abs('idNumber')]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </>
      ) : (
        <>
          <Col xs={24} md={12}>
            <Form.Item
              label="统一社会信用代码"
              name={n('creditCode')}
              required
              rules={[rule('creditCode')]}
              validateDebounce={300}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="法定代表人（负责人）"
              name={n('legalRepresentative')}
              required
              rules={[rule('legalRepresentative')]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={24} md={person ? 8 : 12}>
        <Form.Item label="联系电话" name={n('phone')} rules={[rule('phone')]}>
          <Input maxLength={20} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={person ? 24 : 12}>
        <Form.Item label={person ? '住址' : '住所'} name={n('address')} required rules={[rule('address')]}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name={n('hasServiceAddress')} valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>已签署送达地址确认书</Checkbox>
        </Form.Item>
      </Col>
      {withService ? (
        <>
          <Col xs={24} md={12}>
            <Form.Item
              label="送达地址"
              name={n('serviceAddress', 'address')}
              required
              rules={[rule('serviceAddress', 'address')]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              label="确认书签署日期"
              name={n('serviceAddress', 'signedOn')}
              required
              rules={[rule('serviceAddress', 'signedOn')]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              label="送达手机号码"
              name={n('serviceAddress', 'mobile')}
              rules={[rule('serviceAddress', 'mobile')]}
            >
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="电子邮箱" name={n('serviceAddress', 'email')} rules={[rule('serviceAddress', 'email')]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={n('serviceAddress', 'eServiceConsent')}
              valuePropName="checked"
              rules={[rule('serviceAddress', 'eServiceConsent')]}
              dependencies={[abs('serviceAddress', 'email'), abs('serviceAddress', 'mobile')]}
            >
              <Checkbox>同意以电子方式（电子邮件、短信等）送达</Checkbox>
            </Form.Item>
          </Col>
        </>
      ) : null}
    </Row>
  );
}
