// The recipient picker offers "incl. sub-departments" only where kintone honours it: a department, or a field
// that holds departments — not users, groups, or the fields that hold them.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { RecipientPicker } from '../../src/ui/edit/RecipientPicker';
import { translator } from '../../src/i18n';
import type { FormField, Target } from '../../src/model/types';
import { installKintone } from './support/fake-kintone';

const root = document.body.appendChild(document.createElement('div'));
installKintone(() => ({}));
afterEach(() => render(null, root));

const FIELDS = new Map<string, FormField>([
  ['Approver', { code: 'Approver', type: 'USER_SELECT', label: 'Approver' }],
  ['Department', { code: 'Department', type: 'ORGANIZATION_SELECT', label: 'Department' }],
]);
const settle = () => new Promise((resolve) => setTimeout(resolve));

async function pick(type: string, code: string) {
  const picked: Array<Target | undefined> = [];
  render(
    <RecipientPicker
      t={translator('en')}
      fields={FIELDS}
      action="add-recipient"
      label="Add"
      onPick={(x) => picked.push(x)}
    />,
    root,
  );
  const select = root.querySelector<HTMLSelectElement>('[data-pick="type"]')!;
  select.value = type;
  select.dispatchEvent(new Event('change'));
  await settle();
  const input = root.querySelector<HTMLInputElement>('[data-pick="code"]')!;
  input.value = code;
  input.dispatchEvent(new Event('input'));
  await settle();
  const subs = root.querySelector<HTMLInputElement>('[data-pick="subs"]');
  if (subs) {
    subs.checked = true;
    subs.dispatchEvent(new Event('change'));
    await settle();
  }
  root.querySelector<HTMLButtonElement>('[data-action="add-recipient"]')!.click();
  return { offered: Boolean(subs), picked: picked[0] };
}

describe('incl. sub-departments in the picker', () => {
  it.each([
    ['ORGANIZATION', 'sales', true],
    ['FIELD_ENTITY', 'Department', true],
    ['FIELD_ENTITY', 'Approver', false],
    ['USER', 'sato', false],
    ['GROUP', 'auditors', false],
  ])('%s %s: offered %s', async (type, code, offered) => {
    const result = await pick(type, code);
    expect(result.offered).toBe(offered);
    expect(result.picked).toEqual({ type, code, includeSubs: offered });
  });
});
