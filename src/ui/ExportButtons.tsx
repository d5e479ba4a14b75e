import { useState } from 'preact/hooks';
import { toCsv, toMarkdown } from '../model/export';
import { useT } from './i18n-context';

interface ExportButtonsProps {
  /** Builds the table (header + rows) of what is on screen, only when an export is asked for. */
  table: () => string[][];
  /** File name without extension. */
  name: string;
}

function download(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButtons({ table, name }: ExportButtonsProps) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(toMarkdown(table()));
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard access can be refused (permissions, insecure context): the download still works.
      download(toMarkdown(table()), `${name}.md`, 'text/markdown;charset=utf-8');
    }
  };
  return (
    <span class="knm-export">
      <button
        type="button"
        class="knm-button"
        data-export="csv"
        onClick={() => download(toCsv(table()), `${name}.csv`, 'text/csv;charset=utf-8')}
      >
        {t('downloadCsv')}
      </button>
      <button type="button" class="knm-button" data-export="markdown" onClick={copy}>
        {copied ? t('copied') : t('copyMarkdown')}
      </button>
      <button type="button" class="knm-button" data-export="print" onClick={() => window.print()}>
        {t('print')}
      </button>
    </span>
  );
}
