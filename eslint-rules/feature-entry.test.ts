import { resolve } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import local from './feature-entry.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// Absolute paths: the rule resolves them as they are (in eslint.config.js they are relative to the working directory).
const renderer = resolve(import.meta.dirname, 'fixture/src/renderer/src');
const features = resolve(renderer, 'features');
const file = (path: string) => resolve(renderer, path);
const options = [
  {
    featuresDir: features,
    entries: { '*': ['index.ts', 'tableKeys.ts'], present: ['slides.ts', 'present.css'] },
    lazyLoaders: [`${features}/workspace/navItems.ts`],
  },
];

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' } });
const rule = local.rules['feature-entry'];
if (!rule) throw new Error('the plugin has no feature-entry rule');
const deep = (feature: string, code: string, filename: string) => ({
  code,
  filename,
  options,
  errors: [{ message: new RegExp(`reaches into the ${feature} feature; import its public entry instead`) }],
});

tester.run('feature-entry', rule, {
  valid: [
    // Inside a feature, its own subfolders and modules.
    { code: "import { SlideCanvas } from '../fit/SlideCanvas';", filename: file('features/present/slides/ChartSlide.tsx'), options },
    { code: "import { useDeck } from './queries';", filename: file('features/present/PresentPage.tsx'), options },
    // Another feature through its index, by folder or by file.
    { code: "import { useCatalog } from '../framework';", filename: file('features/matrix/MatrixPage.tsx'), options },
    { code: "import { useCatalog } from '../../framework/index';", filename: file('features/present/slides/MatrixSlide.tsx'), options },
    { code: "export { useCatalog } from '../framework/index.ts';", filename: file('features/matrix/queries.ts'), options },
    // Entries every feature has, and a declared extra entry (script and stylesheet).
    { code: "import { matrixTableKeys } from '../features/matrix/tableKeys';", filename: file('api/invalidation.ts'), options },
    { code: "import { SlideView } from '../present/slides';", filename: file('features/workshop/JoinScreen.tsx'), options },
    { code: "import '../present/present.css';", filename: file('features/workshop/JoinScreen.tsx'), options },
    // The lazy loader may load a page module dynamically.
    { code: "const load = () => import('../charts/ChartsPage');", filename: file('features/workspace/navItems.ts'), options },
    // Outside the features folder, and packages, are not this rule's business.
    { code: "import { Button } from '../../components/Button'; import { useQuery } from '@tanstack/react-query';", filename: file('features/matrix/EditBar.tsx'), options },
  ],
  invalid: [
    // A sibling feature's internals.
    deep('findings', "import { useFindings } from '../findings/queries';", file('features/workshop/VoteTargets.tsx')),
    deep('matrix', "import { useScenarioCells } from '../../matrix/scenarioCells';", file('features/present/slides/ChartSlide.tsx')),
    deep('framework', "export { useCatalog } from '../framework/queries';", file('features/matrix/queries.ts')),
    // From app/ (or any code outside the features) into a feature's internals.
    deep('start', "import { StartScreen } from '../features/start/StartScreen';", file('app/App.tsx')),
    // Another feature's declared entry is not an entry of this one.
    deep('matrix', "import { EditableMatrix } from '../matrix/slides';", file('features/workshop/JoinScreen.tsx')),
    // The exception is the lazy loader's dynamic import only: not a static import there, nor a dynamic one elsewhere.
    deep('charts', "import { ChartsPage } from '../charts/ChartsPage';", file('features/workspace/navItems.ts')),
    deep('charts', "const load = () => import('../charts/ChartsPage');", file('features/workspace/WorkspaceView.tsx')),
  ],
});
