/**
 * Every message of the settings page as "English|日本語": one table, so each key ships once, and the two
 * languages side by side (two keyed tables cost 0.37 KB more gzip; pairs as arrays 0.1 KB more than these
 * strings). The i18n unit test checks that each has both languages and the same `{name}` parameters.
 * 日本語: トリガー名は kintone の「アプリの条件通知」画面の表記に合わせる。
 */
export const MESSAGES = {
  title: 'Notification matrix|通知マトリクス',
  appFallback: 'App {id}|アプリ {id}',
  revision: 'Revision|リビジョン',
  revisionPreview: 'Pre-live revision|動作テスト環境',
  commenterSentence:
    'People who comment on a record are also notified:|過去にそのレコードにコメントを書き込んだユーザーにも通知:',
  yes: 'Yes|はい',
  no: 'No|いいえ',
  refresh: 'Refresh|再読み込み',
  retry: 'Retry|再試行',
  loading: 'Loading…|読み込み中…',
  emptyTitle: 'No one receives general notifications from this app.|このアプリの条件通知を受け取る人はいません。',
  emptyHint:
    'Add them in App Settings › Notifications › General Notifications.|「アプリの設定 › 通知」で追加できます。',

  recipient: 'Recipient|通知先',
  'trigger.recordAdded': 'Record added|レコード追加',
  'trigger.recordEdited': 'Record edited|レコード編集',
  'trigger.commentAdded': 'Comment added|コメント書き込み',
  'trigger.statusChanged': 'Status changed|ステータスの更新',
  'trigger.fileImported': 'File imported|ファイル読み込み',
  totals: 'Recipients per trigger|操作ごとの通知先の数',
  cellOn: 'Notified|通知する',
  cellOff: 'Not notified|通知しない',

  'type.USER': 'User|ユーザー',
  'type.GROUP': 'Group|グループ',
  'type.ORGANIZATION': 'Department|組織',
  'type.FIELD_ENTITY': 'Field|フィールド',
  'type.unknown': 'Unknown ({type})|不明 ({type})',
  guest: 'Guest|ゲスト',
  includeSubs: 'incl. sub-departments|下位組織を含む',
  'kind.TO_ME': 'To Me|「自分宛」通知',
  'kind.ALL': 'All|「すべて」通知',
  'kind.UNKNOWN': 'Unknown|不明',

  'flag.FIELD_MISSING': 'field no longer exists|フィールドが存在しません',
  'flag.USER_STOPPED': 'stopped user|停止中のユーザー',
  'flag.NOT_IN_DIRECTORY': 'not found in the directory|ユーザー情報に見つかりません',
  processOff: 'Process management is off: this never fires|プロセス管理が無効のため、この通知は送信されません',
  cellInert: 'Set, but never sent|設定済み(送信されない)',

  'error.permission':
    'Reading notification settings needs App Management permission for this app.|通知設定を見るにはアプリ管理権限が必要です。',
  'error.notFound': 'App not found. It may have been deleted.|アプリが見つかりません。削除された可能性があります。',
  'error.guestSpace':
    'This guest-space app was not read through its guest-space path.|ゲストスペース内のアプリです。ゲストスペースのパスを通して読み込む必要があります。',
  'error.badRequest': 'kintone rejected the request.|リクエストが拒否されました。',
  'error.busy': 'kintone is busy. Try again shortly.|kintone が混み合っています。しばらくしてから再試行してください。',
  'error.network': 'kintone could not be reached.|kintone に接続できませんでした。',
  'error.timeout': 'kintone did not answer in time.|kintone から応答がありませんでした。',
  'error.invalid': 'kintone sent settings this panel cannot read.|kintone から読み取れない形式の設定が返されました。',
  'error.unknown': 'The settings could not be read.|通知設定を読み込めませんでした。',
  'error.noApp':
    'No app ID on this page: open the plug-in from the app’s settings.|アプリIDがありません。アプリの設定から開いてください。',

  'env.live': 'Live|運用環境',
  'env.preview': 'Pre-live|動作テスト環境',
  'env.diff': 'Differences|差分',
  envLabel: 'Settings to show|表示する設定',
  pending:
    'Pre-live settings differ from live — apply them with Update App.|動作テスト環境の設定が運用環境と異なります。「アプリを更新」で反映されます。',
  diffSummary:
    '{added} added, {removed} removed, {changed} changed recipients; {cells} triggers changed|通知先 追加{added}・削除{removed}・変更{changed}件、通知する操作の変更{cells}件',
  diffCommenter:
    'Notify commenters: {from} → {to}|過去にそのレコードにコメントを書き込んだユーザーへの通知: {from} → {to}',
  'change.added': 'Added|追加',
  'change.removed': 'Removed|削除',
  'change.changed': 'Changed|変更',

  findings: 'Findings|確認事項',
  'finding.NO_RECIPIENTS': 'Nobody is notified of anything in this app.|このアプリでは誰にも通知されません。',
  'finding.FIELD_MISSING': 'Recipient fields that no longer exist in the form:|存在しないフィールド:',
  'finding.USER_STOPPED': 'Stopped users still listed:|停止中のユーザー:',
  'finding.NOT_IN_DIRECTORY': 'Codes not found in the directory:|見つからないコード:',
  'finding.UNKNOWN_TYPE': 'Recipients of an unknown type:|不明な種類の通知先:',
  'finding.ALL_TRIGGERS_OFF': 'Recipients with every trigger off:|通知する操作がひとつもない通知先:',
  'finding.STATUS_WITHOUT_PROCESS':
    'Status changed never fires (process management is off):|プロセス管理が無効で送信されない通知:',
  'finding.ACTOR_NEVER_NOTIFIED': 'Never sent: nobody is notified of their own action:|操作した本人には通知されません:',
  'finding.EDIT_NOISE': 'Every record edit notifies a whole group or department:|編集のたびにグループ・組織全体へ通知:',
  'finding.PENDING_CHANGES': 'Pre-live changes await Update App.|アプリの更新待ちの変更があります。',
  'finding.CONDITION_CODE_UNKNOWN':
    'Conditions naming a user, group or department that no longer exists (kintone refuses to save this list):|存在しないユーザー・グループ・組織を条件に含む通知(この一覧は保存できません):',
  'finding.CONDITION_FIELD_MISSING':
    'Conditions on fields no longer in the form:|フォームにないフィールドが条件の通知:',
  'finding.TIMING_FIELD_MISSING':
    'Reminders on fields no longer in the form:|フォームにないフィールドが基準のリマインダー:',
  'finding.TIMING_FIELD_NOT_DATE': 'Reminders on a field that is not a date:|日付でないフィールドが基準のリマインダー:',
  'finding.NO_TARGETS': 'Notifications that notify nobody:|通知先のない通知:',
  'finding.TARGET_FLAGGED': 'Stopped, unknown or deleted recipients in:|停止中・不明・削除済みの通知先:',
  'finding.NO_TIMEZONE': 'No reminder time zone is set.|タイムゾーンが未設定です。',
  more: '+{count} more|ほか {count} 件',

  'kind.general': 'General|アプリの条件通知',
  'kind.perRecord': 'Per-record|レコードの条件通知',
  'kind.reminder': 'Reminders|リマインダーの条件通知',
  'kind.everyone': 'Everyone|全通知先',
  'column.perRecord': 'P|レコード',
  'column.reminder': 'R|期日',
  kindsLabel: 'Kind of notification|通知の種類',
  noTitle: '(no summary)|(通知内容なし)',
  showQuery: 'Query|クエリ',
  noNotifications: 'None set.|設定はありません。',
  timezone: 'Reminder time zone:|リマインダーのタイムゾーン:',
  timezoneNone: '(not set)|(未設定)',
  kindUnread:
    '{env} settings could not be read ({code}): whether they differ is unknown.|{env}を読み込めませんでした({code})。差分は不明です。',
  'timing.before': '{span} before {field}|{field}の{span}前',
  'timing.after': '{span} after {field}|{field}の{span}後',
  'timing.on': 'on the day of {field}|{field}の当日',
  'timing.exact': 'at the time of {field}|{field}の日時',
  'timing.at': '{when} at {time}|{when} {time}',
  'timing.days': '{n} days|{n}日',
  'timing.day': '1 day|1日',
  'timing.hours': '{n} hours|{n}時間',
  'timing.hour': '1 hour|1時間',
  'timing.join': '{a} {b}|{a}{b}',
  'change.condition': 'condition changed|条件を変更',
  'change.title': 'summary changed|通知内容を変更',
  'change.timing': 'timing changed|タイミングを変更',
  'change.subs': 'incl. sub-departments changed|「下位組織を含む」の設定を変更',

  filter: 'Filter|絞り込み',
  filterHint: 'Filter: code, name, label|絞り込み: コード・名前・フィールド名',
  typeAll: 'All types|すべての種類',
  triggerAny: 'Any trigger|すべての操作',
  shown: '{shown} of {total} recipients|{total} 件中 {shown} 件',
  downloadCsv: 'CSV|CSV',
  copyMarkdown: 'Markdown|Markdown',
  copied: 'Copied|コピーしました',
  print: 'Print|印刷',
  exportType: 'Type|種類',
  exportCode: 'Code|コード',
  exportName: 'Name|名前',
  exportKind: 'Notifications|通知の種類',
  exportChange: 'Change|変更',
  exportCondition: 'Condition|条件',
  exportTiming: 'Timing|タイミング',
  personLabel: 'Check a person|通知を受け取るか確認',
  personHint: 'Login name|ログイン名',
  personCheck: 'Check|確認',
  personClear: 'Close|閉じる',
  personAfter: 'After Update App|アプリを更新した後',
  recordLabel: 'Check a record|レコードを確認',
  recordHint: 'Number or URL|番号または URL',
  recordTitle: 'Record {id}|レコード {id}',
  'recordError.NO_RECORD': 'Type a record number or paste its address.|レコード番号か URL を入力してください。',
  'recordError.OTHER_APP': 'A record of another app:|別のアプリのレコードです:',
  'recordError.GAIA_RE01': 'No such record.|レコードがありません。',
  'recordError.CB_NO02': 'You may not view this record.|このレコードの閲覧権限がありません。',
  'recordError.URL_TOO_LONG':
    'too long to ask kintone (its URLs stop at 8 KB)|長すぎて問い合わせできません(URL は 8 KB まで)',
  'met.true': 'condition met|条件に一致',
  'met.false': 'condition not met|条件に不一致',
  'met.unknown': 'not checked: {reason}|確認できません: {reason}',
  'met.saver': 'depends on who saves it|保存する人による',
  'at.future': 'due {when}|{when} に通知予定',
  'at.passed': 'was due {when}|通知予定日時({when})を過ぎています',
  'at.none': 'no reminder: the date is empty|日付が空のため通知されません',
  recipientsNone: 'nobody|通知先なし',
  'recordReach.field': "Yes — in this record's {via}|はい(このレコードの {via})",
  'reach.direct': 'Yes — named directly|はい(直接指定)',
  'reach.group': 'Yes — as a member of {via}|はい({via} のメンバー)',
  'reach.organization': 'Yes — through {via}|はい({via} 経由)',
  'reach.path': 'Yes — through {path}, inside {via} incl. sub-departments|はい({path} 経由、{via} の下位組織を含む)',
  'reach.field': 'Depends on the record — when they are in {via}|レコードによる({via} に含まれるとき)',
  'reach.none': 'No|いいえ',
  'reach.unknown':
    'Could not be checked (the directory is not readable for this account)|確認できません(このアカウントではユーザー情報を読めません)',
  'why.NOT_RECIPIENT': 'No — not a recipient on this record|いいえ(このレコードの通知先ではありません)',
  'why.STOPPED': 'No — a stopped or deleted user|いいえ(停止中または削除されたユーザー)',
  'why.NO_APP_VIEW':
    'No — the app permissions do not let them view records|いいえ(アプリのアクセス権でレコードを閲覧できません)',
  'why.NO_RECORD_VIEW':
    'No — record permissions, row {rule}, do not let them view this record|いいえ(レコードのアクセス権の {rule} 行目でこのレコードを閲覧できません)',
  'why.CONDITION_NOT_MET': 'No — the record does not meet the condition|いいえ(レコードが条件に一致しません)',
  'why.NO_DATE': 'No — the date is empty|いいえ(日付が空です)',
  'why.PASSED': 'No — the reminder time has passed|いいえ(通知日時を過ぎています)',
  'why.UNKNOWN_RECIPIENT':
    'Unknown — whether they are a recipient could not be checked|不明(通知先に含まれるか確認できません)',
  'why.UNKNOWN_CONDITION': 'Unknown — kintone did not evaluate the condition|不明(kintone が条件を評価できません)',
  'why.UNKNOWN_PERMISSION':
    'Unknown — the permissions could not be checked {code}|不明(アクセス権を確認できません {code})',
  whenComes: 'sent when a save makes the record newly meet the condition|保存で新たに条件に一致したときに通知',
  emptyField: '{field}: empty on this record|{field}: このレコードでは空欄',
  verdictNotes:
    'Not checked here: nobody is notified of their own action; a file import sends only "File imported"; personal and domain mail settings cannot be read; pre-live settings send nothing until Update App.|ここでは確認できないこと: 自分の操作は自分に通知されません。ファイル読み込みでは「ファイル読み込み」の通知だけが送信されます。個人とドメインのメール設定は読めません。動作テスト環境の設定はアプリを更新するまで通知されません。',
  'recordView.true': 'may view it (record permissions, row {rule})|閲覧できます(レコードのアクセス権の {rule} 行目)',
  'recordView.none': 'no record permission applies|該当するレコードのアクセス権はありません',
  recordAclCheck: 'Check a record|レコードで確認',
  'caveat.self': 'Nobody is notified of their own action.|自分の操作は通知されません。',
  'caveat.view.true':
    'May view records: yes (entry {entry} of the app permissions).|レコード閲覧権限: あり(アプリのアクセス権の {entry} 行目)',
  'caveat.view.false':
    'May view records: no — notifications about records they cannot view never reach them.|レコード閲覧権限: なし — 閲覧できないレコードの通知は届きません。',
  'caveat.view.unknown': 'May view records: could not be checked.|レコード閲覧権限: 確認できません。',
  'caveat.record-acl':
    'Record permissions exist (rules: {count}): they may still keep a record, and its notifications, from them.|レコードのアクセス権({count} 件)により、閲覧できないレコードの通知は届かない可能性があります。',
  'caveat.stopped': 'This user is stopped: they receive nothing.|停止中のユーザーには届きません。',
  'caveat.guest': 'A guest is notified only inside the guest space.|ゲストにはゲストスペース内でのみ通知されます。',
  'caveat.pre-live':
    'Pre-live settings notify nobody until Update App.|動作テスト環境の設定による通知は、アプリを更新するまで送信されません。',
  'caveat.email':
    'Personal e-mail notification settings cannot be read here: they may turn e-mail off.|個人のメール通知設定は確認できません。メール通知をオフにしている可能性があります。',
  'caveat.unknownUser': 'No user with this login name was found.|このログイン名のユーザーは見つかりません。',
  kindDiff: '{added} added, {removed} removed, {changed} changed|追加 {added}・削除 {removed}・変更 {changed}',

  edit: 'Edit|編集',
  editNote:
    'Editing pre-live: nothing changes for anyone until Save, then Update App.|動作テスト環境を編集中: 保存してアプリを更新するまで通知は変わりません。',
  save: 'Save to pre-live{kinds}|動作テスト環境に保存{kinds}',
  discard: 'Discard edits|編集を破棄',
  undo: 'Undo my change|自分の変更を元に戻す',
  writing: 'Writing…|保存中…',
  cancel: 'Cancel|キャンセル',
  remove: 'Remove|削除',
  replace: 'Replace everywhere…|すべて置き換え…',
  removeNotification: 'Remove notification|通知を削除',
  addRecipient: 'Add recipient|通知先を追加',
  summary: 'Summary|通知内容',
  replaceTitle: 'Replace or remove {name} everywhere|{name} をすべての通知で置き換え・削除',
  replaceHint: 'Replace with (no code: remove it everywhere):|置き換え先(空欄にすると上のすべての通知から削除):',
  replaceConfirm: 'Apply everywhere|すべてに適用',
  saved:
    'Saved to pre-live: {kinds}. Check the Differences, then Update App.|動作テスト環境に保存: {kinds}。差分を確認してアプリを更新してください。',
  conflict:
    'Not saved: someone else saved meanwhile. Your edits now apply to their version: check, then save again.|未保存: ほかのユーザーが先に保存しました。編集はその設定に適用し直しました。確認して再度保存してください。',
  undoConflict:
    'Not undone: someone else saved after your change, and undoing would overwrite it.|元に戻していません: 変更の後にほかのユーザーが保存しており、上書きになるためです。',
  writeFailed:
    'Saved: {written}. Not saved: {failed}. Not attempted: {skipped}. Unsaved edits are kept.|保存済み: {written}。保存失敗: {failed}。未実行: {skipped}。未保存の編集は残っています。',
  updateApp: 'Update App|アプリを更新',
  updateAppWarning:
    'Update App applies every pending change of the app (form, views, permissions…), not only notifications.|アプリを更新すると、通知だけでなくフォーム・一覧・アクセス権など未反映の変更がすべて反映されます。',
  deployed: 'Update App done: pre-live is now live.|アプリを更新し、運用環境に反映しました。',
  deployFailed: 'Update App did not complete: {reason}|アプリの更新が完了しませんでした: {reason}',
  editReview:
    'Not applied ({count}): someone else changed or removed {titles} since you edited it. Discard, then edit it again.|未適用({count}件): 編集後にほかのユーザーが {titles} を変更または削除しました。破棄して編集し直してください。',
  deployPending:
    'Update App is still running — check later with Refresh.|アプリの更新はまだ処理中です。しばらくしてから再読み込みしてください。',

  appsOpen: 'All apps|全アプリ',
  appsCost:
    '{apps} apps: a scan sends {reads} reads, 8 per app, each counted in that app’s daily API limit.|{apps} アプリ: スキャンで {reads} 回(1アプリ8回)読み取ります。各アプリの1日のAPIリクエスト数に数えられます。',
  appsScan: 'Scan|スキャン',
  appsRescan: 'Rescan|再スキャン',
  appsProgress: '{done} of {total} apps read|{total} 件中 {done} 件を読み取り',
  appsScanned: 'Scanned {time}: {read} of {total} apps read.|{time} にスキャン: {total} 件中 {read} 件を読み取り。',
  appsNotRead: 'Not read: {code}|読み取れません: {code}',
  appsPacing: 'The domain is busy: {share} at a time.|混雑のため同時 {share} 件ずつ読み取り中。',
  appsUnsaved: 'Not kept: the browser’s storage is full.|ブラウザーの保存領域が不足し、保存していません。',
  appsPerson: 'Person in every app|ユーザーを全アプリで確認',
  'apps.name': 'App|アプリ',
  'apps.recipients': 'Recipients|通知先',
  'apps.notifications': 'Notifications|通知',
  'apps.findings': 'Findings|確認事項',
  'apps.pending': 'Pending|更新待ち',
  offboardTitle: 'Offboard {person} from the apps naming them|{person} を通知先や条件に指定しているアプリから外す',
  offboardBy: 'Replace with (empty: remove)|置き換え先(空欄: 削除)',
  offboardPreview: 'Preview|プレビュー',
  offboardInclude: 'Include in the offboarding|置き換え・削除の対象にする',
  offboardNowhere: 'not in pre-live|動作テスト環境の設定には含まれていません',
  offboardReplace: 'Replace by {by} in pre-live|動作テスト環境で {by} に置き換え',
  offboardRemove: 'Remove in pre-live|動作テスト環境で削除',
  'offboard.saved': 'saved|保存済み',
  'offboard.conflict':
    'not saved: changed meanwhile, preview again|未保存: ほかのユーザーが先に保存しました。もう一度プレビューしてください',
  'offboard.failed': 'not saved|未保存',
  'offboard.deployed': 'updated|更新済み',
  'offboard.deploy-failed': 'Update App failed|更新失敗',
  'offboard.deploy-pending': 'Update App still running|更新処理中',
  'offboard.skipped': 'left out|対象外',
  offboardRefused: '{by}: {why}. Nothing was saved.|{by}: {why}。保存していません。',
  offboardCondition: 'condition: {cond}|条件: {cond}',
  offboardByHand: 'change by hand|手動で変更',
  'offer.preLive': 'pre-live only|動作テスト環境のみ',
  'offer.condition': 'in a condition|条件に指定',

  options: 'Plug-in options|プラグインの設定',
  listButtonOption:
    'Show app administrators a “Notifications” link on the record list and a “Who is notified about this record?” link on each record|アプリ管理者に、レコード一覧の「通知設定」リンクとレコード詳細の「このレコードの通知先」リンクを表示',
  saveOptions: 'Save|保存',
} as const;

export type MessageKey = keyof typeof MESSAGES;
export type Messages = Record<MessageKey, string>;
