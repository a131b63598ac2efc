/** What the weekly check-in says. */
import { ask, say, type Reply } from '../../src/reply.ts';
import type { Sign } from './record.ts';
import { SIGN_NAMES, type HelpReason, type Movement } from './trend.ts';

/** Choice ids used by the check-in machine (ratings are `r1` … `r5`). */
export const CHOICE = {
  fights: 'fights',
  repeated: 'repeated',
  manipulation: 'manipulation',
  none: 'none',
  exercises: 'exercises',
  plan: 'plan',
  menu: 'menu',
  stop: 'stop',
} as const;

const questions: Record<Sign, string> = {
  consistency: 'This week, how well did words and actions match between you?',
  openness: 'How open have you been with each other?',
  conflict: 'When you disagreed, how calm and fair did it stay?',
  safety: 'How safe and respected did you feel?',
};

/** The opening line. */
export function intro(): Reply[] {
  return [
    say('Weekly check-in: four quick questions about the signs that trust is returning. 1 means not at all, 5 means very much.'),
  ];
}

/** The rating question for one sign. */
export function rating(sign: Sign, index: number, total: number): Reply[] {
  return [
    ask(`${index + 1}/${total} · ${questions[sign]}`, [
      ['r1', '1 · Not at all'],
      ['r2', '2'],
      ['r3', '3'],
      ['r4', '4'],
      ['r5', '5 · Very much'],
      [CHOICE.stop, 'Stop, don’t save'],
    ]),
  ];
}

/** The last question, about things that call for more support. */
export function concerns(): Reply[] {
  return [
    ask('Last one: has any of these been true lately? You can also describe it in your own words.', [
      [CHOICE.fights, 'Our talks keep ending in fights'],
      [CHOICE.repeated, 'It keeps happening again'],
      [CHOICE.manipulation, 'I feel manipulated or controlled'],
      [CHOICE.none, 'None of these'],
    ]),
  ];
}

/** The chart and what it shows. */
export function trend(chart: string, move: Movement): Reply[] {
  const replies = [say(move.first ? `Saved. Here is where things stand:\n\n${chart}` : `Saved. Here is how things have moved:\n\n${chart}`)];
  if (move.first) {
    replies.push(say("This is your first check-in. Next week I'll show you how things are moving."));
  } else if (move.up.length > 0) {
    const lines = move.up.map((u) => `${SIGN_NAMES[u.sign]}: ${u.from} → ${u.to}`).join('\n');
    replies.push(say(`Something moved in the right direction:\n${lines}\n\nSmall steps like these are how trust comes back.`));
  } else if (move.down.length > 0) {
    replies.push(say("A dip this week. That's normal — trust rarely grows in a straight line, and one week doesn't undo your effort."));
  } else {
    replies.push(say('Steady since last time. Holding your ground counts too.'));
  }
  return replies;
}

/** Suggesting professional help, warmly and with how to find it. */
export function help(reasons: readonly HelpReason[]): Reply[] {
  const why = reasons.includes('manipulation')
    ? 'Feeling manipulated or controlled is hard to untangle alone.'
    : reasons.includes('unsafe')
      ? 'Not feeling safe matters more than any step in a plan.'
      : reasons.includes('repeated')
        ? 'When the same hurt keeps happening, it is a lot to carry alone.'
        : reasons.includes('fights')
          ? 'When every talk turns into a fight, it helps to have someone neutral in the room.'
          : 'Things have felt low for a couple of weeks now.';
  const alone = reasons.includes('manipulation') || reasons.includes('unsafe');
  const who = alone
    ? 'A counsellor of your own — just for you — can help you think clearly about what is happening, on your terms. Couples sessions are not the right first step when someone feels controlled or unsafe.'
    : 'A couples counsellor, or one just for you, can give you both tools and a safe place to talk. It is extra support, not a sign you have failed.';
  return [
    say(`${why} ${who}`),
    say(
      'How to find one:\n• ask your doctor or GP for a referral\n• search your country’s directory of licensed couples and family therapists\n• check whether your workplace has an employee assistance programme — often free and confidential\n• many counsellors offer online sessions or lower fees; a first session is a chance to see if they suit you',
    ),
    say('And if you ever feel afraid of them, tell me — I will share people who can help right away.'),
  ];
}

/** What to do next. */
export function next(): Reply[] {
  return [
    ask('Thank you for checking in. See you next week.', [
      [CHOICE.plan, 'My repair plan'],
      [CHOICE.exercises, 'Try an exercise'],
      [CHOICE.menu, 'Back to menu'],
    ]),
  ];
}

/** When they stop before the end. */
export function stopped(): Reply[] {
  return [say('No problem — nothing was saved. You can check in any time with /checkin.')];
}

/** A gentle line before repeating the current prompt, when a reminder fires. */
export function nudge(): Reply[] {
  return [say('Hello again. Here is where we left off.')];
}
