import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZipMember } from '../bench/gold-real/zip.js';

interface Member {
  name: string;
  data: Buffer;
  deflate: boolean;
}

/** A zip archive written byte by byte per APPNOTE.TXT, so the reader meets a real layout. */
function zipOf(members: Member[], comment = ''): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const name = Buffer.from(member.name, 'utf8');
    const body = member.deflate ? deflateRawSync(member.data) : member.data;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(member.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(member.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(member.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(member.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(member.data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(member.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return Buffer.concat([...locals, directory, end, Buffer.from(comment)]);
}

describe('readZipMember (bench/gold-real pages kept in an archive)', () => {
  const page = Buffer.from('<h1>Grève à La Poste</h1><p>« Non », dément la direction.</p>');
  const archive = zipOf(
    [
      { name: 'corpus/README', data: Buffer.from('lisez-moi'), deflate: false },
      { name: 'corpus/documents/1.html', data: page, deflate: true },
      { name: 'corpus/documents/2.html', data: Buffer.from('stocké tel quel'), deflate: false },
    ],
    'un commentaire d’archive',
  );

  it('returns a deflated member and a stored one, byte for byte', () => {
    expect(readZipMember(archive, 'corpus/documents/1.html').equals(page)).toBe(true);
    expect(readZipMember(archive, 'corpus/documents/2.html').toString()).toBe('stocké tel quel');
  });

  it('names the member that is not there, and refuses what is no archive', () => {
    expect(() => readZipMember(archive, 'corpus/documents/3.html')).toThrow(
      'corpus/documents/3.html is not in the archive',
    );
    expect(() => readZipMember(page, 'x')).toThrow('not a zip archive');
  });
});
