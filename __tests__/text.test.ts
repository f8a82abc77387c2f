import { describe, expect, it } from 'vitest';
import { decodeUtf8, LineIndex, looksBinary } from '../src/document/text.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlesDir } from './helpers.js';

describe('LineIndex', () => {
  it('counts LF, CRLF and lone CR as line ends', () => {
    const lines = new LineIndex('a\r\nbc\rd\ne');
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(3)).toEqual({ line: 2, column: 1 });
    expect(lines.position(4)).toEqual({ line: 2, column: 2 });
    expect(lines.position(6)).toEqual({ line: 3, column: 1 });
    expect(lines.position(8)).toEqual({ line: 4, column: 1 });
  });
});

describe('decodeUtf8', () => {
  it('drops a BOM so columns count from the first character', () => {
    const decoded = decodeUtf8(Buffer.from('\uFEFF# Title', 'utf8'));
    expect(decoded).toMatchObject({ text: '# Title', hadBom: true, problems: [] });
  });

  it('reports invalid UTF-8 at its first bad byte and still decodes the rest', () => {
    const bytes = Buffer.concat([Buffer.from('ok\n组', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(' tail', 'utf8')]);
    const decoded = decodeUtf8(bytes);
    expect(decoded.text).toBe('ok\n组\uFFFD( tail');
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.problems[0]!.offset).toBe(4);
    expect(decoded.problems[0]!.message).toContain('0xc3 at byte 6');
  });

  it('reads a UTF-16LE file with its byte-order mark and says it is not UTF-8', () => {
    const bytes = readFileSync(join(articlesDir, 'en-US/Boards/includes/board-updates-utf16.md'));
    expect(looksBinary(bytes)).toBe(false);
    const decoded = decodeUtf8(bytes);
    expect(decoded.text.startsWith('<!-- This file is generated')).toBe(true);
    expect(decoded.problems[0]!.message).toBe('File is UTF-16LE, not UTF-8: convert it to UTF-8');
  });

  it('tells binary from text by NUL bytes', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBe(true);
    expect(looksBinary(Buffer.from('---\ntitle: x\n---\n'))).toBe(false);
  });
});
