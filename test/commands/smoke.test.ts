import { setup } from './harness';

test('smoke', async () => {
  const fake = setup({ item: { to: ['Bob <bob@gmail.com>'], subject: 'Hello', body: 'NHS number 943 476 5919 for the patient' } });
  const c = await fake.fire('OnMessageSend');
  console.log(JSON.stringify(c, null, 1), fake.problems, fake.item.headers);
});
