import type { ComponentChildren } from 'preact';
import './Lenses.css';

/**
 * The toolbar row of lenses: each lens (the person lens now; the record lens and the view across apps
 * next) puts its input here as a compact form, and its answer, when it has one, as a `.knm-lens-answer`
 * that the stylesheet moves onto its own line below the inputs. So a new lens joins the row instead of
 * pushing the matrix down, and its answer opens only when asked for.
 */
export function Lenses({ children }: { children: ComponentChildren }) {
  return <div class="knm-lenses">{children}</div>;
}
