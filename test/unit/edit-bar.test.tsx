// The edit bar says a refused save in words: which kinds were saved, and the notification kintone refused.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { EditBar } from '../../src/ui/edit/EditBar';
import { translator } from '../../src/i18n';
import { ApiError } from '../../src/api/errors';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

describe('EditBar', () => {
  it('names the notification whose condition kintone refused', () => {
    const error = new ApiError('CB_VA01', 'badRequest', 'notifications[0].filterCond: The user does not exist.');
    render(
      <EditBar
        t={translator('en')}
        edit={{
          editing: true,
          edits: [],
          result: {
            outcome: 'failed',
            kinds: ['perRecord'],
            written: [],
            failed: { kind: 'perRecord', error, at: '#1 "Big deal"' },
          },
        }}
        changed={[]}
        onSave={() => undefined}
        onUndo={() => undefined}
        onDiscard={() => undefined}
        onCommenter={() => undefined}
      />,
      root,
    );
    expect(root.querySelector('[data-write-result="failed"]')?.textContent).toContain(
      'Per-record #1 "Big deal" (CB_VA01',
    );
  });
});
