import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { AV_LEVEL_LABELS, ITEM_KIND_LABELS, options, TIME_UNIT_LABELS } from '../../../app/labels';
import { LegalRefList, TagsInput } from '../inputs';
import { CodeField, required } from './common';

/** 执法事项清单 (itemEntry). */
export function ItemFields({ otherCodes }: { otherCodes: string[] }) {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <CodeField otherCodes={otherCodes} />
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="事项名称" name="name" rules={[required('事项名称')]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="事项类别" name="kind" rules={[{ required: true, message: '请选择事项类别' }]}>
            <Select options={options(ITEM_KIND_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="承办机构" name="unitName">
            <Input maxLength={60} placeholder="如：执法稽查科" />
          </Form.Item>
        </Col>
      </Row>
      <LegalRefList name="basisApplied" label="设定或实施依据" required />
      <LegalRefList name="basisViolated" label="违反条款" />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="办理时限" required={false} style={{ marginBottom: 0 }}>
            <Form.Item
              name={['timeLimit', 'amount']}
              rules={[{ type: 'integer', min: 1, max: 3650, message: '时限应为 1–3650 的整数' }]}
              style={{ display: 'inline-block', width: 'calc(55% - 8px)', marginInlineEnd: 8 }}
            >
              <InputNumber<number> aria-label="时限" min={1} max={3650} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name={['timeLimit', 'unit']} style={{ display: 'inline-block', width: '45%' }}>
              <Select aria-label="时限单位" options={options(TIME_UNIT_LABELS)} />
            </Form.Item>
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="音像记录要求" name="avLevel">
            <Select options={options(AV_LEVEL_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="随机抽查事项" name="randomInspection" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="关联裁量基准" name="benchmarkCodes" extra="填写行政裁量权基准中条目的编码">
            <TagsInput placeholder="输入基准编码后按回车" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="听证规则" name="hearingRule">
        <Input.TextArea
          rows={2}
          maxLength={500}
          showCount
          placeholder="如：拟作出较大数额罚款的，告知当事人有权要求听证"
        />
      </Form.Item>
      <Form.Item label="备注" name="remarks">
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </>
  );
}
