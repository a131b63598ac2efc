/**
 * The exercises, as copy: what the bot says, one short message per step. Content designers
 * edit this file; the machine in `machine.ts` walks any exercise the same way.
 */

/** Ids of the exercises, stable because they are stored in `profile.exercisesDone`. */
export type ExerciseId = 'trust-talk' | 'apology-practice' | 'vulnerability' | 'breathing' | 'values' | 'checkin-plan';

/** One exercise: a few short steps, shown one at a time, and an optional reflection. */
export interface Exercise {
  /** Stable id. */
  id: ExerciseId;
  /** Button label and heading. */
  title: string;
  /** Done together with the other person; hidden after a positive abuse screen. */
  joint: boolean;
  /** One message per step. */
  steps: string[];
  /** Label of the button that moves to the next step. */
  next: string;
  /** A question whose answer goes to the journal, asked at the end. */
  reflect?: string;
}

/** All exercises, in menu order. */
export const EXERCISES: readonly Exercise[] = [
  {
    id: 'trust-talk',
    title: 'Trust talk',
    joint: true,
    next: 'Next',
    steps: [
      'A trust talk is a calm, planned conversation about what trust means to each of you. Choose a quiet moment and keep it to about twenty minutes.',
      "Take turns finishing the sentence \"I feel trusted when…\". The one listening just listens, then says back what they heard.",
      'Then each of you names one situation that still makes you uneasy, and one thing the other could do that would help.',
      'Finish by choosing one small thing each of you will try this week. Write it down so neither of you has to remember alone.',
    ],
    reflect: 'What did you learn about what trust looks like for them, or for you?',
  },
  {
    id: 'apology-practice',
    title: 'Apology practice',
    joint: false,
    next: 'Next',
    steps: [
      "Think of one thing you'd like to apologise for. Practising on something small first is fine.",
      "Say what you did, plainly, with no \"if\" and no \"but\". For instance: \"I cancelled on you at the last minute.\"",
      "Say how you think it landed for them: \"You'd planned your evening around it, and I left you feeling unimportant.\"",
      "Say what you'll do differently: \"Next time I'll tell you as soon as I know I can't make it.\"",
    ],
    reflect: "Write your practice apology in three parts: what I did, how it affected you, what I'll do differently.",
  },
  {
    id: 'vulnerability',
    title: 'Share something vulnerable',
    joint: true,
    next: 'Next',
    steps: [
      'Sharing a fear or a hope, and having it received kindly, slowly rebuilds closeness. Start with something small.',
      "One of you shares something true in a few sentences, like \"I'm scared we'll never feel easy together again.\"",
      "The other listens without fixing or defending, and answers only: \"Thank you for telling me.\"",
      'Swap if you both want to. Either of you can stop whenever it feels like too much.',
    ],
    reflect: 'How did it feel to share, or to listen?',
  },
  {
    id: 'breathing',
    title: 'Two minutes of breathing',
    joint: false,
    next: 'Next breath',
    steps: [
      "Let's slow down for two minutes. Sit comfortably with your feet on the floor. Alone is fine, or beside someone you feel safe with.",
      'Breathe in through your nose… 2… 3… 4.',
      'Hold it gently… 2… 3… 4.',
      'Now breathe out slowly through your mouth… 2… 3… 4… 5… 6.',
      'Again: in… 2… 3… 4. Hold… 2… 3… 4. Out… 2… 3… 4… 5… 6.',
      'Two more rounds at your own pace. Let your shoulders drop each time you breathe out.',
      'Last round. Notice the air: cool on the way in, warm on the way out.',
      'Well done. Notice how your body feels now, compared with two minutes ago.',
    ],
  },
  {
    id: 'values',
    title: 'List your shared values',
    joint: true,
    next: 'Next',
    steps: [
      "Shared values remind you both what you're rebuilding for. You'll each need something to write on.",
      'Each of you writes down five things that matter most to you in this relationship: honesty, kindness, fun, family, growth — whatever is true for you.',
      'Compare your lists and mark the ones you share, even where you used different words.',
      'Pick the two or three you most want to protect, and put them somewhere you will both see them.',
    ],
    reflect: 'Which values turned out to be shared?',
  },
  {
    id: 'checkin-plan',
    title: 'Plan regular check-ins',
    joint: true,
    next: 'Next',
    steps: [
      'A regular check-in is a short, planned time to talk about how things are going, so hard topics don’t only come up in a crisis.',
      'Agree on a time together — say Sunday evening, twenty minutes, phones away.',
      'Use the same three questions each time: What went well this week? What was hard? What would help next week?',
      'One speaks while the other listens, then swap. If it heats up, pause and come back to it later.',
      'Each week you can also type /checkin here to track the four signs that trust is returning.',
    ],
    reflect: 'When and where will your check-ins happen?',
  },
];

/**
 * Finds an exercise by id.
 *
 * @example exerciseById('breathing')?.title // 'Two minutes of breathing'
 */
export function exerciseById(id: string): Exercise | undefined {
  return EXERCISES.find((e) => e.id === id);
}
