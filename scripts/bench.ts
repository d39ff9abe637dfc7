// `npm run bench`: runs every benchmark section in scripts/bench/ in name order and prints figures.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function run(): Promise<void> {
  const dir = join(__dirname, 'bench');
  const only = process.argv[2];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && (only === undefined || f.includes(only)))
    .sort();
  for (const file of files) {
    const section = (await import(join(dir, file))) as { title: string; run: () => Promise<void> };
    console.log(`\n== ${section.title} (${file})`);
    await section.run();
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
