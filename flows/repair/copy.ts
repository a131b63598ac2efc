/**
 * What the repair program says around the steps: welcome, recap, routing questions, praise and
 * goodbyes. The steps themselves are in `steps.ts`.
 */
import { ask, say, type Reply } from '../../src/reply.ts';
import type { Exercise } from '../exercises/catalog.ts';
import type { Track } from './progress.ts';
import type { Persona, Step } from './steps.ts';

const trackPurpose: Record<Track, string> = {
  broke: 'making amends after breaking trust',
  hurt: 'healing after your trust was broken',
};

/** Choice ids used by the repair machine, kept with the labels that show them. */
export const CHOICE = {
  me: 'me',
  them: 'them',
  both: 'both',
  unsure: 'unsure',
  guilt: 'guilt',
  hurt: 'hurt',
  begin: 'begin',
  continue: 'continue',
  review: 'review',
  exercises: 'exercises',
  checkin: 'checkin',
  next: 'next',
  skipReflection: 'skip-reflection',
  done: 'done',
  notYet: 'not-yet',
  skip: 'skip',
  exercise: 'exercise',
  apology: 'apology',
  leaning: 'leaning',
  selfTrust: 'self-trust',
  menu: 'menu',
} as const;

const toMenu: [string, string] = [CHOICE.menu, 'Back to menu'];

/** The first question for someone not sure which side of the story they are on. */
export function whatHappened(): Reply[] {
  return [
    say("Let's find the right set of steps for you."),
    ask('Which is closer to what happened?', [
      [CHOICE.me, 'I did something that hurt them'],
      [CHOICE.them, 'They did something that hurt me'],
      [CHOICE.both, 'A bit of both'],
      [CHOICE.unsure, "I'm not sure"],
      toMenu,
    ]),
  ];
}

/** The follow-up question when it was a bit of both, or they are not sure. */
export function heavier(): Reply[] {
  return [
    ask("That's very common. Which feels heavier for you right now? We'll start there.", [
      [CHOICE.guilt, 'Regret about something I did'],
      [CHOICE.hurt, 'Hurt from something done to me'],
      toMenu,
    ]),
  ];
}

/** Confirms the track chosen by the routing questions. */
export function sorted(track: Track): Reply[] {
  return [say(`Thank you. I'll guide you through the steps for ${trackPurpose[track]}.`)];
}

/** The welcome before step 1, with realistic expectations. */
export function intro(track: Track, persona: Persona, total: number): Reply[] {
  return [
    say(`This plan has ${total} short steps for ${trackPurpose[track]}, with ${persona.who} in mind.`),
    say('Each step is small: one idea, one example, a question to reflect on, and one thing to try today.'),
    ask(
      'Rebuilding trust usually takes months, not days. One step a day or one a week — both are fine.',
      [[CHOICE.begin, 'Begin step 1'], [CHOICE.menu, 'Not now']],
    ),
  ];
}

/** The one-line recap when they come back part-way through. */
export function recap(step: Step, index: number, total: number, doneCount: number): Reply[] {
  const done = doneCount === 1 ? '1 step done so far' : `${doneCount} steps done so far`;
  return [
    ask(`Welcome back. You're on step ${index + 1} of ${total}, “${step.title}” (${done}).`, [
      [CHOICE.continue, 'Continue'],
      toMenu,
    ]),
  ];
}

/** What they see when they open the plan after finishing it. */
export function finishedBefore(total: number): Reply[] {
  return [
    say(`You've been through all ${total} steps. Trust keeps growing with practice, long after a plan ends.`),
    ask('What would help today?', [
      [CHOICE.review, 'Go through the steps again'],
      [CHOICE.exercises, 'Try an exercise'],
      [CHOICE.checkin, 'Weekly check-in'],
      toMenu,
    ]),
  ];
}

/** The explanation and example of a step. */
export function explain(step: Step, index: number, total: number, persona: Persona, unsafe: boolean): Reply[] {
  const [first, ...rest] = step.explain(persona);
  const replies = [say(`Step ${index + 1} of ${total} · ${step.title}\n\n${first ?? ''}`), ...rest.map((text) => say(text))];
  if (unsafe && step.id === 'decide') {
    // Said the same to someone who was hurt and to someone who said they hurt their partner.
    replies.push(say('Feeling safe comes first. If either of you is afraid of what the other might do, tell me, and I will share people who can help right away.'));
  }
  replies.push(ask(step.example(persona), [[CHOICE.next, 'Next'], toMenu]));
  return replies;
}

/** The reflection question; the answer goes to the journal when they allowed storing it. */
export function reflect(step: Step, persona: Persona, consent: boolean): Reply[] {
  const where = consent
    ? 'Your answer goes into your private journal (/journal).'
    : "You chose not to have answers stored, so this stays between you and the page.";
  return [ask(`${step.question(persona)}\n\nWrite as much or as little as you like. ${where}`, [[CHOICE.skipReflection, 'Skip the question'], toMenu])];
}

/** When what they typed at a reflection question has no words in it (e.g. a stray number). */
export function askForWords(): Reply[] {
  return [say('A few words are enough — or press “Skip the question”.')];
}

/** Coming back from an exercise or the apology coach to the same step. */
export function backToStep(step: Step): Reply[] {
  return [say(`Welcome back to “${step.title}”.`)];
}

/** Thanks after a reflection. */
export function thanks(consent: boolean): Reply[] {
  return [say(consent ? 'Thank you. It’s saved in your journal.' : 'Thank you for putting that into words.')];
}

/** Extra buttons a step may offer at its action. */
export interface ActionOffers {
  /** The fitting exercise, when it may be offered. */
  exercise?: Exercise;
  /** The apology coach exists and this is the apology step. */
  apologyCoach: boolean;
  /** This is the "should I rebuild?" step, which offers a way to say they are leaning towards ending it. */
  leaning: boolean;
}

/** Today's small action and the done / not yet / skip choice. */
export function action(step: Step, persona: Persona, offers: ActionOffers): Reply[] {
  const choices: [string, string][] = [
    [CHOICE.done, 'Done — next step'],
    [CHOICE.notYet, "Not yet, I'll come back"],
    [CHOICE.skip, 'Skip this step'],
  ];
  if (offers.apologyCoach) choices.push([CHOICE.apology, 'Work on my apology with the coach']);
  if (offers.exercise) choices.push([CHOICE.exercise, `Try: ${offers.exercise.title}`]);
  if (offers.leaning) choices.push([CHOICE.leaning, "I'm leaning towards ending it"]);
  choices.push(toMenu);
  const replies = [say(`Your small step for today:\n${step.action(persona)}`)];
  if (offers.exercise) replies.push(say(`The exercise “${offers.exercise.title}” fits this step well, if you'd like to try it.`));
  replies.push(ask('Tell me when you have done it — or come back to it later.', choices));
  return replies;
}

/** Praise after a step marked done. */
export function wellDone(): Reply[] {
  return [say('Well done. Small steps like this are exactly how trust is rebuilt.')];
}

/** After a skipped step. */
export function skipped(): Reply[] {
  return [say("Skipped for now. You can come back to it whenever you like.")];
}

/** When they have not done today's action yet. */
export function notYet(): Reply[] {
  return [say("That's fine — take the time you need. Next time you open your plan, we'll start right here.")];
}

/** When they are leaning towards ending the relationship, at the "should I rebuild?" step. */
export function leaning(): Reply[] {
  return [
    say('Thank you for being honest with yourself. Ending a relationship can be the healthiest choice, and it takes courage.'),
    say('If you do, the last step — trusting yourself again — can still help. So can a counsellor, or the people close to you.'),
    ask('What would you like to do now?', [
      [CHOICE.selfTrust, 'Go to “Trust yourself again”'],
      [CHOICE.continue, 'Keep going with the steps'],
      toMenu,
    ]),
  ];
}

/** When the last step is done or skipped. */
export function complete(total: number): Reply[] {
  return [
    say(`That was the last of the ${total} steps. Thank you for sticking with it.`),
    say("Trust doesn't come back on a set date. Keep the small habits going, and expect ups and downs over the coming months."),
    ask('A weekly check-in helps you see the progress you might otherwise miss.', [
      [CHOICE.checkin, 'Do a check-in'],
      [CHOICE.exercises, 'Try an exercise'],
      toMenu,
    ]),
  ];
}

/** A gentle line before repeating the current prompt, when a reminder fires. */
export function nudge(): Reply[] {
  return [say('Hello again — no pressure. Here is where we left off.')];
}

/** When they leave for the menu. */
export function leaving(): Reply[] {
  return [say('Your place is saved. Choose “My repair plan” whenever you want to continue.')];
}
