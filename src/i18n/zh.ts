import type { Messages } from './messages';

/**
 * 简体中文: only kintone's own trigger names and the title for now — every byte of a message table ships
 * in the bundle (see the size budget), so the rest falls back to English until Chinese is asked for.
 */
export const zh: Partial<Messages> = {
  title: '通知矩阵',
  'trigger.recordAdded': '添加记录',
  'trigger.recordEdited': '编辑记录',
  'trigger.commentAdded': '写评论',
  'trigger.statusChanged': '更新状态',
  'trigger.fileImported': '导入文件',
};
