import { describe, expect, test } from 'vitest';
import { escapeXml, mdCell, mdCode, mdFence, xmlAttr } from './escape.ts';

describe('escaping', () => {
  test('escapeXml escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  test('escapeXml replaces characters XML 1.0 forbids, keeping tab, newline and astral characters', () => {
    expect(escapeXml('a\u0000b\u0001c\u001Fd\tx\ny😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd\tx\ny😀');
    expect(escapeXml('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
  });

  test('xmlAttr keeps line breaks as character references', () => {
    expect(xmlAttr('a\nb\tc')).toBe('a&#10;b&#9;c');
  });

  test('mdCell removes pipes, line breaks and raw HTML', () => {
    expect(mdCell('a|b\nc <i>')).toBe('a\\|b c &lt;i&gt;');
  });

  test('mdCode uses a longer fence than any backtick run inside', () => {
    expect(mdCode('plain')).toBe('`plain`');
    expect(mdCode('a `b` c')).toBe('`` a `b` c ``');
    expect(mdCode('x ``` y')).toBe('```` x ``` y ````');
  });

  test('mdFence is never closed early by the content', () => {
    const block = mdFence('echo ```` done', 'sh');
    expect(block.startsWith('`````sh\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });
});
