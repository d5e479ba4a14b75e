import type { Messages } from './en';

/** 简体中文: the words that matter most (kintone's own trigger names); the rest falls back to English. */
export const zh: Partial<Messages> = {
  title: '通知矩阵',
  revision: '修订版本',
  yes: '是',
  no: '否',
  refresh: '刷新',
  retry: '重试',
  recipient: '通知对象',
  'trigger.recordAdded': '添加记录',
  'trigger.recordEdited': '编辑记录',
  'trigger.commentAdded': '写评论',
  'trigger.statusChanged': '更新状态',
  'trigger.fileImported': '导入文件',
  'type.USER': '用户',
  'type.GROUP': '角色',
  'type.ORGANIZATION': '组织',
  'type.FIELD_ENTITY': '字段',

  'env.live': '正式环境',
  'env.preview': '未发布的设置',
  'env.diff': '差异',
  listButton: '通知设置',
  close: '关闭',
};
