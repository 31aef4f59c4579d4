import { describe, expect, it } from 'vitest';
import { escapeHtml, html, safeUrl, trustedHtml } from './html.ts';

describe('html``', () => {
  it('escapes every interpolated value', () => {
    const name = `<img src=x onerror="alert('x')"> & co`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co</p>',
    );
  });

  it('passes nested fragments, arrays and trusted markup through, and drops null', () => {
    const items = ['a<b', 'c'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${trustedHtml('<hr>')}${3}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>3');
  });

  it('escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('safeUrl', () => {
  it('keeps absolute http(s) URLs and refuses the rest', () => {
    expect(safeUrl('https://portal.example/p/prt_1#token=x')).toBe('https://portal.example/p/prt_1#token=x');
    expect(safeUrl('http://127.0.0.1:8080/p/x')).toBe('http://127.0.0.1:8080/p/x');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/p/prt_1', 'not a url', '', null, undefined]) {
      expect(safeUrl(bad)).toBeUndefined();
    }
  });
});
