/** Small monochrome glyphs per entity type; decorative (the type word is always next to them). */
const PATHS: Record<string, string> = {
  USER: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-5 6c0-2.8 2.2-5 5-5s5 2.2 5 5z',
  GROUP: 'M5.5 7a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zm5 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM1 13c0-2.5 2-4.5 4.5-4.5S10 10.5 10 13zm9.5-4.5c2.5 0 4.5 2 4.5 4.5h-4a5.5 5.5 0 0 0-1.9-4.2z',
  ORGANIZATION: 'M6 1h4v4H9v2h4v3h1v4h-4v-4h1V8H5v2h1v4H2v-4h1V7h4V5H6z',
  FIELD_ENTITY: 'M2 3h12v10H2zm2 2v2h8V5zm0 4v2h5V9z',
};
const UNKNOWN = 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.9 10h1.8v1.8H7.1zM8 3.5c1.7 0 3 1.1 3 2.6 0 1.9-2.2 2-2.2 3.4H7.2c0-2.2 2.1-2.4 2.1-3.4 0-.6-.6-1-1.3-1-.8 0-1.3.5-1.4 1.1L5 5.8C5.3 4.4 6.5 3.5 8 3.5z';

export function TypeIcon({ type }: { type: string }) {
  return (
    <svg class="knm-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[type] ?? UNKNOWN} />
    </svg>
  );
}
