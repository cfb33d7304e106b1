/** Office rejects RangeAreas address strings longer than this. */
export const MAX_ADDRESS_LENGTH = 8192;

/** Joins A1 addresses into comma lists, none longer than `max` characters. */
export function chunkAddresses(addresses: readonly string[], max = MAX_ADDRESS_LENGTH): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (address.length > max) throw new Error(`address longer than ${max}: ${address.slice(0, 20)}…`);
    const next = current ? `${current},${address}` : address;
    if (next.length > max) {
      chunks.push(current);
      current = address;
    } else current = next;
  }
  if (current) chunks.push(current);
  return chunks;
}
