// Every injected fault (error result, throw, no callback) ends in exactly one `completed` with the policy's failure mode.
import { translate } from '../../src/i18n/index';
import type { FakeApi, Fault } from '../../src/office/fake/index';
import { POLICY_STORAGE_KEY } from '../../src/office/names';
import { defaultPolicy } from '../../src/policy/default';
import { SEND_BUDGET_MS, SEND_OPTIONAL_CALL_TIMEOUT_MS } from '../../commands/handlers';
import { POLICY_CACHE_TIMEOUT_MS } from '../../src/office/policy';
import { COUNCIL, setup } from './harness';

const ITEM = { to: [`colleague@${COUNCIL}`], subject: 'Rota', body: 'The rota for next week.' };
const FAULTS: Fault[] = [{ kind: 'error' }, { kind: 'throw' }, { kind: 'hang' }];
/** Calls the send check cannot do without: any fault ends in the failure mode. */
const REQUIRED: FakeApi[] = [
  'to.getAsync',
  'cc.getAsync',
  'bcc.getAsync',
  'subject.getAsync',
  'body.getAsync',
  'getAttachmentsAsync',
  'internetHeaders.setAsync',
];
/** Calls with a safe fallback: a fault still gives the verdict (here: allow). */
const OPTIONAL: FakeApi[] = [
  'internetHeaders.getAsync',
  'getComposeTypeAsync',
  'sessionData.getAllAsync',
  'sensitivityLabel.getAsync',
  'storage.getItem',
];

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { OfficeRuntime?: unknown }).OfficeRuntime;
});

/** Fires OnMessageSend and lets 10 s of fake time pass, so any stray timer would complete twice. */
async function send(
  fake: ReturnType<typeof setup>,
): Promise<Office.SmartAlertsEventCompletedOptions | undefined> {
  const pending = fake.fire('OnMessageSend', 20000);
  await jest.advanceTimersByTimeAsync(10000);
  const sends = fake.completions.filter((c) => c.handler === 'onMessageSendHandler');
  expect(sends).toHaveLength(1);
  expect(fake.problems).toEqual([]);
  const completion = await pending;
  return completion?.options;
}

const warnFailure = {
  allowEvent: false,
  errorMessage: translate('en', 'office.send.failure.warn'),
  sendModeOverride: 'promptUser',
};

describe('required calls: the failure mode decides', () => {
  const cases = REQUIRED.flatMap((api) => FAULTS.map((fault) => [api, fault.kind, fault] as const));
  test.each(cases)('%s %s', async (api, _kind, fault) => {
    const fake = setup({ item: ITEM, faults: { [api]: fault } });
    const options = await send(fake);
    expect(options).toEqual(warnFailure);
    expect(fake.item.sent).toBe(false);
  });
});

describe('optional calls: the check still decides', () => {
  const cases = OPTIONAL.flatMap((api) => FAULTS.map((fault) => [api, fault.kind, fault] as const));
  test.each(cases)('%s %s', async (api, _kind, fault) => {
    const fake = setup({ item: ITEM, faults: { [api]: fault } });
    const options = await send(fake);
    expect(options).toEqual({ allowEvent: true });
    const completedAt = fake.completions[0]?.at ?? Number.POSITIVE_INFINITY;
    expect(completedAt).toBeLessThanOrEqual(
      Math.max(SEND_OPTIONAL_CALL_TIMEOUT_MS, POLICY_CACHE_TIMEOUT_MS) + 50,
    );
  });
});

test('the failure mode comes from the cached policy: block', async () => {
  const policy = { ...defaultPolicy, failureMode: 'block' as const };
  const fake = setup({
    item: ITEM,
    faults: { 'body.getAsync': { kind: 'error' } },
    storage: { [POLICY_STORAGE_KEY]: JSON.stringify(policy) },
  });
  expect(await send(fake)).toEqual({
    allowEvent: false,
    errorMessage: translate('en', 'office.send.failure.block'),
  });
});

test('the failure mode comes from the cached policy: allow', async () => {
  const policy = { ...defaultPolicy, failureMode: 'allow' as const };
  const fake = setup({
    item: ITEM,
    faults: { 'subject.getAsync': { kind: 'throw' } },
    storage: { [POLICY_STORAGE_KEY]: JSON.stringify(policy) },
  });
  expect(await send(fake)).toEqual({ allowEvent: true });
});

test('a slow call past the budget completes once at the budget, and its late callback changes nothing', async () => {
  const fake = setup({ item: ITEM, latencyMs: (api) => (api === 'body.getAsync' ? 8000 : 5) });
  const pending = fake.fire('OnMessageSend', 20000);
  await jest.advanceTimersByTimeAsync(SEND_BUDGET_MS + 100);
  expect(fake.completions).toHaveLength(1);
  expect((await pending)?.options).toEqual(warnFailure);
  await jest.advanceTimersByTimeAsync(10000);
  expect(fake.completions).toHaveLength(1);
  expect(jest.getTimerCount()).toBe(0);
});

test('a cached policy that is not valid falls back to the embedded one', async () => {
  const fake = setup({ item: ITEM, storage: { [POLICY_STORAGE_KEY]: '{"version": 3}' } });
  expect(await send(fake)).toEqual({ allowEvent: true });
});

test('no timers are left behind after a normal send', async () => {
  const fake = setup({ item: ITEM });
  await send(fake);
  expect(jest.getTimerCount()).toBe(0);
});

test('a throwing completed() still counts as the one completion', async () => {
  const fake = setup({ item: ITEM });
  const handler = fake.actions.get('onMessageSendHandler');
  let calls = 0;
  handler?.({
    completed: () => {
      calls += 1;
      throw new Error('host gone');
    },
  });
  await jest.advanceTimersByTimeAsync(10000);
  expect(calls).toBe(1);
});
