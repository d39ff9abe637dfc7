// Writes policy.schema.json at the repository root from the zod policy schema (`npm run schema`).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { policyJsonSchemaText } from '../src/policy/json-schema';

const target = resolve(__dirname, '..', 'policy.schema.json');
writeFileSync(target, policyJsonSchemaText());
console.log(`wrote ${target}`);
