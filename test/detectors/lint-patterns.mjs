// Lints src/detectors, and the registry's patterns given as JSON on stdin, with eslint-plugin-regexp's backtracking rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { regexp },
      rules: {
        'regexp/no-super-linear-backtracking': 'error',
        'regexp/no-super-linear-move': 'error',
        'regexp/no-misleading-capturing-group': 'error',
      },
    },
  ],
});
const results = await eslint.lintFiles(['src/detectors/**/*.ts']);
// Patterns built at runtime (`new RegExp(...)`) are linted as the literals they evaluate to.
const input = readFileSync(0, 'utf8').trim();
const patterns = input === '' ? [] : JSON.parse(input);
if (patterns.length > 0) {
  const code = patterns
    .map((p, i) => `// ${p.name}\nexport const p${i} = ${p.literal};`)
    .join('\n');
  results.push(
    ...(await eslint.lintText(code, {
      filePath: join(root, 'src/detectors/registry-patterns.ts'),
    })),
  );
}
const problems = results.flatMap((r) =>
  r.messages.map(
    (m) => `${r.filePath.slice(root.length)}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`,
  ),
);
process.stdout.write(
  JSON.stringify({ files: results.length, patterns: patterns.length, problems }),
);
