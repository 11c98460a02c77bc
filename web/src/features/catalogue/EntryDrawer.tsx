import type { ListType } from '@zhifa/contracts';
import { Alert, Button, Drawer, Flex, Form } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { toNamePath } from '../../app/feedback';
import { LIST_TYPE_LABELS } from '../../app/labels';
import { newEntry, toEntry, toFormValues } from './entryForm';
import { type Entry, entryTitle } from './entryMeta';
import { BenchmarkFields } from './fields/BenchmarkFields';
import { ItemFields } from './fields/ItemFields';
import {
  ChannelFields,
  FourListFields,
  ProfileFields,
  RandomInspectionFields,
  ReviewCatalogueFields,
  ServiceGuideFields,
} from './fields/OtherFields';

/** A server field error of one entry, its path relative to the entry (`basisApplied.0.article`). */
export interface EntryError {
  path: string;
  message: string;
}

function fieldsFor(listType: ListType, otherCodes: string[]): ReactNode {
  switch (listType) {
    case 'ITEMS':
      return <ItemFields otherCodes={otherCodes} />;
    case 'BENCHMARKS':
      return <BenchmarkFields otherCodes={otherCodes} />;
    case 'RANDOM_INSPECTION':
      return <RandomInspectionFields otherCodes={otherCodes} />;
    case 'SERVICE_GUIDES':
      return <ServiceGuideFields otherCodes={otherCodes} />;
    case 'CHANNELS':
      return <ChannelFields otherCodes={otherCodes} />;
    case 'REVIEW_CATALOGUE':
      return <ReviewCatalogueFields otherCodes={otherCodes} />;
    case 'JURISDICTION_PROFILE':
      return <ProfileFields otherCodes={otherCodes} />;
    default:
      return <FourListFields otherCodes={otherCodes} />;
  }
}

/**
 * Adds or edits one entry of a draft. Nothing is sent to the server here: 确定 puts the entry into the
 * table, 保存草稿 sends the whole list. Errors the server found in this entry are shown on its fields.
 */
export function EntryDrawer({
  listType,
  open,
  row,
  entry,
  otherCodes,
  errors,
  onDone,
  onClose,
}: {
  listType: ListType;
  open: boolean;
  /** 1-based row number, or null for a new entry */
  row: number | null;
  entry: Entry | null;
  otherCodes: string[];
  errors: EntryError[];
  onDone: (entry: Entry) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Record<string, unknown>>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toFormValues(listType, entry ?? newEntry(listType)));
    if (errors.length) {
      const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
      for (const e of errors) {
        const name = toNamePath(e.path);
        const key = JSON.stringify(name);
        const f = byName.get(key) ?? { name, errors: [] };
        f.errors.push(e.message);
        byName.set(key, f);
      }
      // a list-level error (e.g. `basisApplied`) has no field of its own; it shows in the alert above
      form.setFields([...byName.values()].filter((f) => f.name.length > 0));
    }
  }, [open, entry, errors, listType, form]);

  const done = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    onDone(toEntry(listType, form.getFieldsValue(true), entry));
  };

  const title =
    row === null ? `新增条目 · ${LIST_TYPE_LABELS[listType]}` : `编辑第 ${row} 条 · ${entry ? entryTitle(entry) : ''}`;

  return (
    <Drawer
      title={title}
      open={open}
      onClose={onClose}
      size={760}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" onClick={done}>
            确定
          </Button>
        </Flex>
      }
    >
      {errors.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="保存草稿时发现以下问题，请修改后点击“确定”，再保存草稿"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {errors.map((e) => (
                <li key={`${e.path}-${e.message}`}>{e.message}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Form form={form} layout="vertical" name={`catalogue-entry-${listType}`} onFinish={done}>
        {fieldsFor(listType, otherCodes)}
      </Form>
    </Drawer>
  );
}
