import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  type SelectProps,
  Typography,
} from 'antd';
import {
  AV_ACTIVITY_LABELS,
  DEVICE_TYPE_LABELS,
  EVIDENCE_METHOD_LABELS,
  EVIDENCE_TYPE_LABELS,
  label,
  options,
} from '../../app/labels';
import { useAbility } from '../../app/session';
import { useDevices } from '../devices/queries';
import { useAgencyOfficers } from './queries';

type Prefix = (string | number)[];
const DATE_TIME = 'YYYY-MM-DD HH:mm:ss';

/** Officers of the agency (value: officer ids). */
export function OfficerSelect({ agencyId, ...props }: { agencyId: string | undefined } & Omit<SelectProps, 'options'>) {
  const officers = useAgencyOfficers(agencyId);
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={officers.isFetching}
      notFoundContent={officers.isError ? '执法人员加载失败' : '无匹配的执法人员'}
      options={(officers.data?.items ?? [])
        .filter((o) => o.employmentStatus === 'ACTIVE')
        .map((o) => ({ value: o.id, label: o.certificateNumber ? `${o.name}（${o.certificateNumber}）` : o.name }))}
      {...props}
    />
  );
}

export function EvidenceFields({ prefix, agencyId }: { prefix: Prefix; agencyId: string | undefined }) {
  const n = (k: string) => [...prefix, k];
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item label="证据类型" name={n('evidenceType')} rules={[{ required: true, message: '请选择证据类型' }]}>
          <Select options={options(EVIDENCE_TYPE_LABELS)} placeholder="请选择" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="收集方式" name={n('method')} rules={[{ required: true, message: '请选择收集方式' }]}>
          <Select options={options(EVIDENCE_METHOD_LABELS)} placeholder="请选择" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          label="证据描述"
          name={n('description')}
          rules={[{ required: true, whitespace: true, message: '请填写证据描述' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="证据来源"
          name={n('source')}
          rules={[{ required: true, whitespace: true, message: '请填写证据来源' }]}
        >
          <Input maxLength={200} placeholder="如：当事人提供、现场提取" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="收集人员" name={n('collectedBy')} rules={[{ required: true, message: '请选择收集人员' }]}>
          <OfficerSelect agencyId={agencyId} mode="multiple" placeholder="请选择执法人员" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="收集时间" name={n('collectedAt')} rules={[{ required: true, message: '请选择收集时间' }]}>
          <DatePicker showTime format={DATE_TIME} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="收集地点"
          name={n('place')}
          rules={[{ required: true, whitespace: true, message: '请填写收集地点' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** A registered device of the agency; choosing one fills type, serial number and owner unit. */
function DeviceSelect({ agencyId, prefix }: { agencyId: string | undefined; prefix: Prefix }) {
  const form = Form.useFormInstance();
  const canRead = useAbility('device.read');
  const devices = useDevices({ agencyId }, 1, 200, canRead && Boolean(agencyId));
  if (!canRead) return null;
  const items = devices.data?.items ?? [];
  return (
    <Col xs={24} md={12}>
      <Form.Item label="选择已登记设备" name={[...prefix, 'deviceId']} extra="可选：从设备台账中选择，自动填写设备信息">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={devices.isFetching}
          placeholder="不选择则手工填写"
          options={items.map((d) => ({
            value: d.id,
            label: `${d.serialNo} · ${label(DEVICE_TYPE_LABELS, d.type)}${d.model ? ` · ${d.model}` : ''}`,
          }))}
          onChange={(id?: string) => {
            const d = items.find((x) => x.id === id);
            if (d) {
              form.setFieldValue([...prefix, 'deviceType'], d.type);
              form.setFieldValue([...prefix, 'deviceSerialNo'], d.serialNo);
              form.setFieldValue([...prefix, 'deviceOwnerUnit'], d.ownerUnitName ?? d.agencyName);
            }
          }}
        />
      </Form.Item>
    </Col>
  );
}

export function AvFields({ prefix, agencyId }: { prefix: Prefix; agencyId: string | undefined }) {
  const n = (k: string) => [...prefix, k];
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="执法活动" name={n('activity')} rules={[{ required: true, message: '请选择执法活动' }]}>
            <Select options={options(AV_ACTIVITY_LABELS)} placeholder="请选择" />
          </Form.Item>
        </Col>
        <DeviceSelect agencyId={agencyId} prefix={prefix} />
        <Col xs={24} md={12}>
          <Form.Item label="设备类型" name={n('deviceType')} rules={[{ required: true, message: '请选择设备类型' }]}>
            <Select options={options(DEVICE_TYPE_LABELS)} placeholder="请选择" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="设备编号"
            name={n('deviceSerialNo')}
            rules={[{ required: true, whitespace: true, message: '请填写设备编号' }]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="设备所属单位" name={n('deviceOwnerUnit')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="摄录人员" name={n('operators')} rules={[{ required: true, message: '请选择摄录人员' }]}>
            <OfficerSelect agencyId={agencyId} mode="multiple" placeholder="请选择执法人员" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="开始时间" name={n('startedAt')} rules={[{ required: true, message: '请选择开始时间' }]}>
            <DatePicker showTime format={DATE_TIME} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label="结束时间"
            name={n('endedAt')}
            dependencies={[n('startedAt')]}
            rules={[
              { required: true, message: '请选择结束时间' },
              ({ getFieldValue }) => ({
                validator(_, v) {
                  const start = getFieldValue(n('startedAt'));
                  if (!v || !start || v.isAfter(start)) return Promise.resolve();
                  return Promise.reject(new Error('结束时间应晚于开始时间'));
                },
              }),
            ]}
          >
            <DatePicker showTime format={DATE_TIME} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label="设备时钟偏差（秒）"
            name={n('deviceClockOffsetSeconds')}
            extra="设备时间减去北京时间，如设备快 30 秒填 30"
          >
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="地点"
            name={n('locationText')}
            rules={[{ required: true, whitespace: true, message: '请填写地点' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="GPS 纬度" name={[...prefix, 'gps', 'lat']}>
            <InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} placeholder="可选" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="GPS 经度" name={[...prefix, 'gps', 'lng']}>
            <InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} placeholder="可选" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="已告知当事人正在录音录像"
            name={n('announcedToParty')}
            rules={[{ required: true, message: '请说明是否已告知当事人正在录音录像' }]}
          >
            <Radio.Group
              options={[
                { value: true, label: '是' },
                { value: false, label: '否' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label="说明" name={n('description')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
      <GapFields prefix={prefix} />
    </>
  );
}

/** REC-AV-CONTENT: recording is not interrupted except for technical reasons, and each gap states why. */
function GapFields({ prefix }: { prefix: Prefix }) {
  return (
    <Form.List name={[...prefix, 'gaps']}>
      {(fields, { add, remove }) => (
        <Card
          size="small"
          title={<Typography.Text strong>录制中断记录</Typography.Text>}
          extra={
            <Button size="small" icon={<PlusOutlined />} onClick={() => add({ reason: '' })}>
              添加中断
            </Button>
          }
          style={{ marginBottom: 24 }}
        >
          {fields.length === 0 ? (
            <Typography.Text type="secondary">录制过程无中断。如有中断，请逐段添加并说明原因。</Typography.Text>
          ) : null}
          {fields.map((field, index) => (
            <Row gutter={12} key={field.key} align="top">
              <Col xs={24} md={7}>
                <Form.Item
                  label={`中断 ${index + 1} 开始`}
                  name={[field.name, 'from']}
                  rules={[{ required: true, message: '请选择中断开始时间' }]}
                >
                  <DatePicker showTime format={DATE_TIME} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={7}>
                <Form.Item
                  label={`中断 ${index + 1} 结束`}
                  name={[field.name, 'to']}
                  rules={[{ required: true, message: '请选择中断结束时间' }]}
                >
                  <DatePicker showTime format={DATE_TIME} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={20} md={9}>
                <Form.Item
                  label={`中断 ${index + 1} 原因`}
                  name={[field.name, 'reason']}
                  rules={[{ required: true, whitespace: true, message: '每一段中断都必须说明原因' }]}
                >
                  <Input maxLength={500} placeholder="如：设备电量耗尽更换电池" />
                </Form.Item>
              </Col>
              <Col xs={4} md={1} style={{ paddingTop: 30 }}>
                <Button
                  type="text"
                  danger
                  icon={<MinusCircleOutlined />}
                  aria-label={`删除中断 ${index + 1}`}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
        </Card>
      )}
    </Form.List>
  );
}
