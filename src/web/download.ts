/** Saves bytes the page made as a download: a link to a blob, clicked, then let go. */

const MIME: Readonly<Record<string, string>> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.zip': 'application/zip',
  '.csv': 'text/csv;charset=utf-8',
};

export function saveFile(name: string, content: ArrayBuffer | string): void {
  const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
  const blob = new Blob([content], { type: MIME[ext] ?? 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has its own copy once started; a minute is ample for the browser to take it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** File sizes as a person reads them: 850 KB, 2.4 MB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
