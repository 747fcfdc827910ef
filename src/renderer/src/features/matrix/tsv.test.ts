import { describe, expect, it } from 'vitest';
import { formatTsv, parseTsv, rolesFromTsv, rolesToTsv } from './tsv';

describe('parseTsv', () => {
  it('reads rows ending in \\r\\n, \\n or \\r, without an extra row for a final newline', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('1\r2')).toEqual([['1'], ['2']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('keeps blank cells and blank rows', () => {
    expect(parseTsv('1\t\t3\n\n\t2\n')).toEqual([['1', '', '3'], [''], ['', '2']]);
    expect(parseTsv('1\t')).toEqual([['1', '']]);
  });

  it('reads quoted cells with tabs, newlines and doubled quotes inside', () => {
    expect(parseTsv('"a\tb"\t"line 1\nline 2"\t"say ""hi"""\n')).toEqual([['a\tb', 'line 1\nline 2', 'say "hi"']]);
  });
});

describe('formatTsv and rolesToTsv', () => {
  it('writes \\r\\n rows and quotes what needs it; parses back to the same', () => {
    const rows = [
      ['3', '', 'a\tb'],
      ['x"y', 'line\nbreak', '0'],
    ];
    const text = formatTsv(rows);
    expect(text).toBe('3\t\t"a\tb"\r\n"x""y"\t"line\nbreak"\t0\r\n');
    expect(parseTsv(text)).toEqual(rows);
  });

  it('writes roles as digits and unset cells as blanks', () => {
    expect(rolesToTsv([
      [3, null],
      [0, 1],
    ])).toBe('3\t\r\n0\t1\r\n');
  });
});

describe('rolesFromTsv', () => {
  it('accepts digits and role words in English and Dutch, any case, with spaces', () => {
    expect(rolesFromTsv('0\tnone\tGeen\n1\tSupporting\t ondersteunend \n2\tIMPORTANT\tbelangrijk\n3\tlead\tLeidend\r\n')).toEqual({
      ok: true,
      values: [
        [0, 0, 0],
        [1, 1, 1],
        [2, 2, 2],
        [3, 3, 3],
      ],
    });
  });

  it('skips blank cells', () => {
    expect(rolesFromTsv('3\t\t1\n')).toEqual({ ok: true, values: [[3, undefined, 1]] });
  });

  it('refuses the first value that is not a role and says where it is', () => {
    expect(rolesFromTsv('3\t2\n1\tmaybe\t4\n')).toEqual({ ok: false, value: 'maybe', row: 2, col: 2 });
    expect(rolesFromTsv('5')).toEqual({ ok: false, value: '5', row: 1, col: 1 });
    expect(rolesFromTsv('2.0')).toMatchObject({ ok: false, value: '2.0' });
  });
});
