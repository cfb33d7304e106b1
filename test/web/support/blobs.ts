/**
 * Blob URLs and blob contents for jsdom, which has neither URL.createObjectURL nor Blob's
 * arrayBuffer()/text(): the stubs keep each blob so a test can read what the page made.
 */

/** Reads a blob as the browser's Blob.arrayBuffer() would, through jsdom's FileReader. */
export function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

export async function blobText(blob: Blob): Promise<string> {
  return new TextDecoder().decode(await blobBytes(blob));
}

/**
 * Browsers' Blob.prototype.arrayBuffer and text (File inherits them), missing from jsdom: the
 * page reads picked files with file.arrayBuffer().
 */
export function lendBlobReading(): void {
  const proto = Blob.prototype as Partial<Pick<Blob, 'arrayBuffer' | 'text'>>;
  proto.arrayBuffer ??= function (this: Blob) {
    return blobBytes(this).then((b) => b.buffer as ArrayBuffer);
  };
  proto.text ??= function (this: Blob) {
    return blobText(this);
  };
}

/** URL.createObjectURL / revokeObjectURL stubs that keep the blobs by URL. */
export function stubBlobUrls() {
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  let n = 0;
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
  };
  return {
    blobs,
    revoked,
    restore() {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    },
  };
}
