import type { EvidencePackageReader } from '@zhifa/ledger';
import yauzl from 'yauzl';

/** JSON and PEM entries are read whole; anything larger than this is not a genuine one. */
const SMALL_ENTRY_LIMIT = 256 * 1024 * 1024;

export interface ZipPackage extends EvidencePackageReader {
  close(): void;
}

/**
 * Opens a package zip for verification. Only the central directory is read up front; each file is
 * then streamed (and inflated) on demand, so a multi-GB video never sits in memory. yauzl refuses
 * entry names that are absolute or climb out with "..", and checks each entry's declared size.
 */
export async function openZipPackage(file: string): Promise<ZipPackage> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  const names: string[] = [];
  const byName = new Map<string, yauzl.Entry>();
  try {
    for await (const entry of zip.eachEntry()) {
      names.push(entry.fileName);
      if (!byName.has(entry.fileName)) byName.set(entry.fileName, entry);
    }
  } catch (err) {
    zip.close();
    throw err;
  }
  const open = async (name: string) => {
    const entry = byName.get(name);
    return entry ? { entry, stream: await zip.openReadStreamPromise(entry) } : null;
  };
  return {
    names: () => names,
    async read(name) {
      const entry = byName.get(name);
      if (!entry) return null;
      if (entry.uncompressedSize > SMALL_ENTRY_LIMIT) throw new Error(`${name} 过大（${entry.uncompressedSize} 字节）`);
      const opened = await open(name);
      const chunks: Buffer[] = [];
      for await (const chunk of opened!.stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async stream(name) {
      return (await open(name))?.stream ?? null;
    },
    close: () => zip.close(),
  };
}
