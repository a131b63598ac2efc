import type { Engine } from '../../src/engine/engine.ts';
import type { Inbound } from '../../src/inbound.ts';
import type { Reply } from '../../src/reply.ts';

let sequence = 0;

/**
 * A person talking to an engine in tests: sends text or presses choices by label, and keeps
 * the last replies so a test can read what the bot said.
 */
export class Person {
  last: Reply[] = [];
  constructor(
    readonly engine: Engine,
    readonly userId = `user-${++sequence}`,
    readonly extra: Partial<Inbound> = {},
  ) {}

  /** Sends typed text and returns the replies. */
  say(text: string, extra: Partial<Inbound> = {}): Promise<Reply[]> {
    return this.send({ text, ...extra });
  }

  /** Presses the choice whose label contains `label` (case-insensitive) in the latest replies. */
  press(label: string): Promise<Reply[]> {
    const choices = this.last.flatMap((r) => r.choices ?? []);
    const choice = choices.find((c) => c.label.toLowerCase().includes(label.toLowerCase()));
    if (!choice) throw new Error(`No choice like "${label}" in: ${choices.map((c) => c.label).join(' | ') || '(none)'}`);
    return this.send({ choice: choice.id });
  }

  /** Sends a raw inbound (merged over sensible defaults). */
  async send(partial: Partial<Inbound>): Promise<Reply[]> {
    const inbound: Inbound = {
      channel: 'test',
      userId: this.userId,
      conversationId: this.userId,
      messageId: `m-${++sequence}`,
      timestamp: Date.now(),
      locale: 'en-US',
      timeZone: 'America/New_York',
      ...this.extra,
      ...partial,
    };
    this.last = await this.engine.handle(inbound);
    return this.last;
  }

  /** Everything the bot said in the latest turn, as one string. */
  get text(): string {
    return this.last.map((r) => r.text).join('\n');
  }

  /** The labels of the choices in the latest turn. */
  get choices(): string[] {
    return this.last.flatMap((r) => r.choices ?? []).map((c) => c.label);
  }
}

/**
 * Onboards a person through the real onboarding flow, by buttons: consent to remember, their role,
 * "my partner" and "lies or secrets".
 *
 * @example await onboard(person, 'someone broke my trust')
 */
export async function onboard(person: Person, role: "I broke someone's trust" | 'someone broke my trust' = "I broke someone's trust"): Promise<void> {
  await person.say('/start');
  await person.press('yes, remember');
  await person.press(role);
  await person.press('my partner');
  await person.press('lies or secrets');
}
