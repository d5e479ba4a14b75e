/**
 * Edit mode's state and its three writes — Save, Undo, Update App — each started by a click. After every
 * write the panel re-reads, so what is on screen is what kintone holds. Nothing is lost on the way: a
 * conflict keeps every edit, which the re-read then replays onto the other person's version; a failed write
 * keeps the edits of the kinds that were not written. A plain class, like PanelLoader, to keep hooks out.
 */
import { deploy, isConflict, writeKinds, type WriteOutcome } from '../../api/write';
import {
  applyEdits,
  changedKinds,
  EDIT_KINDS,
  kindsOf,
  unplaced,
  type Bodies,
  type Edit,
  type EditKind,
} from '../../model/edit';
import type { ApiError } from '../../api/errors';

export type WriteResult =
  | {
      outcome: 'saved' | 'conflict' | 'failed';
      /** The kinds to write, those written, and the one that failed (those after it were not attempted). */
      kinds: EditKind[];
      written: EditKind[];
      /** `at`: the notification kintone's refusal names (`notifications[2]…`), as "#3 summary", when it names one. */
      failed?: { kind: EditKind; error: ApiError; at?: string };
      /** The write was Undo's. */
      undoing?: boolean;
    }
  /** deploy-pending: kintone still said PROCESSING when the polls ran out; it may yet succeed. */
  | { outcome: 'deployed' | 'deploy-failed' | 'deploy-pending'; status?: string; error?: ApiError };

export interface EditState {
  editing: boolean;
  edits: Edit[];
  /** A write is running: the write buttons wait. */
  writing?: boolean;
  result?: WriteResult;
  /** Pre-live answers as they were before this page's first save, and the revision after its last: Undo. */
  undo?: { bodies: Bodies; revision: string };
}

/** A refusal before anything was written because someone else saved meanwhile is a conflict; else a failure. */
function outcomeOf({ written, failed }: WriteOutcome): 'saved' | 'conflict' | 'failed' {
  if (!failed) return 'saved';
  return written.length === 0 && isConflict(failed.error) ? 'conflict' : 'failed';
}

export class EditSession {
  state: EditState = { editing: false, edits: [] };

  constructor(
    private readonly appId: string,
    /** Redraws the panel with the new state. */
    private readonly onChange: (state: EditState) => void,
    /** Re-reads the settings; called after every write, written or not. */
    private readonly reread: () => void,
  ) {
    addEventListener('beforeunload', this.beforeUnload);
  }

  /** Leaving the page with unsaved edits asks first (the browser's own prompt): they exist nowhere else. */
  private beforeUnload = (event: Event) => {
    if (this.state.edits.length) event.preventDefault();
  };

  dispose() {
    removeEventListener('beforeunload', this.beforeUnload);
  }

  set(patch: Partial<EditState>) {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }

  add(edit: Edit) {
    this.set({ edits: [...this.state.edits, edit], result: undefined });
  }

  /** Writes the kinds the edits changed, each expecting the revision the previous write answered. */
  save(read: Bodies) {
    const { edits } = this.state;
    const draft = applyEdits(read, edits);
    // Edits whose notification someone else changed were not applied: they stay, for review, written or not.
    const notApplied = unplaced.get(draft) ?? [];
    const kinds = changedKinds(read, draft);
    const changed: Bodies = Object.fromEntries(kinds.map((kind) => [kind, draft[kind]]));
    return this.write(changed, read[kinds[0]]?.revision ?? '', ({ written, revision }) => {
      const before = { ...this.state.undo?.bodies };
      for (const kind of written) before[kind] ??= read[kind];
      return {
        undo: written.length ? { bodies: before, revision } : this.state.undo,
        // Saved kinds are in pre-live now; the others' edits stay, to be replayed on the re-read answers.
        edits: edits.filter(
          (edit) => notApplied.includes(edit) || kindsOf(edit).some((kind) => !written.includes(kind)),
        ),
      };
    });
  }

  /** Writes back the pre-live answers as they were before this page's first save. */
  undoSaves() {
    const { undo } = this.state;
    if (!undo) return Promise.resolve();
    return this.write(
      undo.bodies,
      undo.revision,
      ({ written, revision, failed }) => {
        const left = { ...undo.bodies };
        for (const kind of written) delete left[kind];
        // After someone else's save the revision check would refuse Undo for good: it is withdrawn instead.
        // Edits not saved yet are kept whatever Undo did: they exist nowhere else.
        const stays = failed && !isConflict(failed.error);
        return { edits: this.state.edits, undo: stays ? { bodies: left, revision } : undefined };
      },
      true,
    );
  }

  /** One Save or Undo: the writes, then what they leave for edit mode, the outcome in words, and a re-read. */
  private async write(
    bodies: Bodies,
    revision: string,
    after: (outcome: WriteOutcome) => Partial<EditState>,
    undoing = false,
  ) {
    const kinds = EDIT_KINDS.filter((kind) => bodies[kind]);
    if (kinds.length === 0 || this.state.writing) return;
    this.set({ writing: true });
    const outcome = await writeKinds(this.appId, bodies, revision);
    const { written, failed } = outcome;
    // kintone names what it refused by its place in the list sent ("notifications[2].filterCond", a condition
    // naming a deleted user, say): the administrator recognises the notification by its number and summary.
    const index = failed && /notifications\[(\d+)\]/.exec(failed.error.detail)?.[1];
    const named = failed && failed.kind !== 'general' && index && bodies[failed.kind]?.notifications[Number(index)];
    const at = named ? `#${Number(index) + 1} "${String(named.title ?? '')}"` : undefined;
    this.set({
      ...after(outcome),
      writing: false,
      result: { outcome: outcomeOf(outcome), kinds, written, failed: failed && { ...failed, at }, undoing },
    });
    this.reread();
  }

  /** Update App: deploys the pre-live settings at the revision on screen. */
  async deploy(revision: string) {
    if (this.state.writing) return;
    this.set({ writing: true });
    let result: WriteResult;
    try {
      const status = await deploy(this.appId, revision);
      // Only SUCCESS is done; FAIL and CANCEL did not apply; still PROCESSING after every poll is not known yet.
      const outcomes: Record<string, 'deployed' | 'deploy-pending'> = {
        SUCCESS: 'deployed',
        PROCESSING: 'deploy-pending',
      };
      result = { outcome: outcomes[status] ?? 'deploy-failed', status };
    } catch (error) {
      result = { outcome: 'deploy-failed', error: error as ApiError };
    }
    this.set({ writing: false, result });
    this.reread();
  }
}
