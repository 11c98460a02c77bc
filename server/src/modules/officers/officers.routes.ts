import {
  certificateInput,
  certificateStatusInput,
  officerInput,
  officerListQuery,
  officerUpdate,
  trainingInput,
} from '@zhifa/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { defineRoute } from '../../platform/http/routes';
import type { Services } from '../../services';

const idParams = z.object({ id: z.string().uuid('编号格式错误') });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(name: string): string {
  return `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function registerOfficerRoutes(app: FastifyInstance, services: Services): void {
  const { officers, certificates, roster, config } = services;

  defineRoute(app, {
    method: 'GET',
    url: '/api/officers',
    access: 'officer.read',
    summary: '执法人员列表（按权限范围）',
    tags: ['officers'],
    schema: { querystring: officerListQuery },
    handler: async ({ actor, query }) => officers.list(actor, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/officers/export',
    access: 'officer.read',
    summary: '导出执法人员名单（Excel，身份证号码脱敏）',
    tags: ['officers'],
    schema: { querystring: officerListQuery },
    handler: async ({ actor, query, reply }) => {
      const buf = await roster.export(actor, query);
      reply.header('Content-Type', XLSX).header('Content-Disposition', attachment('执法人员名单.xlsx')).send(buf);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/officers/import-template',
    access: 'officer.manage',
    summary: '下载名单导入模板',
    tags: ['officers'],
    handler: async ({ reply }) => {
      reply
        .header('Content-Type', XLSX)
        .header('Content-Disposition', attachment('执法人员名单导入模板.xlsx'))
        .send(await roster.template());
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/officers/imports',
    access: 'officer.manage',
    summary: '上传名单并开始校验（multipart：agencyId, file）',
    tags: ['officers'],
    bodyLimit: config.uploadLimit,
    handler: async ({ req, actor }) => {
      if (!req.isMultipart()) throw new AppError('VALIDATION', '请以 multipart/form-data 上传文件');
      let agencyId = '';
      let file: { name: string; data: Buffer } | null = null;
      for await (const part of req.parts({ limits: { fileSize: config.uploadLimit, files: 1, fields: 5 } })) {
        if (part.type === 'file') {
          const data = await part.toBuffer();
          if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', '上传的文件过大');
          file = { name: part.filename, data };
        } else if (part.fieldname === 'agencyId') {
          agencyId = String(part.value);
        }
      }
      const fields: { path: string; message: string }[] = [];
      if (!z.string().uuid().safeParse(agencyId).success) fields.push({ path: 'agencyId', message: '请选择执法主体' });
      if (!file) fields.push({ path: 'file', message: '请选择名单文件' });
      if (fields.length) throw new AppError('VALIDATION', fields.map((f) => f.message).join('；'), fields);
      return roster.start(actor, agencyId, file!.name, file!.data);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/officers/imports/:id',
    access: 'officer.manage',
    summary: '名单校验进度与错误报告',
    tags: ['officers'],
    schema: { params: idParams },
    handler: async ({ actor, params }) => roster.view(actor, params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/officers/imports/:id/confirm',
    access: 'officer.manage',
    summary: '确认导入校验通过的行',
    tags: ['officers'],
    schema: { params: idParams },
    handler: async ({ actor, params }) => roster.confirm(actor, params.id),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/officers/:id',
    access: 'officer.read',
    summary: '执法人员详情（记录调阅）',
    tags: ['officers'],
    schema: { params: idParams },
    handler: async ({ actor, params }) => officers.get(actor, params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/officers',
    access: 'officer.manage',
    summary: '新增执法人员',
    tags: ['officers'],
    schema: { body: officerInput },
    handler: async ({ actor, body }) => officers.create(actor, body),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/officers/:id',
    access: 'officer.manage',
    summary: '修改执法人员',
    tags: ['officers'],
    schema: { params: idParams, body: officerUpdate },
    handler: async ({ actor, params, body }) => officers.update(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/officers/:id/certificates',
    access: 'certificate.manage',
    summary: '核发执法证件',
    tags: ['officers'],
    schema: { params: idParams, body: certificateInput },
    handler: async ({ actor, params, body }) => certificates.issueCertificate(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/certificates/:id/status',
    access: 'certificate.manage',
    summary: '变更执法证件状态（需填写原因）',
    tags: ['officers'],
    schema: { params: idParams, body: certificateStatusInput },
    handler: async ({ actor, params, body }) =>
      certificates.changeCertificateStatus(actor, params.id, body.action, body.reason),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/officers/:id/training',
    access: 'training.manage',
    summary: '登记培训学时',
    tags: ['officers'],
    schema: { params: idParams, body: trainingInput },
    handler: async ({ actor, params, body }) => officers.recordTraining(actor, params.id, body),
  });
}
