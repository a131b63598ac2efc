import { describe, expect, it } from 'vitest';
import { useRigs } from '../fakes/telegram-harness.ts';

/**
 * How replies look in Telegram, shown through the channel's proactive `send` (the path
 * nudges and reminders take) against the local Bot API stand-in.
 */
describe('Telegram rendering', () => {
  const { start } = useRigs();
  const addressOf = (id: number) => ({ channel: 'telegram', conversationId: String(id), userId: String(id) });

  it('splits a long text under 4096 characters at sentence boundaries, keeping every word', async () => {
    const { api, channel } = await start();
    const ana = api.newUser();
    const sentence = (i: number): string => `Sentence number ${i} says one small true thing about trust.`;
    const long = Array.from({ length: 160 }, (_, i) => sentence(i)).join(' ');
    expect(long.length).toBeGreaterThan(8192);

    await channel.send(addressOf(ana.id), [{ text: long, choices: [{ id: 'ok', label: 'Got it' }] }]);
    const parts = api.sentTo(ana.id);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) {
      expect(part.text!.length).toBeLessThanOrEqual(4096);
      expect(part.text).toMatch(/trust\.$/);
    }
    expect(parts.map((p) => p.text).join(' ')).toBe(long);
    expect(parts.slice(0, -1).every((p) => p.reply_markup === undefined)).toBe(true);
    expect(parts.at(-1)!.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(['Got it']);
  });

  it('delivers a long text without any full stop whole, never splitting an emoji', async () => {
    const { api, channel } = await start();
    const ana = api.newUser();
    const long = 'x'.repeat(4095) + '💛' + 'y'.repeat(3000) + ' ' + 'z'.repeat(5000);
    await channel.send(addressOf(ana.id), [{ text: long }]);
    const parts = api.sentTo(ana.id).map((m) => m.text!);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join('').replace(/ /g, '')).toBe(long.replace(/ /g, ''));
    expect(parts.some((p) => p.includes('💛'))).toBe(true);
  });

  it('shows an image as a photo with its description', async () => {
    const { api, channel } = await start();
    const ana = api.newUser();
    await channel.send(addressOf(ana.id), [{ text: 'Your week at a glance.', image: { url: 'https://example.test/chart.png', alt: 'Trust rose from 3 to 5' } }]);
    const [text, photo] = api.sentTo(ana.id);
    expect(text!.text).toBe('Your week at a glance.');
    expect(photo).toMatchObject({ photo: 'https://example.test/chart.png', caption: 'Trust rose from 3 to 5' });
  });

  it('sends text as plain text, so markup characters arrive exactly as written', async () => {
    const { api, channel } = await start();
    const ana = api.newUser();
    const tricky = 'Try this: <b>pause</b> & breathe — *slowly*, _then_ [reply](later).';
    await channel.send(addressOf(ana.id), [{ text: tricky }]);
    const [message] = api.sentTo(ana.id);
    expect(message!.text).toBe(tricky);
    expect(message!.parse_mode).toBeUndefined();
  });

  it('shows web links as buttons and phone or text links written out', async () => {
    const { api, channel } = await start();
    const ana = api.newUser();
    await channel.send(addressOf(ana.id), [
      {
        text: 'People who can help right now:',
        links: [
          { label: '988 Lifeline chat', url: 'https://988lifeline.org/chat' },
          { label: 'Call 988', url: 'tel:988' },
          { label: 'Text HOME', url: 'sms:741741?body=HOME' },
        ],
      },
    ]);
    const [message] = api.sentTo(ana.id);
    expect(message!.reply_markup?.inline_keyboard.flat()).toEqual([{ text: '988 Lifeline chat', url: 'https://988lifeline.org/chat' }]);
    expect(message!.text).toContain('Call 988');
    expect(message!.text).toContain('Text HOME: 741741');
  });

  it('sends an attachment as a document', async () => {
    const { api, channel } = await start();
    const ana = api.newUser();
    await channel.send(addressOf(ana.id), [
      { text: 'Here is your journal.', attachment: { name: 'journal.txt', mimeType: 'text/plain', content: 'Day 1: I listened.\n' } },
    ]);
    const [text, file] = api.sentTo(ana.id);
    expect(text!.text).toBe('Here is your journal.');
    expect(file!.document).toMatchObject({ file_name: 'journal.txt', content: 'Day 1: I listened.\n' });
  });

  it('fits a choice id longer than 64 bytes into callback data and hands the full id back', async () => {
    const { api, channel, turn, engine: recorded } = await start();
    const ana = api.newUser();
    await turn(() => api.sendText(ana, '/start'));
    const longId = `exercise:${'really-long-choice-id-'.repeat(4)}`;
    await channel.send(addressOf(ana.id), [{ text: 'Pick one.', choices: [{ id: longId, label: 'This one' }] }]);
    const button = api.sentTo(ana.id).at(-1)!.reply_markup!.inline_keyboard[0]![0]!;
    expect(Buffer.byteLength(button.callback_data!)).toBeLessThanOrEqual(64);
    await turn(() => api.pressButton(ana, 'This one'));
    expect(recorded.inbounds.at(-1)).toMatchObject({ choice: longId });
  });

  it('keeps one chat\'s messages in order while a 429 is waited out', async () => {
    const { api, channel } = await start();
    const ana = api.newUser();
    api.failNext('sendMessage', 1, { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    await Promise.all([
      channel.send(addressOf(ana.id), [{ text: 'One.' }, { text: 'Two.' }]),
      channel.send(addressOf(ana.id), [{ text: 'Three.' }]),
    ]);
    expect(api.sentTo(ana.id).map((m) => m.text)).toEqual(['One.', 'Two.', 'Three.']);
  });
});
