import { Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import {
  CHANNEL_KIND_LABELS,
  FOLLOW_UP_LABELS,
  ITEM_KIND_LABELS,
  options,
  PENALTY_TYPE_LABELS,
  REVIEW_MODE_LABELS,
} from '../../../app/labels';
import { LegalRefList, ProfileValueInput, TagsInput, YuanInput } from '../inputs';
import { CodeField, required } from './common';

type Props = { otherCodes: string[] };

const text = (name: string, label: string, max: number, mandatory = false, rows = 0) => (
  <Form.Item label={label} name={name} rules={mandatory ? [required(label)] : []}>
    {rows ? <Input.TextArea rows={rows} maxLength={max} showCount /> : <Input maxLength={max} />}
  </Form.Item>
);

/** 随机抽查事项清单 (randomInspectionEntry). */
export function RandomInspectionFields({ otherCodes }: Props) {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <CodeField otherCodes={otherCodes} />
        </Col>
        <Col xs={24} md={16}>
          {text('name', '抽查事项名称', 200, true)}
        </Col>
      </Row>
      <LegalRefList name="basis" label="抽查依据" required />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {text('inspectingBody', '检查主体', 100, true)}
        </Col>
        <Col xs={24} md={12}>
          {text('target', '检查对象', 200, true)}
        </Col>
      </Row>
      {text('content', '检查内容', 1000, true, 3)}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          {text('method', '检查方式', 200, true)}
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label="抽查比例" name="proportionPercent" rules={[{ required: true, message: '请填写抽查比例' }]}>
            <InputNumber<number> min={0.1} max={100} step={1} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          {text('frequency', '抽查频次', 100, true)}
        </Col>
      </Row>
    </>
  );
}

/** 服务指南 (serviceGuideEntry); the materials are a list of short texts. */
export function ServiceGuideFields({ otherCodes }: Props) {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <CodeField otherCodes={otherCodes} />
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="对应执法事项编码" name="itemCode">
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          {text('name', '事项名称', 200, true)}
        </Col>
      </Row>
      <LegalRefList name="basis" label="设定依据" required />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {text('acceptingUnit', '受理机构', 100, true)}
        </Col>
        <Col xs={24} md={12}>
          {text('approvingUnit', '决定机构', 100, true)}
        </Col>
      </Row>
      {text('conditions', '办理条件', 2000, true, 3)}
      <Form.Item
        label="申请材料"
        name="materials"
        rules={[{ required: true, type: 'array', min: 1, message: '请至少列出一项申请材料' }]}
        extra="每项材料输入后按回车"
      >
        <TagsInput placeholder="如：营业执照复印件" />
      </Form.Item>
      {text('process', '办理流程', 2000, true, 3)}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {text('timeLimit', '办理时限', 100, true)}
        </Col>
        <Col xs={24} md={12}>
          {text('fees', '收费标准', 200)}
        </Col>
        <Col xs={24} md={12}>
          {text('officeHours', '办公时间', 200)}
        </Col>
        <Col xs={24} md={12}>
          {text('address', '办理地点', 200)}
        </Col>
        <Col xs={24} md={12}>
          {text('phone', '咨询电话', 60)}
        </Col>
        <Col xs={24} md={12}>
          {text('supervision', '监督电话', 200)}
        </Col>
      </Row>
      {text('remedy', '救济途径', 500, false, 2)}
    </>
  );
}

/** 监督和救济渠道 (channelEntry). */
export function ChannelFields({ otherCodes }: Props) {
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <CodeField otherCodes={otherCodes} />
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="渠道类别" name="kind" rules={[{ required: true, message: '请选择渠道类别' }]}>
          <Select options={options(CHANNEL_KIND_LABELS)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        {text('name', '渠道名称', 100, true)}
      </Col>
      <Col xs={24} md={16}>
        {text('address', '地址', 200)}
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          label="邮政编码"
          name="postcode"
          rules={[{ pattern: /^(\d{6})?$/, message: '邮政编码应为 6 位数字' }]}
        >
          <Input maxLength={6} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        {text('phone', '电话', 60)}
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="电子邮箱" name="email" rules={[{ type: 'email', message: '电子邮箱格式错误' }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col span={24}>{text('feedback', '办理和反馈方式', 500, false, 3)}</Col>
    </Row>
  );
}

/** 重大执法决定法制审核目录清单 (reviewCatalogueEntry); amount thresholds in 元, stored in fen. */
export function ReviewCatalogueFields({ otherCodes }: Props) {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <CodeField otherCodes={otherCodes} />
        </Col>
        <Col xs={24} md={16}>
          {text('name', '审核事项', 200, true)}
        </Col>
      </Row>
      <Form.Item label="事项类别" name="itemKinds">
        <Select mode="multiple" options={options(ITEM_KIND_LABELS)} placeholder="不限" />
      </Form.Item>
      <Form.Item label="处罚种类" name="penaltyTypes">
        <Select mode="multiple" options={options(PENALTY_TYPE_LABELS)} placeholder="不限" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label="金额标准（自然人）"
            name={['amountThresholds', 'naturalPersonFen']}
            extra="达到该金额的需法制审核"
          >
            <YuanInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="金额标准（法人或其他组织）" name={['amountThresholds', 'organisationFen']}>
            <YuanInput />
          </Form.Item>
        </Col>
        <Col xs={8}>
          <Form.Item label="经过听证" name="hearingHeld" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
        <Col xs={8}>
          <Form.Item label="案情复杂" name="complex" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
        <Col xs={8}>
          <Form.Item label="涉及重大公共利益" name="publicInterest" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="条件关系" name="mode">
        <Radio.Group options={options(REVIEW_MODE_LABELS)} />
      </Form.Item>
      {text('description', '说明', 1000, false, 3)}
    </>
  );
}

/** 不予处罚 / 减轻处罚 / 从轻处罚 / 不予实施行政强制措施事项清单 (fourListEntry). */
export function FourListFields({ otherCodes }: Props) {
  return (
    <>
      <CodeField otherCodes={otherCodes} />
      {text('violation', '违法行为', 500, true, 2)}
      <LegalRefList name="basis" label="法律依据" required />
      <Form.Item
        label="适用条件"
        name="conditions"
        rules={[{ required: true, type: 'array', min: 1, message: '请至少填写一项适用条件' }]}
        extra="每项条件输入后按回车"
      >
        <TagsInput placeholder="如：初次违法且危害后果轻微并及时改正" />
      </Form.Item>
      <Form.Item label="后续措施" name="followUp">
        <Select mode="multiple" options={options(FOLLOW_UP_LABELS)} />
      </Form.Item>
      {text('remarks', '备注', 500, false, 2)}
    </>
  );
}

/** 执法参数 (profileEntry): key, value and where the value comes from. */
export function ProfileFields({ otherCodes }: Props) {
  return (
    <>
      <CodeField otherCodes={otherCodes} label="参数" />
      <Form.Item label="取值" name="value">
        <ProfileValueInput />
      </Form.Item>
      {text('note', '依据或说明', 300, false, 2)}
    </>
  );
}
