import { isKnownType } from '../model/types';

/** A monochrome glyph per entity type, drawn by the stylesheet (css/matrix.css); decorative. */
export const TypeIcon = ({ type }: { type: string }) => (
  <span class={`knm-icon knm-icon-${isKnownType(type) ? type : 'UNKNOWN'}`} aria-hidden="true" />
);
