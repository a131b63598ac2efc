import { describe, expect, it } from 'vitest';
import * as copy from '../../flows/apology-coach/copy.ts';
import { apologyCoachFlow } from '../../flows/apology-coach/index.ts';
import type { FlowInput } from '../../flows/flow.ts';
import type { Reply } from '../../src/reply.ts';
import { driveFlow } from '../support/flow-driver.ts';

/** Starts the apology coach and records everything it emits. */
function start(input: Partial<FlowInput> = {}) {
  const flow = driveFlow(apologyCoachFlow.machine, input);
  const choicesOf = (rs: Reply[]) => rs.flatMap((r) => r.choices ?? []).map((c) => c.id);
  return { ...flow, choicesOf, text: (rs: Reply[]) => rs.map((r) => r.text).join('\n') };
}

describe('apology coach', () => {
  it('opens with an invitation to write and a way back to the menu', () => {
    const { replies, choicesOf } = start();
    expect(replies.map((r) => r.text).join(' ')).toMatch(/apology/);
    expect(choicesOf(replies)).toContain('menu');
  });

  it('turns a weak apology into a strong one over two rounds, quoting the person each time', () => {
    const c = start();
    const first = c.send({ type: 'TEXT', text: "Sorry if you were upset, but I was stressed and you're overreacting." });
    const firstText = c.text(first);
    expect(firstText).toContain('"Sorry if you were upset"');
    expect(firstText).toContain('"but I was stressed" can sound like an excuse');
    expect(firstText).toContain('"you\'re overreacting" makes it smaller');
    expect(firstText).toMatch(/Name the specific thing you did/);
    expect(c.choicesOf(first)).toEqual([copy.CHOICE.rewrite, copy.CHOICE.happy, 'menu']);

    c.send({ type: 'CHOICE', id: copy.CHOICE.rewrite });
    const second = c.send({ type: 'TEXT', text: "I'm sorry I lied to you about where I was on Friday. That was my choice and it was wrong." });
    const secondText = c.text(second);
    expect(secondText).toContain('You named what you did: "I\'m sorry I lied to you about where I was on Friday"');
    expect(secondText).toContain('You owned it: "That was my choice"');
    expect(secondText).toMatch(/3 of 5 parts \(the last one had 0\)/);
    expect(secondText).toMatch(/what you will do differently/);

    const third = c.send({ type: 'TEXT', text: "I'm sorry I lied to you about where I was on Friday. That was my choice and it was wrong. From now on I'll tell you where I'm going before I leave. What would help you feel safe with me again?" });
    const thirdText = c.text(third);
    expect(thirdText).toMatch(/5 of 5 parts \(the last one had 3\)/);
    expect(thirdText).toContain(copy.complete);
    expect(thirdText).not.toMatch(/What might get in the way/);
  });

  it('saves the final version to the journal and walks through the delivery tips', () => {
    const c = start();
    const draft = "I'm sorry I forgot your birthday. It was my fault. From now on I'll put our dates in my calendar. What can I do to make it up to you?";
    c.send({ type: 'TEXT', text: draft });
    const saved = c.send({ type: 'CHOICE', id: copy.CHOICE.happy });
    expect(c.emitted).toContainEqual({ type: 'journal', entry: { topic: 'apology', prompt: copy.journalPrompt, text: draft } });
    expect(c.text(saved)).toContain(draft);
    expect(c.text(saved)).toContain(copy.tips[0]);
    for (const tip of copy.tips.slice(1)) expect(c.text(c.send({ type: 'CHOICE', id: copy.CHOICE.nextTip }))).toContain(tip);
    const end = c.send({ type: 'CHOICE', id: copy.CHOICE.nextTip });
    expect(c.choicesOf(end)).toEqual([copy.CHOICE.again, 'menu']);
    c.send({ type: 'CHOICE', id: 'menu' });
    expect(c.actor.getSnapshot().status).toBe('done');
    expect(c.actor.getSnapshot().output).toEqual({ next: 'menu' });
  });

  it('says plainly that nothing was saved when they did not agree to storage', () => {
    const c = start({ profile: { consent: false } });
    c.send({ type: 'TEXT', text: "I'm sorry I lied." });
    expect(c.text(c.send({ type: 'CHOICE', id: copy.CHOICE.happy }))).toContain(copy.saved(false));
  });

  it('gives a kind pointer when the text is not an apology, and does not offer to save it', () => {
    const c = start();
    const reply = c.send({ type: 'TEXT', text: 'What should I cook tonight?' });
    expect(c.text(reply)).toBe(copy.notAnApology);
    expect(c.choicesOf(reply)).toEqual([copy.CHOICE.rewrite, copy.CHOICE.anatomy, 'menu']);
    c.send({ type: 'CHOICE', id: copy.CHOICE.happy });
    expect(c.emitted.some((e) => e.type === 'journal')).toBe(false);
  });

  it('answers "I\'m not sorry" honestly rather than coaching it', () => {
    const c = start();
    expect(c.text(c.send({ type: 'TEXT', text: "I'm not sorry." }))).toBe(copy.notSorry);
  });

  it('shows the last draft when they choose to try again, and BACK returns to the feedback', () => {
    const c = start();
    c.send({ type: 'TEXT', text: "I'm sorry I snapped at you." });
    const rewrite = c.send({ type: 'CHOICE', id: copy.CHOICE.rewrite });
    expect(c.text(rewrite)).toContain('"I\'m sorry I snapped at you."');
    expect(c.text(c.send({ type: 'BACK' }))).toContain('You named what you did: "I\'m sorry I snapped at you"');
  });

  it('returns to the repair step when started from it', () => {
    const c = start({ args: { from: 'repair' } });
    c.send({ type: 'TEXT', text: "I'm sorry I lied." });
    c.send({ type: 'CHOICE', id: copy.CHOICE.happy });
    for (let i = 0; i < copy.tips.length; i += 1) c.send({ type: 'CHOICE', id: copy.CHOICE.nextTip });
    c.send({ type: 'CHOICE', id: copy.CHOICE.done });
    expect(c.actor.getSnapshot().output).toEqual({ next: 'repair', args: { from: 'apology' } });
  });

  it('leaves for the menu from every waiting state', () => {
    const paths: Array<Array<Parameters<ReturnType<typeof start>['send']>[0]>> = [
      [],
      [{ type: 'CHOICE', id: copy.CHOICE.anatomy }],
      [{ type: 'TEXT', text: "I'm sorry I lied." }],
      [{ type: 'TEXT', text: "I'm sorry I lied." }, { type: 'CHOICE', id: copy.CHOICE.rewrite }],
      [{ type: 'TEXT', text: "I'm sorry I lied." }, { type: 'CHOICE', id: copy.CHOICE.happy }],
    ];
    for (const path of paths) {
      const c = start();
      let last = c.replies;
      for (const event of path) last = c.send(event);
      expect(c.choicesOf(last)).toContain('menu');
      c.send({ type: 'CHOICE', id: 'menu' });
      expect(c.actor.getSnapshot().output).toEqual({ next: 'menu' });
    }
  });
});
