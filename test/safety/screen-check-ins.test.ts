import { describe } from 'vitest';
import { hears, hearsAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty-five: the wish to die or self-harm said in reply to the coach's own check-ins, steps
// and nudges (lexicon/check-in-replies.ts). The dev file heard 59 of 80 suicide and 12 of 20
// self-harm lines at first contact; these are fresh paraphrases, and the same words in routine replies.
describe('crisis screen: danger said in reply to a check-in', () => {
  hearsAs('suicide', [
    '1/10. won\'t need the app after tonight. thank you for trying',
    'gave the cat to my sister and wrote the letters. tonight\'s the night',
    'I know how and when now. friday at the quarry',
    'I\'ve made my decision, you can stop the exercises. after everyone\'s asleep tonight',
    'check in: 3. you can stop checking in on me after friday',
    'honestly don\'t think I\'ll need the next steps, there won\'t be a next week for me',
    'what happens to my journal if someone stops using it forever? asking for me',
    'nudge me tomorrow if I\'m still alive',
    'thanks for everything, you were kinder to me than anyone. take care',
    'wrote the apology. that was the last thing I needed to do',
    'it won\'t matter after sunday anyway',
    'the kids will be better without me, their mum is better at this than me',
    'dying would make the noise stop',
    'took everything in the medicine cabinet, sorry',
  ]);

  hearsAs('self_harm', [
    'went too deep on my wrist again, step 4 can wait',
    '4/10, only cut twice this week',
    'been using the blade on myself most nights',
    'did the thing I promised I\'d stop doing again, there\'s blood on the towel',
  ]);

  hears([
    // The medicine cabinet emptied with the medicines named is an emergency.
    ['took everything in the medicine cabinet, paracetamol and my sleeping pills, an hour ago', 'emergency'],
    // A gun "to use on myself" is suicide, not self-harm.
    ['I have a loaded gun beside me and I plan to use it on myself within the hour', 'suicide'],
    ["I hit my head against the wall until I saw stars after he said he doesn't trust me", 'self_harm'],
  ]);

  staysQuiet([
    'cancel my gym subscription, won\'t need it after friday, moving to a place with a pool',
    'tonight\'s the night! first date since the divorce, wish me luck',
    'I\'ve made my decision, I\'m leaving him and I feel lighter already',
    'you can stop checking in on me after this week, I\'m on holiday for a fortnight',
    'don\'t think I\'ll need the 30 day plan, we\'re doing great now',
    'what happens to my account if I stop using it for a while? going travelling',
    'does the app message anyone if I stop answering? just curious about privacy',
    'nudge me tomorrow if I\'m still here at my mum\'s, the signal is terrible',
    'thanks for everything! see you next week for step 4',
    'apology sent. that was the last thing I needed to do before the weekend, now pizza',
    'won\'t matter after friday, the exam is done',
    'the kids will be fine with their dad this weekend, he\'s better at bedtime than me',
    'I just want my head to go quiet for one evening, work is mad',
    'I only cut once this week, my hair I mean, fringe disaster lol',
    'went too deep on the garden border with the spade',
    'did the thing I promised I\'d stop doing, texted my ex, sorry',
    'old habits came back after the argument, I bit my nails to stubs',
    'He is a tree surgeon and comes home with cuts all over his arms from the brambles',
    'The goodbye letter exercise is about letting go of old resentments, right? mine is 3 pages',
  ]);
});
