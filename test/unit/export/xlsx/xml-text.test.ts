import { describe, expect, it } from 'vitest';
import { needsPreserve, textElement, xmlAttribute, xmlText } from '@/lib/export/xlsx/xml-text';

describe('xmlText: a cell text as XML element content', () => {
  it('leaves ordinary text alone, Indonesian letters, quotes, tabs and line breaks included', () => {
    for (const text of ['Dewi Lestari', 'Ñoman Éka Pérez', 'baris 1\nbaris 2; "kutip", koma', 'a\tb', 'Hubungi\r\nlagi', "D'Ayu", '']) expect(xmlText(text)).toBe(text);
  });

  it('escapes markup characters', () => {
    expect(xmlText('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(xmlText('</t></is><f>1+1</f>')).toBe('&lt;/t&gt;&lt;/is&gt;&lt;f&gt;1+1&lt;/f&gt;');
  });

  it('keeps formula-looking text as it is: a text cell is never evaluated', () => {
    expect(xmlText('=HYPERLINK("http://contoh.invalid","klik")')).toBe('=HYPERLINK("http://contoh.invalid","klik")');
    expect(xmlText('+62 812')).toBe('+62 812');
  });

  it('writes control characters XML cannot hold as _xHHHH_, and U+FFFE / U+FFFF too', () => {
    expect(xmlText('a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg')).toBe('a_x0000_b_x0001_c_x0008_d_x000B_e_x000C_f_x001F_g');
    expect(xmlText('\ufffe\uffff')).toBe('_xFFFE__xFFFF_');
  });

  it('escapes the "_" of a text that already looks like an _xHHHH_ escape, so it reads back as typed', () => {
    expect(xmlText('kode _x0041_ dan _x00e9_')).toBe('kode _x005F_x0041_ dan _x005F_x00e9_');
    expect(xmlText('_x12_ _xZZZZ_ snake_case')).toBe('_x12_ _xZZZZ_ snake_case');
    expect(xmlText('_x0041_\u0001&')).toBe('_x005F_x0041__x0001_&amp;');
  });
});

describe('xmlAttribute', () => {
  it('escapes quotes and markup, and drops control characters', () => {
    expect(xmlAttribute(`Tim "D'Ayu" & <co>`)).toBe(`Tim &quot;D'Ayu&quot; &amp; &lt;co&gt;`);
    expect(xmlAttribute('a\u0001b\nc')).toBe('abc');
  });
});

describe('needsPreserve', () => {
  it('is true when white space leads or trails, which a reader may otherwise trim', () => {
    expect([' a', 'a ', '\na', 'a\n', '\ta', 'a\r'].map(needsPreserve)).toEqual([true, true, true, true, true, true]);
    expect(['a', 'a b', 'a\nb', ''].map(needsPreserve)).toEqual([false, false, false, false]);
  });
});

describe('textElement', () => {
  it('escapes the text and keeps its edge white space only when it has some', () => {
    expect(textElement('a & b')).toBe('<t>a &amp; b</t>');
    expect(textElement(' catatan\n')).toBe('<t xml:space="preserve"> catatan\n</t>');
  });
});
