import { Component } from 'preact';
import { toCsv, toMarkdown } from '../model/export';
import type { Translate } from '../i18n';

interface ExportButtonsProps {
  /** Builds the table (header + rows) of what is on screen, only when an export is asked for. */
  table: () => string[][];
  /** File name without extension. */
  name: string;
  t: Translate;
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

export class ExportButtons extends Component<ExportButtonsProps, { copied: boolean }> {
  copy = async () => {
    const markdown = toMarkdown(this.props.table());
    try {
      await navigator.clipboard.writeText(markdown);
      this.setState({ copied: true });
      setTimeout(() => this.setState({ copied: false }), 2000);
    } catch {
      // Clipboard access can be refused (permissions, insecure context): fall back to a download.
      download(markdown, `${this.props.name}.md`, 'text/markdown;charset=utf-8');
    }
  };

  render({ table, name, t }: ExportButtonsProps) {
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
        <button type="button" class="knm-button" data-export="markdown" onClick={this.copy}>
          {this.state.copied ? t('copied') : t('copyMarkdown')}
        </button>
        <button type="button" class="knm-button" data-export="print" onClick={() => window.print()}>
          {t('print')}
        </button>
      </span>
    );
  }
}
