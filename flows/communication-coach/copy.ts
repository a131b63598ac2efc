/**
 * What the communication coach says. Plain strings and small functions only, so a content
 * designer can change the words without touching the machine.
 */

/** Choice ids the machine listens for (all under 48 ASCII characters). */
export const CHOICE = {
  builder: 'comm:builder',
  listening: 'comm:listening',
  planner: 'comm:planner',
  submenu: 'comm:back',
  menu: 'menu',
  moreFeelings: 'comm:more-feelings',
  keep: 'comm:keep',
  skipRequest: 'comm:skip-request',
  save: 'comm:save',
  another: 'comm:another',
  start: 'comm:start',
  example: 'comm:example',
  retry: 'comm:retry',
  next: 'comm:next',
  finish: 'comm:finish',
  suggestedOpener: 'comm:opener',
} as const;

/** Button labels. */
export const LABEL = {
  builder: 'Turn blame into an I-statement',
  listening: 'Practise listening',
  planner: 'Plan a trust talk',
  submenu: 'Other practice',
  menu: 'Back to menu',
  moreFeelings: 'More feelings',
  keep: 'Use it as it is',
  skipRequest: 'Skip the request',
  save: 'Save it to my journal',
  another: 'Build another',
  start: 'Start',
  example: 'Show me an example',
  retry: 'Try that line again',
  next: 'Next line',
  finish: 'Finish',
} as const;

/** The submenu. */
export const submenu = 'What would you like to practise?';

/** Added to the submenu when joint conversations are not advised (after a positive abuse screen). */
export const plannerHidden = 'The trust-talk planner is not offered here, because talks like that are only advised when both people feel safe with each other.';

// I-statement builder

/** Invitation to type the raw sentence. */
export const builderAsk = "Type what you'd like to say to them, the way it comes out, even if it's angry. We'll reshape it together.";

/** Heading for what the analyzer noticed. */
export const noticedHeading = 'I noticed:';

/** Why blame lands badly, after a quote. */
export const youNote = 'starts from what they did wrong, which usually makes people defend themselves rather than listen.';

/** Why absolutes land badly, after the word. */
export const absoluteNote = 'turns one moment into a verdict; they may argue with that word instead of hearing you.';

/** Why labels land badly, after the word. */
export const labelNote = 'is a label for who they are. Describing what they did is easier to hear.';

/** Why mind-reading lands badly, after a quote. */
export const mindNote = 'is a guess about what is inside them. Saying what is inside you is harder to argue with.';

/** Acknowledges parts already there. */
export const alreadyThere = (parts: string[]): string => `Already there: ${parts.join(', ')}.`;

/** When the sentence is already a full I-statement. */
export const alreadyComplete = "That is already a clear I-statement: a feeling, what happened, what you need and a request, with no blame. Well done.";

/** The plan for the steps. */
export const fourSteps = "Let's rebuild it in four small steps: your feeling, what happened, what you need, and what you'd ask for.";

/** Feeling step. */
export const feelingAsk = 'Which feeling is closest? Pick one, or type your own.';

/** Behaviour step. */
export const behaviourAsk = 'What happened, exactly? Describe it the way a camera would have seen it. For example: "when you looked at your phone while I was talking".';

/** Behaviour has blame, absolutes or guesses in it. */
export const behaviourHint = (issues: string[]): string => `${issues.join(' ')} Could you describe one time it happened, just the facts? Or keep it as it is.`;

/** Issue: an absolute in the behaviour. */
export const behaviourAbsolute = (word: string): string => `"${word}" makes it sound like every time.`;

/** Issue: a label in the behaviour. */
export const behaviourLabel = (word: string): string => `"${word}" describes them rather than what they did.`;

/** Issue: a guess about intentions in the behaviour. */
export const behaviourMind = (quote: string): string => `"${quote}" is a guess about their intentions.`;

/** Need step. */
export const needAsk = 'What do you need, or what matters to you here? Pick one, or type your own.';

/** Request step. */
export const requestAsk = 'Last part: one small, doable thing to ask for. For example: "could we put our phones away at dinner?"';

/** Before and after, side by side. */
export const beforeAfter = (before: string, after: string): string => `Before:\n"${before}"\n\nAfter:\n"${after}"`;

/** Verdict on the new version. */
export const afterCheck = 'The new version says how you feel and what you need, without blame. That gives them something they can answer.';

/** Verdict when the new version still carries absolutes, labels or guesses (they chose to keep them). */
export const afterCheckWithIssues = (words: string[]): string =>
  `The new version says how you feel and what you need. It still has ${words.map((w) => `"${w}"`).join(', ')} in it; that's your call, just know they may react to those words first.`;

/** Journal prompt for a saved I-statement. */
export const statementPrompt = 'An I-statement I want to use';

/** After saving. */
export const saved = (consent: boolean): string => (consent ? 'Saved to your journal.' : 'I did not save it, because you chose not to have your answers stored. You can copy it from above.');

// Active listening

/** How listening practice works. */
export const listeningIntro = [
  "I'll play the other person and say a few short things. Answer the way you'd like to answer them.",
  'Listening well sounds like: saying back what you heard, showing it makes sense, and asking a question. Your own side can wait for later.',
] as const;

/** Prefix for the other person's line. */
export const theySay = (line: string): string => `They say: "${line}"\n\nWhat would you say back?`;

/** The lines the bot plays, with an example answer for each. */
export const lines: ReadonlyArray<{ line: string; example: string }> = [
  {
    line: 'You were on your phone the whole evening again. I felt like I was sitting there alone.',
    example: 'It sounds like you felt alone, even with me right there. That makes sense. What would help our evenings feel different?',
  },
  {
    line: "I keep going over what happened. I don't know if I can believe what you tell me anymore.",
    example: "So it's hard to trust what I say right now, and you keep replaying it. I understand why. What would help you feel a bit safer?",
  },
  {
    line: 'Every time I bring it up, it turns into a fight.',
    example: 'It sounds like talking about it feels risky, like it always ends badly. No wonder you feel wary. How could I make it easier to bring up?',
  },
  {
    line: "I'm tired. It feels like I'm the only one trying.",
    example: "You're exhausted, and it feels one-sided. That must be lonely. What would show you I'm trying too?",
  },
];

/** An example answer, shown on request. */
export const exampleAnswer = (example: string): string => `One way to answer: "${example}"`;

/** Praise for each helpful move, before a quote. */
export const helpfulNote = {
  reflecting: 'You reflected back what you heard',
  validating: 'You showed it makes sense',
  clarifyingQuestion: 'You asked to understand more',
} as const;

/** Coaching for each unhelpful move, after a quote. */
export const unhelpfulNote = {
  defending: 'may sound like defending. For now, just listen; your side can come later.',
  arguing: 'may sound like a counter-attack, and the talk can turn into a contest.',
  fixing: 'jumps to a fix. Most people need to feel heard before they want solutions.',
} as const;

/** When nothing helpful was found. */
export const tryReflecting = 'Try starting with "It sounds like you…" and say back what you heard, then ask one question.';

/** When the answer did everything well. */
export const heardWell = 'That answer would likely help them feel heard.';

/** When the answer was partly there. */
export const addOne = (missing: string): string => `To go one step further: ${missing}`;

/** Suggestions for what to add. */
export const addMove = {
  reflecting: 'say back in your own words what you heard ("So you felt…").',
  validating: 'say why their feeling makes sense ("No wonder you…").',
  clarifyingQuestion: 'ask one open question ("What would help?").',
} as const;

/** End of practice. */
export const listeningDone = 'Nice practice. Listening first is a skill; it gets easier every time you use it.';

// Trust-talk planner

/** What a trust talk is. */
export const plannerIntro = 'A trust talk is a short, calm check-in. Plan four things: when, your first words, one need, and one question.';

/** When step, and its choices. */
export const whenAsk = 'When could you both talk without rushing? Pick one, or type your own.';
export const whenChoices: ReadonlyArray<readonly [string, string]> = [
  ['comm:when:weekend', 'A quiet weekend morning'],
  ['comm:when:evening', 'A calm evening at home'],
  ['comm:when:walk', 'On a walk together'],
];

/** Opener step. */
export const openerAsk = 'What will you say first? A gentle opener invites them in. Use mine, or type your own.';
export const suggestedOpener = "Can we have a calm talk about us? I'd like to understand how you're doing.";

/** Opener sounds like blame. */
export const openerHint = (quote: string): string => `"${quote}" may sound like blame before the talk begins. Could you start from yourself, with "I…"? Or keep it as it is.`;

/** Need step. */
export const planNeedAsk = 'One need you want to share. Just one keeps the talk calm. Pick one, or type your own.';

/** Question step, and its choices. */
export const questionAsk = 'One question to ask them, and then listen to the answer. Pick one, or type your own.';
export const questionChoices: ReadonlyArray<readonly [string, string]> = [
  ['comm:q:safe', 'What would help you feel safe again?'],
  ['comm:q:hardest', "What's been hardest for you?"],
  ['comm:q:week', 'What could I do this week that would help?'],
];

/** The finished plan. */
export const plan = (p: { when: string; opener: string; need: string; question: string }): string =>
  `Your trust-talk plan:\n• When: ${p.when}\n• First words: "${p.opener}"\n• One need: ${p.need}\n• One question: "${p.question}"`;

/** Journal prompt for the plan. */
export const planPrompt = 'My trust-talk plan';

/** Tips after the plan. */
export const planTips = 'Keep it short; twenty minutes is plenty. If it gets heated, pause and agree a time to come back to it.';

// Shared vocabularies

/** Feelings offered as choices, two pages. */
export const feelingPages: ReadonlyArray<readonly string[]> = [
  ['hurt', 'lonely', 'unheard', 'worried', 'frustrated', 'disappointed', 'scared', 'disrespected'],
  ['sad', 'anxious', 'embarrassed', 'overwhelmed', 'unimportant', 'let down', 'confused', 'angry'],
];

/** Needs offered as choices: id suffix and the words used in the sentence. */
export const needs: ReadonlyArray<readonly [string, string]> = [
  ['listened', 'I need to feel listened to'],
  ['honesty', 'Honesty matters to me'],
  ['time', 'I need time with you'],
  ['respect', 'I need to feel respected'],
  ['safe', 'I need to feel safe'],
  ['support', 'I need support'],
  ['rely', 'I need to be able to count on you'],
];
