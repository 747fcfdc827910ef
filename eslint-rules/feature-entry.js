// @ts-check
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * @typedef {object} FeatureEntryOptions
 * @property {string} featuresDir The folder that holds one folder per feature, relative to the working directory.
 * @property {Record<string, string[]>} entries Per feature, the files other code may import; `'*'` lists those of every feature.
 * @property {string[]} [lazyLoaders] Files (relative to the working directory) that may load any module of a feature with a dynamic import().
 */

/** A module's path without a script extension: `./queries` names `queries.ts`. */
const withoutScriptExtension = (/** @type {string} */ path) => path.replace(/\.(ts|tsx|js|jsx)$/, '');

/**
 * A feature is used through its public entries only: code outside
 * features/<X>/ may import features/<X>/index.ts (or a declared extra entry),
 * not a module inside it. Code inside features/<X>/ imports anything of X.
 * The specifier is resolved against the importing file, because a pattern
 * cannot tell `../matrix/queries` in a sibling feature from the same text in a
 * subfolder of the importing feature.
 * @type {import('eslint').Rule.RuleModule}
 */
const featureEntry = {
  meta: {
    type: 'problem',
    docs: { description: 'A renderer feature is imported only through its public entry (index.ts or a declared extra entry).' },
    schema: [
      {
        type: 'object',
        properties: {
          featuresDir: { type: 'string' },
          entries: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          lazyLoaders: { type: 'array', items: { type: 'string' } },
        },
        required: ['featuresDir', 'entries'],
        additionalProperties: false,
      },
    ],
    messages: {
      deepImport: "'{{specifier}}' reaches into the {{feature}} feature; import its public entry instead ({{entries}}).",
    },
  },
  create(context) {
    const options = /** @type {FeatureEntryOptions} */ (context.options[0]);
    const featuresRoot = resolve(context.cwd, options.featuresDir);
    const lazyLoaders = new Set((options.lazyLoaders ?? []).map((file) => resolve(context.cwd, file)));
    const filename = resolve(context.cwd, context.filename);

    /** The feature a path lies in and its path inside that feature, or null outside the features folder. */
    const locate = (/** @type {string} */ path) => {
      const rel = relative(featuresRoot, path);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
      const [feature = '', ...rest] = rel.split(sep);
      return { feature, inner: rest.join('/') };
    };
    const entriesOf = (/** @type {string} */ feature) => [...(options.entries['*'] ?? []), ...(options.entries[feature] ?? [])];
    const importer = locate(filename);

    /** @param {import('estree').Node | null | undefined} source @param {boolean} dynamic */
    const check = (source, dynamic) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (!specifier.startsWith('.')) return;
      const target = locate(resolve(dirname(filename), specifier));
      if (!target || target.feature === importer?.feature) return;
      if (dynamic && lazyLoaders.has(filename)) return;
      const entries = entriesOf(target.feature);
      const inner = withoutScriptExtension(target.inner);
      if (inner === '' || entries.some((entry) => withoutScriptExtension(entry) === inner)) return;
      context.report({ node: source, messageId: 'deepImport', data: { specifier, feature: target.feature, entries: entries.join(', ') } });
    };

    return {
      ImportDeclaration: (node) => check(node.source, false),
      ExportNamedDeclaration: (node) => check(node.source, false),
      ExportAllDeclaration: (node) => check(node.source, false),
      ImportExpression: (node) => check(node.source, true),
    };
  },
};

export default { rules: { 'feature-entry': featureEntry } };
