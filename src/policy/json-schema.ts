// The policy file's JSON Schema (policy.schema.json), generated from the zod schema so the two never drift.
import * as z from '../zod';
import { PolicySchema } from './schema';

/** policy.schema.json as text: what a policy file may contain (defaults optional), with editor hints. */
export function policyJsonSchemaText(): string {
  const schema = z.toJSONSchema(PolicySchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  const document = {
    ...schema,
    $id: 'policy.schema.json',
    title: 'Sendguard policy',
    description:
      "A council's Sendguard policy: label scheme, audiences by mail domain, minimum labels for findings, encryption and confidential markers, and rule settings. Check a file with `sendguard policy validate <file>`.",
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
