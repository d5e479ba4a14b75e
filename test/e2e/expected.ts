// Expected matrices come from the stand-in's own sample data, so the tests follow the data, not a copy.
import { readFileSync } from 'node:fs';

const TRIGGERS = ['recordAdded', 'recordEdited', 'commentAdded', 'statusChanged', 'fileImported'] as const;

export interface Settings {
  notifications: Array<{ entity: { type: string; code: string }; includeSubs: boolean; [trigger: string]: unknown }>;
  notifyToCommenter: boolean;
  revision: string;
}

export interface SampleApp {
  id: number;
  name: string;
  spaceId?: number;
  live: Settings;
  preview?: Settings;
}

export const sampleApp = (id: number): SampleApp =>
  JSON.parse(readFileSync(`stand-in/apps/app-${id}.json`, 'utf8')) as SampleApp;

export const expectedRowIds = (settings: Settings) =>
  settings.notifications.map((n) => `${n.entity.type}:${n.entity.code}`);

export const expectedCells = (row: Settings['notifications'][number]) => TRIGGERS.map((t) => `${t}=${row[t]}`);
