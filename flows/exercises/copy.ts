/** What the exercises flow says around the exercises themselves (those are in `catalog.ts`). */
import { ask, say, type Reply } from '../../src/reply.ts';
import type { Exercise } from './catalog.ts';

/** Choice ids used by the exercises machine. */
export const CHOICE = {
  next: 'next',
  stop: 'stop',
  skipReflection: 'skip-reflection',
  another: 'another',
  plan: 'plan',
  menu: 'menu',
} as const;

/** The list of exercises to choose from. */
export function menu(exercises: readonly Exercise[], jointHidden: boolean): Reply[] {
  const replies: Reply[] = [];
  if (jointHidden) {
    // Said the same to someone who was hurt and to someone who said they hurt their partner.
    replies.push(say("I've left out the exercises meant to be done together with the other person: they're only advised when you both feel safe with each other. These are ones you can do on your own."));
  }
  replies.push(ask('Which exercise would you like to try?', [...exercises.map((e) => [e.id, e.title] as [string, string]), [CHOICE.menu, 'Back to menu']]));
  return replies;
}

/** One step of an exercise. */
export function step(exercise: Exercise, index: number): Reply[] {
  const text = exercise.steps[index] ?? '';
  const heading = index === 0 ? `${exercise.title}\n\n` : '';
  const last = index === exercise.steps.length - 1;
  return [ask(`${heading}${text}`, [[CHOICE.next, last ? 'Finish' : exercise.next], [CHOICE.stop, 'Stop here']])];
}

/** The reflection question at the end. */
export function reflect(exercise: Exercise, consent: boolean): Reply[] {
  const where = consent ? 'Your answer goes into your private journal.' : 'Nothing you write here is stored.';
  return [ask(`${exercise.reflect ?? ''}\n\n${where}`, [[CHOICE.skipReflection, 'Skip the question']])];
}

/** Thanks after a reflection. */
export function thanks(): Reply[] {
  return [say('Thank you for writing that down.')];
}

/** When what they typed at the reflection has no words in it (e.g. a stray number). */
export function askForWords(): Reply[] {
  return [say('A few words are enough — or press “Skip the question”.')];
}

/** When an exercise is finished. */
export function finished(exercise: Exercise, fromPlan: boolean): Reply[] {
  const choices: [string, string][] = [[CHOICE.another, 'Another exercise']];
  if (fromPlan) choices.push([CHOICE.plan, 'Back to my plan']);
  choices.push([CHOICE.menu, 'Back to menu']);
  return [ask(`You finished “${exercise.title}”. Doing it at all is a step forward.`, choices)];
}

/** When they stop part-way. */
export function stopped(): Reply[] {
  return [say('No problem. You can stop any exercise whenever it feels like enough.')];
}

/** A gentle line before repeating the current prompt, when a reminder fires. */
export function nudge(): Reply[] {
  return [say('Hello again. Here is where we left off.')];
}
