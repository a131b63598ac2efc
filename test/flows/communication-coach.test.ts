import { describe, expect, it } from 'vitest';
import * as copy from '../../flows/communication-coach/copy.ts';
import { communicationCoachFlow } from '../../flows/communication-coach/index.ts';
import { composeIStatement } from '../../flows/communication-coach/i-statement.ts';
import type { FlowInput } from '../../flows/flow.ts';
import { analyzeStatement } from '../../src/analyzers/statement.ts';
import type { Reply } from '../../src/reply.ts';
import { driveFlow } from '../support/flow-driver.ts';

type Step = { type: 'TEXT'; text: string } | { type: 'CHOICE'; id: string } | { type: 'BACK' };

/** Starts the communication coach and records everything it emits. */
function start(input: Partial<FlowInput> = {}) {
  const flow = driveFlow(communicationCoachFlow.machine, input);
  const run = (steps: Step[]): Reply[] => steps.reduce<Reply[]>((_, s) => flow.send(s), []);
  const text = (rs: Reply[]) => rs.map((r) => r.text).join('\n');
  const choices = (rs: Reply[]) => rs.flatMap((r) => r.choices ?? []).map((c) => c.id);
  return { ...flow, run, text, choices };
}

const choose = (id: string): Step => ({ type: 'CHOICE', id });
const type = (text: string): Step => ({ type: 'TEXT', text });

describe('communication coach', () => {
  it('opens a submenu with the three practices and a way back to the menu', () => {
    const c = start();
    expect(c.choices(c.replies)).toEqual([copy.CHOICE.builder, copy.CHOICE.listening, copy.CHOICE.planner, 'menu']);
  });

  it('hides the trust-talk planner after a positive abuse screen, and says why', () => {
    const c = start({ profile: { consent: true, safety: { abuse: true } } });
    expect(c.choices(c.replies)).not.toContain(copy.CHOICE.planner);
    expect(c.text(c.replies)).toContain(copy.plannerHidden);
    c.send(choose(copy.CHOICE.planner));
    expect(c.actor.getSnapshot().value).toBe('choose');
  });

  describe('I-statement builder', () => {
    it('turns a blaming sentence into an I-statement, quoting what it noticed and showing before and after', () => {
      const c = start();
      c.send(choose(copy.CHOICE.builder));
      const review = c.send(type("You never listen to me, you're so selfish and you don't care about my feelings"));
      const noticed = c.text(review);
      expect(noticed).toContain('"never" turns one moment into a verdict');
      expect(noticed).toContain('"selfish" is a label');
      expect(noticed).toContain('"you don\'t care about my feelings" is a guess');
      expect(c.choices(review)).toContain(`comm:feel:unheard`);

      c.send(choose('comm:feel:unheard'));
      const hint = c.send(type('you always look at your phone'));
      expect(c.text(hint)).toContain('"always" makes it sound like every time');
      c.send(type('you looked at your phone while I was telling you about my day'));
      c.send(choose('comm:need:listened'));
      const result = c.send(type('put our phones away when we talk'));
      const after = "I feel unheard when you looked at your phone while I was telling you about my day because I need to feel listened to. Could we put our phones away when we talk?";
      expect(c.text(result)).toContain(`Before:\n"You never listen to me, you're so selfish and you don't care about my feelings"`);
      expect(c.text(result)).toContain(`After:\n"${after}"`);
      expect(c.text(result)).toContain(copy.afterCheck);
      expect(analyzeStatement(after)).toMatchObject({ kind: 'i_statement', feeling: true, behaviour: true, need: true, request: true, absolutes: [], labels: [], mindReading: false });

      c.send(choose(copy.CHOICE.save));
      expect(c.emitted).toContainEqual({ type: 'journal', entry: { topic: 'communication:i-statement', prompt: copy.statementPrompt, text: after } });
    });

    it('lets them keep a behaviour with an absolute, and then names it in the result', () => {
      const c = start();
      const result = c.run([choose(copy.CHOICE.builder), type('You never help'), choose('comm:feel:overwhelmed'), type('you never help with dinner'), choose(copy.CHOICE.keep), choose('comm:need:support'), choose(copy.CHOICE.skipRequest)]);
      expect(c.text(result)).toContain('"I feel overwhelmed when you never help with dinner because I need support."');
      expect(c.text(result)).toContain('It still has "never" in it');
    });

    it('recognises a sentence that is already a full I-statement', () => {
      const c = start();
      c.send(choose(copy.CHOICE.builder));
      const reply = c.send(type('I feel hurt when you cancel plans at the last minute, because I need to be able to count on you. Could we agree to give a day\'s notice?'));
      expect(c.text(reply)).toContain('Already there: your feeling');
      expect(c.text(reply)).toContain(copy.alreadyComplete);
    });

    it('offers a second page of feelings and accepts a typed feeling', () => {
      const c = start();
      c.run([choose(copy.CHOICE.builder), type('You always forget')]);
      const more = c.send(choose(copy.CHOICE.moreFeelings));
      expect(c.choices(more)).toContain('comm:feel:let-down');
      c.send(choose('comm:feel:let-down'));
      c.run([type('you forgot my mum\'s birthday dinner'), type('it matters to me that my family feels welcome')]);
      const result = c.send(type('could you put family dates in your calendar'));
      expect(c.text(result)).toContain('"I feel let down when you forgot my mum\'s birthday dinner because it matters to me that my family feels welcome. Could you put family dates in your calendar?"');
    });

    it('goes back one step with BACK', () => {
      const c = start();
      c.run([choose(copy.CHOICE.builder), type('You never call'), choose('comm:feel:hurt')]);
      expect(c.text(c.send({ type: 'BACK' }))).toContain(copy.feelingAsk);
    });
  });

  describe('active-listening practice', () => {
    it('plays the other person and coaches a defensive answer, then praises a listening one, quoting both', () => {
      const c = start();
      c.run([choose(copy.CHOICE.listening)]);
      const line = c.send(choose(copy.CHOICE.start));
      expect(c.text(line)).toContain(copy.lines[0]?.line);
      const defensive = c.text(c.send(type('But I was only answering a work email, you should just tell me')));
      expect(defensive).toContain('"But I was only answering a work email" may sound like defending');
      expect(defensive).toContain('"you should just tell me" jumps to a fix');
      expect(defensive).toContain(copy.tryReflecting);
      const listening = c.text(c.send(type('It sounds like you felt alone at dinner. That makes sense. What would help?')));
      expect(listening).toContain('You reflected back what you heard: "It sounds like you felt alone at dinner"');
      expect(listening).toContain(copy.heardWell);
    });

    it('shows an example on request and moves through the lines to the end', () => {
      const c = start();
      c.run([choose(copy.CHOICE.listening), choose(copy.CHOICE.start)]);
      expect(c.text(c.send(choose(copy.CHOICE.example)))).toContain(copy.lines[0]?.example);
      for (let i = 0; i < copy.lines.length; i += 1) {
        const feedback = c.send(type('That makes sense.'));
        expect(c.text(feedback)).toContain(copy.addMove.reflecting);
        if (i + 1 < copy.lines.length) expect(c.text(c.send(choose(copy.CHOICE.next)))).toContain(copy.lines[i + 1]?.line);
        else expect(c.choices(feedback)).toContain(copy.CHOICE.finish);
      }
      expect(c.text(c.send(choose(copy.CHOICE.finish)))).toContain(copy.listeningDone);
    });
  });

  describe('trust-talk planner', () => {
    it('plans when, first words, one need and one question, and saves the plan', () => {
      const c = start();
      c.run([choose(copy.CHOICE.planner), choose('comm:when:walk')]);
      const hint = c.send(type('You never want to talk'));
      expect(c.text(hint)).toContain('"You never want to talk" may sound like blame');
      c.run([type("I'd like us to check in about how we're doing"), choose('comm:need:safe')]);
      const summary = c.text(c.send(choose('comm:q:safe')));
      expect(summary).toContain('When: on a walk together');
      expect(summary).toContain('First words: "I\'d like us to check in about how we\'re doing"');
      expect(summary).toContain('One question: "What would help you feel safe again?"');
      const journal = c.emitted.find((e) => e.type === 'journal');
      expect(journal).toMatchObject({ type: 'journal', entry: { topic: 'communication:trust-talk', prompt: copy.planPrompt } });
    });
  });

  it('leaves for the menu from every practice, and goes back to the submenu with "Other practice"', () => {
    for (const path of [[], [choose(copy.CHOICE.builder)], [choose(copy.CHOICE.listening), choose(copy.CHOICE.start)], [choose(copy.CHOICE.planner)]]) {
      const c = start();
      const last = path.length > 0 ? c.run(path) : c.replies;
      expect(c.choices(last)).toContain('menu');
      c.send(choose('menu'));
      expect(c.actor.getSnapshot().output).toEqual({ next: 'menu' });
    }
    const c = start();
    c.run([choose(copy.CHOICE.builder)]);
    expect(c.choices(c.send(choose(copy.CHOICE.submenu)))).toContain(copy.CHOICE.listening);
  });
});

describe('composeIStatement', () => {
  it('follows the template and tidies what was typed', () => {
    expect(composeIStatement({ feeling: "I'm unheard.", behaviour: 'When my concerns get brushed off', need: 'because respect', request: 'Could we talk after dinner?' })).toBe(
      'I feel unheard when my concerns get brushed off because I need respect. Could we talk after dinner?',
    );
  });
});
