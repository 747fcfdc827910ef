import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RoleGlyph } from './RoleGlyph';

describe('role glyph', () => {
  it('is one hidden span per ball, named for its role: the grid draws 720 of them', () => {
    expect(renderToStaticMarkup(<RoleGlyph role={2} />)).toBe('<span class="role-glyph role-glyph--2" aria-hidden="true"></span>');
    expect(renderToStaticMarkup(<RoleGlyph role={0} className="diff-cell__from" />)).toBe('<span class="role-glyph role-glyph--0 diff-cell__from" aria-hidden="true"></span>');
    expect(renderToStaticMarkup(<RoleGlyph role={null} />)).toBe('');
  });
});
