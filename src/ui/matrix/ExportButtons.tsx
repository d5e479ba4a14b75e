import { toCsv, toMarkdown } from '../../model/export';
import type { Translate } from '../../i18n';
import { copyText } from './copy-text';
import './ExportButtons.css';

interface ExportButtonsProps {
  /** Builds the table (header + rows) of what is on screen, only when an export is asked for. */
  table: () => string[][];
  /** File name without extension. */
  name: string;
  t: Translate;
}

function download(text: string, fileName: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** CSV download, Markdown to the clipboard (downloaded instead when the clipboard is refused), print. */
export function ExportButtons({ table, name, t }: ExportButtonsProps) {
  const copy = (event: MouseEvent) => {
    // Taken now: currentTarget is cleared once the click has been dispatched.
    const button = event.currentTarget as HTMLButtonElement;
    const markdown = toMarkdown(table());
    // The clipboard is missing outside secure contexts, or refused: then the Markdown is downloaded.
    copyText(markdown).then((copied) => {
      if (copied) button.textContent = t('copied');
      else download(markdown, `${name}.md`);
    });
  };
  return (
    <span class="knm-export">
      <button
        type="button"
        class="knm-button"
        data-export="csv"
        onClick={() => download(toCsv(table()), `${name}.csv`)}
      >
        {t('downloadCsv')}
      </button>
      <button type="button" class="knm-button" data-export="markdown" onClick={copy}>
        {t('copyMarkdown')}
      </button>
      <button type="button" class="knm-button" data-export="print" onClick={() => print()}>
        {t('print')}
      </button>
    </span>
  );
}
