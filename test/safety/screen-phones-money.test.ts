import { describe } from 'vitest';
import { hears, staysQuiet } from '../support/screen-cases.ts';

// Round sixteen: harm that runs through phones, accounts, smart homes and money, beside the
// everyday tech and money talk of couples that looks like it.
describe('crisis screen, round sixteen: danger through phones, accounts and money', () => {
  hears([
    ['whenever i change my password she knows the new one by the next morning', 'partner_violence'],
    ['my husband broke into my icloud and forwarded himself every photo i have', 'partner_violence'],
    ['he installed monitoring software on my laptop so he gets an alert whenever I search anything', 'partner_violence'],
    ['my ex still controls the smart speakers and plays music through them at 3am to scare me', 'partner_violence'],
    ['my ex keeps sending me 1p payments with "watching you" typed in the reference', 'partner_violence'],
    ['someone I met in a game chat got me on webcam, recorded it, and says he will send it to everyone I follow', 'sexual_violence'],
    ['he wants £500 by friday or he will post the video of us on twitter', 'sexual_violence'],
    ['she made a fake onlyfans page using my selfies', 'sexual_violence'],
    ['my landlord hinted I could pay part of the rent another way', 'sexual_violence'],
    ["a stranger keeps telling my daughter she'll regret it if she doesn't send more photos. she's 13", 'child_abuse'],
    ['I found files of young girls on his computer that are not okay', 'child_abuse'],
    ["my nephew is 2 and when I pick him up he's still in last night's nappy", 'child_abuse'],
    ['my brother posted "goodbye everyone" on his instagram story and his phone is switched off', 'suicide'],
    ["she messaged me her bank pin and said she won't need it anymore", 'suicide'],
    ["after the row I told him fine, I'll make it easy for everyone then", 'suicide'],
  ]);

  staysQuiet([
    'he knows my new password, I told him because we share everything',
    'i put parental controls on my phone to stop myself doomscrolling at night',
    'my ex still has the login to the ring doorbell, I need to change it before the new tenants move in',
    "she posted goodbye to her old flat on her story and hasn't replied to my text, typical",
    'I won\'t need the car anymore, the pin for the garage is on the fridge, we moved to the city',
    "fine, I'll make it easier for everyone and sleep on the sofa",
    'my wife transfers me money with little notes in the reference like "date night fund"',
    'we agreed to share locations when I started cycling home late, it was my idea',
    'he keeps sending me memes about our overdraft, we really do need a budget',
    "send me more pics of the dog and I'll post them on insta",
  ]);
});
