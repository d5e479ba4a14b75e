import type { Messages } from './en';

/** 简体中文: a partial table; anything missing falls back to English. */
export const zh: Partial<Messages> = {
  title: '通知矩阵',
  subtitle: '谁会收到此应用的常规通知，以及在什么操作时收到',
  appFallback: '应用 {id}',
  revision: '修订版本',
  commenterSentence: '同时通知在记录中写过评论的用户:',
  yes: '是',
  no: '否',
  refresh: '刷新',
  retry: '重试',
  loading: '正在读取通知设置…',
  emptyTitle: '没有人会收到此应用的常规通知。',
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
  guest: '来宾',
  'kind.TO_ME': '与我相关',
  'kind.ALL': '全部',
};
