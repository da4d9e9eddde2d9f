/**
 * Reads one member of a zip archive held in memory (stored or deflated, no zip64, no
 * encryption): enough for the Wikinews pages, which their repository keeps only inside
 * `src/WikinewsKeyphraseCorpus-master.zip`. Layout per PKWARE's APPNOTE.TXT (sections 4.3.6,
 * 4.3.7, 4.3.12, 4.3.16): the end-of-central-directory record gives the central directory, whose
 * entries give each member's name, sizes and local header offset.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the end of the archive.
  const floor = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= floor; at--) {
    if (zip.readUInt32LE(at) === EOCD) return at;
  }
  throw new Error('not a zip archive (no end of central directory)');
}

/** The bytes of `member` (its path inside the archive); throws when absent or unsupported. */
export function readZipMember(zip: Buffer, member: string): Buffer {
  const eocd = endOfCentralDirectory(zip);
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('corrupt central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === member) {
      if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`corrupt local header for ${member}`);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${member}: compression method ${method} not supported`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${member} is not in the archive`);
}
