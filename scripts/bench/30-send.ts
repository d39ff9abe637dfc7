// Send handler latency in the fake host with 20 ms per Office call: time from the event to `completed`.
import { installFakeOffice, type FakeOffice, type ItemInit } from '../../src/office/fake/index';
import { LAUNCH_HANDLERS } from '../../src/office/names';
import { onMessageSendHandler } from '../../commands/handlers';

export const title = 'Outlook send handler (fake host, 20 ms per Office call)';

const LATENCY_MS = 20;
const RUNS = 25;
const COUNCIL = 'examplecouncil.gov.uk';

const SCENARIOS: { name: string; item: ItemInit; prestamp: boolean }[] = [
  {
    name: 'allow, header already stamped by the change handlers',
    item: {
      to: [`colleague@${COUNCIL}`],
      cc: [`manager@${COUNCIL}`],
      subject: '[PROTECT] Rota',
      body: '<p>The rota for next week.</p>',
      bodyType: 'html',
    },
    prestamp: true,
  },
  {
    name: 'allow, header stamped at send',
    item: {
      to: [`colleague@${COUNCIL}`],
      subject: '[PROTECT] Rota',
      body: '<p>The rota for next week.</p>',
      bodyType: 'html',
    },
    prestamp: false,
  },
  {
    name: 'warn (external recipient)',
    item: { to: ['supplier@example.org'], subject: 'Meeting', body: 'See you on Tuesday.' },
    prestamp: true,
  },
  {
    name: 'block (NHS number to a partner, unlabelled)',
    item: {
      to: ['gp@practice.nhs.uk'],
      subject: 'Referral',
      body: `Patient NHS number 943 476 5919. ${'Background notes. '.repeat(200)}`,
    },
    prestamp: false,
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function once(fake: FakeOffice): Promise<{ ms: number; calls: number }> {
  const before = fake.calls.length;
  const started = performance.now();
  await fake.fire('OnMessageSend');
  return { ms: performance.now() - started, calls: fake.calls.length - before };
}

export async function run(): Promise<void> {
  for (const scenario of SCENARIOS) {
    const times: number[] = [];
    let calls = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const fake = installFakeOffice(globalThis, {
        organisationDomain: COUNCIL,
        latencyMs: LATENCY_MS,
        item: scenario.item,
      });
      fake.Office.actions.associate(LAUNCH_HANDLERS.OnMessageSend, onMessageSendHandler);
      if (scenario.prestamp) {
        fake.setLatency(0);
        await fake.fire('OnMessageSend');
        fake.setLatency(LATENCY_MS);
      }
      const result = await once(fake);
      times.push(result.ms);
      calls = result.calls;
      fake.uninstall();
    }
    times.sort((a, b) => a - b);
    console.log(
      `${scenario.name}: median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms ` +
        `(${calls} Office calls; ${calls * LATENCY_MS} ms if made one after another)`,
    );
  }
}
