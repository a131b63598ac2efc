/**
 * What the apology coach says. Plain strings and small functions only, so a content designer
 * can change the words without touching the machine.
 */
import type { ApologyAntipattern, ApologyComponent } from '../../src/analyzers/apology.ts';

/** Choice ids the machine listens for. */
export const CHOICE = {
  anatomy: 'apology:anatomy',
  start: 'apology:start',
  rewrite: 'apology:rewrite',
  happy: 'apology:happy',
  nextTip: 'apology:next-tip',
  again: 'apology:again',
  done: 'apology:done',
  menu: 'menu',
} as const;

/** Button labels. */
export const LABEL = {
  anatomy: 'What goes into an apology?',
  start: "I'm ready to write",
  rewrite: 'Try again',
  happy: "I'm happy with it",
  nextTip: 'Next tip',
  again: 'Work on another apology',
  backToRepair: 'Back to my repair step',
  menu: 'Back to menu',
} as const;

/** Who "them" is, from the relationship chosen at onboarding. */
export const whoFor: Record<string, string> = {
  partner: 'your partner',
  friend: 'your friend',
  family: 'your family member',
  coworker: 'your colleague',
};

/** The opening: what this is, and the invitation to write. */
export const intro = (who: string | undefined): readonly [string, string] => [
  "Let's work on your apology together.",
  `Write it the way you'd say it to ${who ?? 'them'}: a few sentences is plenty. I'll point out what's strong, using your own words, and what could make it land better.`,
];

/** Extra line for someone whose trust was broken. */
export const forTheHurt = 'If you were the one who was hurt, you can also use this to picture the apology you would need to hear.';

/** Shown when they ask what a sincere apology contains. */
export const anatomy = [
  'A sincere apology usually has five parts:',
  '1. Name what you did, plainly and specifically.',
  '2. Own it: no "but", no sharing the blame.',
  '3. Say you are sorry and show you understand how it hurt them.',
  '4. Say what you will do differently, in a way they could notice.',
  '5. Offer to put it right, or ask what they need.',
  'It works best without excuses, without "if you were hurt", and without asking them to be over it.',
].join('\n');

/** After the anatomy, the invitation to write. */
export const writeWhenReady = 'Whenever you are ready, type your apology.';

/** Friendly names for what a draft does well, each followed by their own words. */
export const strengthLabel: Record<ApologyComponent, string> = {
  acknowledgement: 'You named what you did',
  responsibility: 'You owned it',
  regret: 'You showed you are sorry',
  change: 'You said what will change',
  amends: 'You offered to make it right',
};

/** Why each habit can undo an apology, after a quote of their words. */
export const antipatternNote: Record<ApologyAntipattern, string> = {
  excuse: 'can sound like an excuse. Reasons can wait until they ask; for now let the apology stand on its own.',
  blame_shift: 'hands part of the blame to them. Keep this apology about your part only.',
  conditional: 'makes the apology depend on how they took it. "I\'m sorry I…" lands better than "sorry if…".',
  minimising: 'makes it smaller than it felt to them. Let it be as big as it was for them.',
  forgiveness_demand: 'asks them to be done before they are ready. Forgiveness is theirs to give, in their own time.',
};

/** A nudge towards each missing part, with an example in our own words. */
export const missingHint: Record<ApologyComponent, string> = {
  acknowledgement: 'Name the specific thing you did, plainly. For example: "I lied to you about where I was on Friday."',
  responsibility: 'Own it without softening it. A short "That was my choice, and it was wrong" goes a long way.',
  regret: 'Say you are sorry, and show you understand what it cost them. What do you think it felt like for them?',
  change: 'Say what you will do differently, concretely, something they could notice. For example: "From now on I\'ll tell you before I make plans."',
  amends: 'Offer to put it right, or ask what they need. For example: "What would help you feel safer with me?"',
};

/** Heading for the strengths message. */
export const strongHeading = "What's strong:";

/** Heading for the habits message. */
export const watchHeading = 'What might get in the way:';

/** When nothing is missing and nothing gets in the way. */
export const complete = 'This has every part of a sincere apology, with nothing that undoes it. You can keep refining it, or keep it as it is.';

/** Invitation to change one thing. */
export const nextStep = (hint: string): string => `One thing to add: ${hint}`;

/** The kind pointer when a text is not an apology. */
export const notAnApology = [
  "I couldn't find an apology in that yet.",
  'You might start with "I\'m sorry I…" and name what you did. I\'ll help with the rest.',
].join(' ');

/** When they explicitly say they are not sorry. */
export const notSorry = "It sounds like you may not feel sorry right now, and that's honest. An apology only helps when it is meant. You can write one whenever you are ready.";

/** Shows progress from the previous draft. */
export const progress = (before: number, after: number, total: number): string =>
  after > before
    ? `This version has ${after} of ${total} parts (the last one had ${before}). That's real progress.`
    : after === before
      ? `This version has ${after} of ${total} parts, the same as before.`
      : `This version has ${after} of ${total} parts (the last one had ${before}). Something got lost on the way; the notes below say what.`;

/** Asked when they choose to try again. */
export const rewritePrompt = 'Go ahead: write the new version. Keep what works and change one thing at a time.';

/** Reminds them of their previous draft while they rewrite. */
export const yourLastDraft = (draft: string): string => `Your last version:\n"${draft}"`;

/** When they are happy with a draft that still has gaps. */
export const happyWithGaps = 'It is your apology, and you know them best. It is saved as it is.';

/** Journal prompt the final version is saved under. */
export const journalPrompt = 'My apology';

/** After saving (the engine only keeps it if they agreed to storage). */
export const saved = (consent: boolean): string =>
  consent ? 'I saved your final version to your journal.' : 'Your final version is below; I did not save it, because you chose not to have your answers stored.';

/** Their final version, quoted back. */
export const finalVersion = (draft: string): string => `Your apology:\n"${draft}"`;

/** Delivery tips, shown one at a time. */
export const tips = [
  'Tip 1 of 4. Choose the moment: a calm, private time when neither of you is rushed, tired or mid-argument.',
  'Tip 2 of 4. Give it and let it be. Do not ask for forgiveness in return; they may need time, and that is fair.',
  'Tip 3 of 4. Words open the door; actions rebuild trust. Keep the change you promised, especially when no one is watching.',
  'Tip 4 of 4. You may need to say it more than once, over time. Each time, listen more than you explain.',
] as const;

/** After the last tip. */
export const wrapUp = 'That is everything for this apology. Go gently.';
