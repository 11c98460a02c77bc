import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_HTTP_STATUS } from '../errors';

/** One place that turns any error into `{ error: { code, message, fields, requestId } }`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    let appError: AppError;
    if (err instanceof AppError) {
      appError = err;
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
        message: v.message ?? '格式错误',
      }));
      const where =
        err.validationContext === 'querystring'
          ? '查询条件'
          : err.validationContext === 'params'
            ? '地址参数'
            : '提交内容';
      appError = new AppError('VALIDATION', `${where}有误：${fields.map((f) => f.message).join('；')}`, fields);
    } else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      appError = new AppError('PAYLOAD_TOO_LARGE', '提交的内容过大');
    } else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      appError = new AppError('VALIDATION', '不支持的内容类型');
    } else if (
      err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      err.statusCode === 400
    ) {
      appError = new AppError('VALIDATION', '请求格式错误');
    } else if (err.statusCode === 429) {
      appError = new AppError('RATE_LIMITED', '请求过于频繁，请稍后再试');
    } else if (err.statusCode === 413) {
      appError = new AppError('PAYLOAD_TOO_LARGE', '上传的文件过大');
    } else if (err.statusCode === 404) {
      appError = new AppError('NOT_FOUND', '请求的资源不存在');
    } else {
      req.log.error({ err }, 'unhandled error');
      appError = new AppError('INTERNAL', '系统内部错误，请稍后重试或联系管理员');
    }
    if (appError.code !== 'INTERNAL') req.log.info({ code: appError.code }, 'request refused');
    reply.status(ERROR_HTTP_STATUS[appError.code]).send({
      error: {
        code: appError.code,
        message: appError.message,
        fields: appError.fields,
        ...appError.details,
        requestId: req.id,
      },
    });
  });
  app.setNotFoundHandler((req, reply) => {
    reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: '请求的资源不存在', fields: [], requestId: req.id } });
  });
}
