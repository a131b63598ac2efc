import { describe, expect, it } from 'vitest';
import { TEST_WEBHOOK_SECRET, TEST_WEBHOOK_URL, textOf, useRigs } from '../fakes/telegram-harness.ts';

/**
 * The Telegram channel end to end in webhook mode: the stand-in POSTs updates to the bot's
 * webhook server with the registered secret, as Telegram does; forged calls are refused.
 */
describe('Telegram channel (webhook)', () => {
  const rigs = useRigs({ webhook: true });
  const start = () => rigs.start();
  const hookUrl = (): string => `http://127.0.0.1:${rigs.current.channel.webhookPort}${new URL(TEST_WEBHOOK_URL).pathname}`;

  it('registers the webhook with its secret and never polls', async () => {
    const { api } = await start();
    expect(api.webhook).toMatchObject({ url: TEST_WEBHOOK_URL, secret_token: TEST_WEBHOOK_SECRET });
    expect(api.webhook!.allowed_updates).toEqual(expect.arrayContaining(['message', 'callback_query', 'my_chat_member']));
    expect(api.callsTo('getUpdates')).toEqual([]);
  });

  it('runs a conversation over the webhook, answering each POST with 200', async () => {
    const { api, turn } = await start();
    const ana = api.newUser();
    const greeting = await turn(() => api.sendText(ana, '/start'));
    expect(textOf(greeting)).toMatch(/automated coach/i);
    const next = await turn(() => api.pressButton(ana, /^yes/i));
    expect(next.length).toBeGreaterThan(0);
    expect(api.webhookDeliveries.map((d) => d.status)).toEqual([200, 200]);
    expect(api.calls.filter((c) => c.via === 'webhook-reply')).toEqual([]);
  });

  it('refuses forged calls: a wrong secret, no secret, or the wrong path reach nothing', async () => {
    const { api, engine: recorded } = await start();
    const ana = api.newUser();
    const update = {
      update_id: 1,
      message: { message_id: 1, date: 1, chat: { id: ana.id, type: 'private' }, from: ana, text: '/start' },
    };
    const post = (url: string, headers: Record<string, string>): Promise<Response> =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(update) });

    const forged = await post(hookUrl(), { 'x-telegram-bot-api-secret-token': 'not-the-secret' });
    const missing = await post(hookUrl(), {});
    const wrongPath = await post(hookUrl().replace('/hook', '/other'), { 'x-telegram-bot-api-secret-token': TEST_WEBHOOK_SECRET });
    const get = await fetch(hookUrl(), { headers: { 'x-telegram-bot-api-secret-token': TEST_WEBHOOK_SECRET } });
    for (const response of [forged, missing, wrongPath, get]) expect([401, 403]).toContain(response.status);
    expect(recorded.inbounds).toEqual([]);
    expect(api.callsTo('sendMessage')).toEqual([]);

    const genuine = await post(hookUrl(), { 'x-telegram-bot-api-secret-token': TEST_WEBHOOK_SECRET });
    expect(genuine.status).toBe(200);
    expect(recorded.inbounds).toHaveLength(1);
  });

  it('answers a webhook retry of the same update only once', async () => {
    const { api, turn } = await start();
    const lee = api.newUser();
    const first = api.sendText(lee, '/start');
    await first.processed();
    const count = api.sentTo(lee.id).length;
    expect(count).toBeGreaterThan(0);
    expect(await turn(() => api.redeliver(first))).toEqual([]);
    expect(api.sentTo(lee.id)).toHaveLength(count);
    expect(api.webhookDeliveries.map((d) => d.status)).toEqual([200, 200]);
  });
});
