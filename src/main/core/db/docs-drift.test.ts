import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, migrate } from './migrations';
import { nativeBinding } from './native';

/**
 * The documentation is checked against the code, so it cannot drift quietly:
 * docs/file-format.md names the schema version of the latest migration, every
 * migration and every table; nothing in the repository points to a document
 * outside it (docs/architecture.md and docs/domain.md are in it); and the files
 * and links the README and docs/*.md name exist.
 */

const ROOT = resolve(import.meta.dirname, '../../../..');
const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
const fileFormat = readFileSync(join(ROOT, 'docs/file-format.md'), 'utf8');

/** The migration files on disk, `NNNN-name.sql`, in order. */
function migrationFiles(): { version: number; name: string }[] {
  return readdirSync(MIGRATIONS_DIR)
    .map((file) => /^(\d{4})-(.+)\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: `${m[1]}-${m[2]}` }))
    .sort((a, b) => a.version - b.version);
}

/** The number on the line `Schema version: N` (bold allowed) of a document. */
function documentedSchemaVersion(markdown: string): number | null {
  const lines = [...markdown.matchAll(/^Schema version: \**(\d+)\**\s*$/gm)];
  return lines.length === 1 ? Number(lines[0]![1]) : null;
}

/** The text of the `## Tables` section: from its heading to the next `## ` heading. */
function tablesSection(markdown: string): string {
  const start = markdown.indexOf('\n## Tables\n');
  if (start < 0) return '';
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('docs/file-format.md against the migrations', () => {
  it('has one "Schema version: N" line, and N is the latest migration on disk', () => {
    const files = migrationFiles();
    const latest = files[files.length - 1]!.version;
    expect(documentedSchemaVersion(fileFormat)).toBe(latest);
    expect(LATEST_VERSION).toBe(latest);
  });

  it('names every migration', () => {
    const missing = migrationFiles().filter((m) => !fileFormat.includes(`\`${m.name}\``));
    expect(missing.map((m) => m.name)).toEqual([]);
  });

  describe('documents every table of the migrated schema in its Tables section', () => {
    const db = new Database(':memory:', { nativeBinding: nativeBinding() });
    migrate(db);
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    afterAll(() => db.close());
    const section = tablesSection(fileFormat);

    it('finds the Tables section', () => {
      expect(section.length).toBeGreaterThan(0);
    });
    it.each(tables)('%s', (table) => {
      expect(section).toContain(`\`${table}\``);
    });
  });
});

/** Folders that are not the project's own text: dependencies, builds, test output. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.tmp', 'test-results', 'playwright-report', 'coverage']);
const TEXT_FILE = /\.(md|ts|tsx|js|mjs|cjs|json|ya?ml|sql|css|html|svg|sh|txt)$|^[^.]+$/;

function projectFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) projectFiles(path, out);
    else if (stat.isFile() && stat.size < 2_000_000 && TEXT_FILE.test(name)) out.push(path);
  }
  return out;
}

/** A reference to a document outside the repository: `../shared/<name>.md` at any depth. */
const THIS_FILE = join(import.meta.dirname, 'docs-drift.test.ts');
const OUTSIDE_DOC = /(?:\.\.\/)+shared\/[\w./-]*\.md\b/;

describe('everything the repository refers to is in it', () => {
  it('no file refers to a ../shared/*.md document', () => {
    const offenders: string[] = [];
    for (const file of projectFiles(ROOT)) {
      if (file === THIS_FILE) continue; // its own examples below
      const text = readFileSync(file, 'utf8');
      text.split('\n').forEach((line, i) => {
        if (OUTSIDE_DOC.test(line)) offenders.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('the pattern catches such a reference (and leaves code imports of src/shared alone)', () => {
    expect(OUTSIDE_DOC.test('See `../shared/architecture.md` for the settled design.')).toBe(true);
    expect(OUTSIDE_DOC.test(' * Written from the facts in ../../shared/domain.md.')).toBe(true);
    expect(OUTSIDE_DOC.test("import type { ApiBridge } from '../shared/api';")).toBe(false);
  });
});

/** The README and every page in docs/. */
function markdownPages(): string[] {
  const docs = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join(ROOT, 'docs', name));
  return [join(ROOT, 'README.md'), ...docs];
}

/** Repository paths a page names in backticks (`src/main/core/db/tables.ts`); patterns and placeholders left out. */
const NAMED_PATH = /`((?:src|e2e|scripts|bench|bin|docs|build|\.github|\.ci)\/[^`\s*<>…]*)`/g;
/** Relative Markdown links and images: [text](path#anchor). */
const RELATIVE_LINK = /\]\((?!https?:|mailto:|#)([^)#\s]+)(?:#[^)]*)?\)/g;

describe('the README and docs/*.md name only what exists', () => {
  it.each(markdownPages().map((page) => relative(ROOT, page)))('%s', (page) => {
    const text = readFileSync(join(ROOT, page), 'utf8');
    const missing: string[] = [];
    for (const [, path] of text.matchAll(NAMED_PATH)) {
      if (!existsSync(join(ROOT, path!))) missing.push(path!);
    }
    for (const [, link] of text.matchAll(RELATIVE_LINK)) {
      if (!existsSync(resolve(dirname(join(ROOT, page)), decodeURI(link!)))) missing.push(link!);
    }
    expect(missing).toEqual([]);
  });
});
