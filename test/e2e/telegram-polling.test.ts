import { describe, expect, it } from 'vitest';
import { buttonsOf, textOf, useRigs } from '../fakes/telegram-harness.ts';

/**
 * The Telegram channel end to end in long-polling mode: the real `telegraf` polling a local
 * stand-in of the Bot API, the real engine behind it.
 */
describe('Telegram channel (long polling)', () => {
  const { start } = useRigs();

  it('registers the command menu and polls without a webhook', async () => {
    const { api } = await start();
    expect(api.commands.map((c) => c.command)).toEqual(expect.arrayContaining(['start', 'menu', 'help', 'stop', 'forget']));
    await api.waitFor('a long poll', () => api.callsTo('getUpdates').length > 0);
    expect(api.calls.map((c) => c.method).slice(0, 4)).toEqual(['getMe', 'setMyCommands', 'deleteWebhook', 'getUpdates']);
    expect(api.callsTo('getUpdates')[0]!.params.timeout).toBeGreaterThan(0);
    expect(api.callsTo('getUpdates')[0]!.params.allowed_updates).toEqual(
      expect.arrayContaining(['message', 'callback_query', 'my_chat_member']),
    );
  });

  it('carries a whole conversation from /start through onboarding into coaching, by buttons and text', async () => {
    const { api, turn, engine } = await start();
    const ana = api.newUser({ firstName: 'Ana', languageCode: 'en-gb' });

    const greeting = await turn(() => api.sendText(ana, '/start'));
    expect(textOf(greeting)).toMatch(/automated coach/i);
    expect(buttonsOf(greeting.at(-1)).length).toBeGreaterThan(0);
    expect(engine.inbounds[0]).toMatchObject({ channel: 'telegram', text: '/start', locale: 'en-GB', conversationId: String(ana.id) });

    // Consent, role: pressed.
    const consentMessage = greeting.at(-1)!;
    const afterConsent = await turn(() => api.pressButton(ana, /^yes/i));
    expect(api.callsTo('answerCallbackQuery')).toHaveLength(1);
    const answered = api.sent.find((m) => m.message_id === consentMessage.message_id && m.chat.id === ana.id)!;
    expect(buttonsOf(answered)).toEqual([]);
    expect(answered.text).toMatch(/→ Yes/);
    expect(buttonsOf(afterConsent.at(-1)).length).toBeGreaterThan(0);

    await turn(() => api.pressButton(ana, /broke/i));

    // Relationship: typed instead of pressed; the old buttons go away when the next question comes.
    const relationshipQuestion = api.sentTo(ana.id).at(-1)!;
    const afterTyped = await turn(() => api.sendText(ana, 'My partner'));
    expect(buttonsOf(afterTyped.at(-1)).length).toBeGreaterThan(0);
    expect(buttonsOf(api.sentTo(ana.id).find((m) => m.message_id === relationshipQuestion.message_id))).toEqual([]);

    // What happened: the first choice offered, whatever it is; then any check-in questions
    // (pressing the first answer) until the coaching menu appears.
    await turn(() => api.pressFirstButton(ana));
    for (let i = 0; i < 4 && !api.buttonsShown(ana.id).some((b) => /repair plan/i.test(b.text)); i++) {
      await turn(() => api.pressFirstButton(ana));
    }
    expect(api.buttonsShown(ana.id).map((b) => b.text)).toContainEqual(expect.stringMatching(/repair plan/i));

    // Coaching: the repair plan, by buttons, up to its first reflection, answered by text.
    await turn(() => api.pressButton(ana, /repair plan/i));
    for (let i = 0; i < 4 && !/write/i.test(api.sentTo(ana.id).at(-1)!.text ?? ''); i++) {
      await turn(() => api.pressFirstButton(ana));
    }
    expect(api.sentTo(ana.id).at(-1)!.text).toMatch(/write/i);
    const afterReflection = await turn(() => api.sendText(ana, 'I lied to her about where I was that weekend.'));
    expect(afterReflection.length).toBeGreaterThan(0);
    expect(textOf(afterReflection)).toMatch(/step/i);

    // The menu is always one command away.
    const menu = await turn(() => api.sendText(ana, '/menu'));
    expect(buttonsOf(menu.at(-1)).length).toBeGreaterThan(0);

    // Every press was answered; no message used a parse mode; every keyboard but the newest is gone.
    expect(api.callsTo('answerCallbackQuery').length).toBe(engine.inbounds.filter((i) => i.choice !== undefined).length);
    expect(api.sentTo(ana.id).every((m) => m.parse_mode === undefined)).toBe(true);
    const withButtons = api.sentTo(ana.id).filter((m) => buttonsOf(m).length > 0);
    expect(withButtons.length).toBeLessThanOrEqual(1);
  });

  it('answers a crisis message with crisis resources', async () => {
    const { api, turn } = await start();
    const sam = api.newUser({ languageCode: 'en-us' });
    await turn(() => api.sendText(sam, '/start'));
    const replies = await turn(() => api.sendText(sam, 'I want to kill myself'));
    // Telegram said the person writes en-US, so the US lines are offered.
    expect(textOf(replies)).toMatch(/988/);
    expect(replies.every((m) => m.text!.length <= 4096)).toBe(true);
  });

  it('answers a duplicate update (same update_id) only once', async () => {
    const { api, turn, engine } = await start();
    const lee = api.newUser();
    const first = api.sendText(lee, '/start');
    await first.processed();
    const count = api.sentTo(lee.id).length;
    expect(count).toBeGreaterThan(0);
    const again = await turn(() => api.redeliver(first));
    expect(again).toEqual([]);
    expect(engine.inbounds.map((i) => i.messageId)).toEqual([`u${first.update.update_id}`, `u${first.update.update_id}`]);
  });

  it('replies kindly to a photo, a sticker and a voice note', async () => {
    const { api, turn } = await start();
    const kim = api.newUser();
    await turn(() => api.sendText(kim, '/start'));
    for (const kind of ['photo', 'sticker', 'voice'] as const) {
      const replies = await turn(() => api.sendMedia(kim, kind));
      expect(replies.length, `a reply to a ${kind}`).toBeGreaterThan(0);
      expect(textOf(replies)).not.toMatch(/went wrong/i);
    }
    expect(textOf(api.sentTo(kim.id))).toMatch(/photo/i);
  });

  it('screens the caption of a photo for danger', async () => {
    const { api, turn, engine } = await start();
    const pat = api.newUser();
    await turn(() => api.sendText(pat, '/start'));
    const replies = await turn(() => api.sendMedia(pat, 'photo', 'I want to kill myself'));
    expect(engine.inbounds.at(-1)).toMatchObject({ media: 'photo', text: 'I want to kill myself' });
    expect(textOf(replies)).toMatch(/crisis|helpline|988/i);
  });

  it('hands an edited message to the engine as an edit with the new text', async () => {
    const { api, turn, engine } = await start();
    const eve = api.newUser();
    const hello = api.sendText(eve, 'hello');
    await hello.processed();
    const messageId = (hello.update.message as { message_id: number }).message_id;
    const replies = await turn(() => api.editText(eve, messageId, 'hello again'));
    expect(engine.inbounds.at(-1)).toMatchObject({ edited: true, text: 'hello again' });
    expect(replies.length).toBeGreaterThan(0);
  });

  it('waits out a 429 and still delivers every message, in order', async () => {
    const { api, turn } = await start();
    const calm = api.newUser();
    const expected = textOf(await turn(() => api.sendText(calm, '/start')));

    const rushed = api.newUser();
    api.failNext('sendMessage', 1, { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    const delivered = await turn(() => api.sendText(rushed, '/start'));
    expect(textOf(delivered)).toBe(expected);

    const attempts = api.calls.filter((c) => c.method === 'sendMessage' && c.params.chat_id === String(rushed.id));
    const refused = attempts.find((c) => c.error?.error_code === 429)!;
    const retried = attempts[attempts.indexOf(refused) + 1]!;
    expect(retried.ok).toBe(true);
    expect(retried.at - refused.at).toBeGreaterThanOrEqual(1000);
  });

  it('asks people in a group to talk in a private chat, without coaching there', async () => {
    const { api, turn, engine } = await start();
    const ana = api.newUser();
    const notice = await turn(() => api.sendGroupText(-100123, ana, '/start'));
    expect(notice).toHaveLength(1);
    expect(notice[0]!.text).toMatch(/private/i);
    expect(notice[0]!.reply_markup?.inline_keyboard.flat()[0]?.url).toBe('https://t.me/kintsugi_test_bot');
    expect(await turn(() => api.sendGroupText(-100123, ana, 'anyone here?'))).toEqual([]);
    expect(engine.inbounds).toEqual([]);
  });

  it('stops sending to someone who blocked the bot and tells the engine', async () => {
    const { api, turn, engine, channel } = await start();
    const bo = api.newUser();
    await turn(() => api.sendText(bo, '/start'));
    await turn(() => api.blockBot(bo));
    expect(engine.unreachable).toEqual([{ channel: 'telegram', conversationId: String(bo.id), userId: String(bo.id) }]);

    const before = api.calls.length;
    await channel.send({ channel: 'telegram', conversationId: String(bo.id), userId: String(bo.id) }, [{ text: 'A gentle nudge.' }]);
    expect(api.calls.slice(before).filter((c) => c.method === 'sendMessage')).toEqual([]);
  });

  it('notices a block from a 403 on send, stops there, and marks the person unreachable', async () => {
    const { api, turn, engine, channel } = await start();
    const cy = api.newUser();
    await turn(() => api.sendText(cy, '/start'));
    api.blockSilently(cy.id);
    const address = { channel: 'telegram', conversationId: String(cy.id), userId: String(cy.id) };
    const before = api.calls.length;
    await channel.send(address, [{ text: 'First.' }, { text: 'Second.' }]);
    expect(engine.unreachable).toEqual([address]);
    const attempts = (): number => api.calls.slice(before).filter((c) => c.method === 'sendMessage' && c.params.chat_id === String(cy.id)).length;
    expect(attempts()).toBe(1);
    await channel.send(address, [{ text: 'Third.' }]);
    expect(attempts()).toBe(1);
  });

  it('answers an old button gracefully and shows where the conversation is', async () => {
    const { api, turn, engine } = await start();
    const dee = api.newUser();
    const greeting = await turn(() => api.sendText(dee, '/start'));
    const consent = greeting.at(-1)!;
    const data = consent.reply_markup!.inline_keyboard[0]![0]!.callback_data!;
    await turn(() => api.pressButton(dee, /^yes/i));
    const current = api.sentTo(dee.id).at(-1)!;
    const currentButtons = buttonsOf(current);
    expect(currentButtons.length).toBeGreaterThan(0);
    const turnsBefore = engine.inbounds.length;

    const resent = await turn(() => api.pressData(dee, consent.message_id, data));
    const answer = api.callsTo('answerCallbackQuery').at(-1)!;
    expect(String(answer.params.text)).toMatch(/moved on/i);
    expect(engine.inbounds.length).toBe(turnsBefore);
    expect(resent).toHaveLength(1);
    expect(resent[0]!.text).toBe(current.text);
    expect(buttonsOf(resent[0])).toEqual(currentButtons);

    // The re-sent question works; the copy it replaced has no buttons left.
    expect(buttonsOf(api.sentTo(dee.id).find((m) => m.message_id === current.message_id))).toEqual([]);
    const next = await turn(() => api.pressFirstButton(dee));
    expect(next.length).toBeGreaterThan(0);
    expect(engine.inbounds.length).toBe(turnsBefore + 1);
  });

  it('still accepts a button sent before a restart, letting the engine judge it', async () => {
    const current = await start();
    const { api, engine } = current;
    const max = api.newUser();
    await current.turn(() => api.sendText(max, '/start'));
    await current.restart();
    const next = await current.turn(() => api.pressButton(max, /^yes/i));
    expect(engine.inbounds.at(-1)).toMatchObject({ choice: expect.any(String) });
    expect(api.callsTo('answerCallbackQuery')).toHaveLength(1);
    expect(next.length).toBeGreaterThan(0);
    expect(textOf(next)).not.toMatch(/moved on/i);
  });

  it('shows "typing…" while a slow turn runs, and not for a quick one', async () => {
    const slow = await start({ delayMs: 1_100 });
    const una = slow.api.newUser();
    await slow.turn(() => slow.api.sendText(una, '/start'));
    const typing = slow.api.callsTo('sendChatAction');
    expect(typing.map((c) => c.params.action)).toContain('typing');
    const firstReply = slow.api.calls.find((c) => c.method === 'sendMessage')!;
    expect(typing[0]!.at).toBeLessThanOrEqual(firstReply.at);

    const quick = await start();
    const viv = quick.api.newUser();
    await quick.turn(() => quick.api.sendText(viv, '/start'));
    expect(quick.api.callsTo('sendChatAction')).toEqual([]);
  });
});
