import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { DISCRETION_TIER_LABELS, FINE_MODE_LABELS, options, PENALTY_TYPE_LABELS } from '../../../app/labels';
import { LegalRefList, TagsInput, YuanInput } from '../inputs';
import { CodeField, required } from './common';

const FINE_MODES = [{ value: 'NONE', label: '不设罚款' }, ...options(FINE_MODE_LABELS)];

/** The fine rule of one tier: a fixed range in 元 (stored in fen), a multiple of a base, or a % of the maximum. */
function FineRule({ tier }: { tier: number }) {
  const mode = Form.useWatch(['tiers', tier, 'fine', 'mode']) as string | undefined;
  const at = (k: string) => [tier, 'fine', k];
  return (
    <Row gutter={12}>
      <Col xs={24} md={8}>
        <Form.Item label="罚款方式" name={at('mode')}>
          <Select options={FINE_MODES} />
        </Form.Item>
      </Col>
      {mode === 'RANGE' ? (
        <>
          <Col xs={12} md={8}>
            <Form.Item label="罚款下限" name={at('minFen')} rules={[{ required: true, message: '请填写罚款下限' }]}>
              <YuanInput />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label="罚款上限" name={at('maxFen')} rules={[{ required: true, message: '请填写罚款上限' }]}>
              <YuanInput />
            </Form.Item>
          </Col>
        </>
      ) : null}
      {mode === 'MULTIPLE' ? (
        <>
          <Col xs={24} md={6}>
            <Form.Item label="倍数基数" name={at('base')} rules={[required('倍数基数')]}>
              <Input maxLength={60} placeholder="如：违法所得" />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item
              label="最低倍数"
              name={at('minMultiple')}
              rules={[{ required: true, message: '请填写最低倍数' }]}
            >
              <InputNumber<number> min={0} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item
              label="最高倍数"
              name={at('maxMultiple')}
              rules={[{ required: true, message: '请填写最高倍数' }]}
            >
              <InputNumber<number> min={0} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </>
      ) : null}
      {mode === 'PERCENT_OF_MAX' ? (
        <>
          <Col xs={12} md={8}>
            <Form.Item
              label="最低百分比"
              name={at('minPercent')}
              rules={[{ required: true, message: '请填写最低百分比' }]}
            >
              <InputNumber<number> min={0} max={100} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              label="最高百分比"
              name={at('maxPercent')}
              rules={[{ required: true, message: '请填写最高百分比' }]}
            >
              <InputNumber<number> min={0} max={100} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </>
      ) : null}
    </Row>
  );
}

/** 行政裁量权基准 (benchmarkEntry): statutory scale and up to five tiers (DISC-TIERS). */
export function BenchmarkFields({ otherCodes }: { otherCodes: string[] }) {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <CodeField otherCodes={otherCodes} />
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="上级基准编码" name="parentCode" extra="下级机关的基准只能在上级基准范围内细化">
            <Input maxLength={40} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="违法行为" name="violation" rules={[required('违法行为')]}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
      <LegalRefList name="basisViolated" label="违反条款" required />
      <LegalRefList name="basisApplied" label="处罚依据" required />
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        法定处罚
      </Typography.Title>
      <Row gutter={12}>
        <Col span={24}>
          <Form.Item
            label="法定处罚种类"
            name={['statutory', 'penaltyTypes']}
            rules={[{ required: true, type: 'array', min: 1, message: '请填写法定处罚种类' }]}
          >
            <Select mode="multiple" options={options(PENALTY_TYPE_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="法定罚款下限" name={['statutory', 'fineMinFen']}>
            <YuanInput />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="法定罚款上限" name={['statutory', 'fineMaxFen']}>
            <YuanInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item label="倍数基数" name={['statutory', 'multipleBase']}>
            <Input maxLength={60} placeholder="如：货值金额" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item label="最低倍数" name={['statutory', 'minMultiple']}>
            <InputNumber<number> min={0} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item label="最高倍数" name={['statutory', 'maxMultiple']}>
            <InputNumber<number> min={0} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List
        name="tiers"
        rules={[
          {
            validator: async (_, v: unknown[] | undefined) => {
              if (!v || v.length === 0) throw new Error('请至少填写一个裁量阶次');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              裁量阶次
            </Typography.Title>
            {fields.map((field) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={`阶次 ${field.name + 1}`}
                extra={
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`删除阶次 ${field.name + 1}`}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <Row gutter={12}>
                  <Col xs={24} md={8}>
                    <Form.Item
                      label="阶次"
                      name={[field.name, 'tier']}
                      rules={[{ required: true, message: '请选择裁量阶次' }]}
                    >
                      <Select options={options(DISCRETION_TIER_LABELS)} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={16}>
                    <Form.Item label="处罚种类" name={[field.name, 'penaltyTypes']}>
                      <Select mode="multiple" options={options(PENALTY_TYPE_LABELS)} />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item label="情节因素" name={[field.name, 'conditions', 'factors']}>
                  <TagsInput placeholder="如：首次违法、主动消除危害后果" />
                </Form.Item>
                <Form.Item label="适用条件" name={[field.name, 'conditions', 'text']} rules={[required('适用条件')]}>
                  <Input.TextArea rows={2} maxLength={1000} />
                </Form.Item>
                <FineRule tier={field.name} />
              </Card>
            ))}
            {fields.length < 5 ? (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    tier: undefined,
                    conditions: { factors: [], text: '' },
                    penaltyTypes: [],
                    fine: { mode: 'NONE' },
                  })
                }
              >
                添加裁量阶次
              </Button>
            ) : null}
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </>
  );
}
