// The pane's catalogue: every message in English and Welsh with the same placeholders, and every id the code uses exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES } from '../../src/detectors/types';
import { localeFor } from '../../src/i18n';
import { uiCy, uiEn } from '../../src/i18n/ui';
import { defaultPolicy } from '../../src/policy/default';
import { RULE_IDS } from '../../src/policy/schema';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('ui catalogue', () => {
  it('has a Welsh message for every English one, with the same placeholders', () => {
    expect(Object.keys(uiCy).sort()).toEqual(Object.keys(uiEn).sort());
    for (const [id, english] of Object.entries(uiEn)) {
      expect([id, placeholders(uiCy[id] ?? '')]).toEqual([id, placeholders(english)]);
    }
  });

  it('is translated, not copied: Welsh differs from English except for names', () => {
    // Product and language names, codes and the header name read the same in both languages ("Label" is Welsh too).
    const names = [
      'ui.app.name',
      'ui.language.en',
      'ui.language.cy',
      'ui.entity.IBAN',
      'ui.label.option',
      'ui.recipients.field.cc',
      'ui.recipients.field.bcc',
      'ui.read.marking.label',
      'ui.read.marking.header',
      'ui.read.role.cc',
      'ui.sim.field.cc',
      'ui.sim.field.bcc',
    ];
    expect(Object.keys(uiEn).filter((id) => uiEn[id] === uiCy[id])).toEqual(names);
  });

  it('names every entity type, rule and default audience', () => {
    for (const type of ENTITY_TYPES) expect(uiEn[`ui.entity.${type}`]).toBeDefined();
    for (const rule of RULE_IDS) expect(uiEn[`ui.rule.${rule}`]).toBeDefined();
    for (const audience of defaultPolicy.audiences)
      expect(uiEn[`ui.audience.${audience.id}`]).toBeDefined();
  });

  it('defines every literal id the task pane and the simulator use', () => {
    const root = join(__dirname, '..', '..');
    const code = [...sources(join(root, 'taskpane')), ...sources(join(root, 'simulator'))].join(
      '\n',
    );
    const used = [...code.matchAll(/['`](ui\.[\w.-]+)['`]/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((id) => uiEn[id] === undefined)).toEqual([]);
  });

  it('picks Welsh from a Welsh display language only', () => {
    expect(localeFor('cy-GB')).toBe('cy');
    expect(localeFor('en-GB')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });
});
