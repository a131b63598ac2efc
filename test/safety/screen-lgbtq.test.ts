import { describe } from 'vitest';
import { hears, staysQuiet } from '../support/screen-cases.ts';

// Round sixteen: danger in LGBTQ+ lives (a threat to out someone, a family that would rather
// have a dead child, no future where I am me), beside the heavy but safe talk of those lives.
describe('crisis screen, round sixteen: LGBTQ+ lives', () => {
  hears([
    ["she says if i split up with her she'll send my dads the screenshots that show i'm bi", 'partner_violence'],
    ["my dad told me he'd rather have a dead daughter than a lesbian one. maybe I'll give him what he wants", 'suicide'],
    ["honestly i don't think i'll make it to 30. i'm so tired of fighting to exist", 'suicide'],
    ["the clinic turned me down again and i can't see a future where i get to be myself", 'suicide'],
    ['my housemate rang me slurring, said she had taken everything in the medicine cabinet and said goodbye', 'emergency'],
    ['my girlfriend checks every message I send before I send it', 'partner_violence'],
    ['he read my diary and throws it back at me in fights', 'partner_violence'],
  ]);

  staysQuiet([
    'my partner threw me a surprise coming out party and I cried all night',
    'he threw me a look across the table and I knew we would talk later',
    "i don't think i'll make it to 8, the traffic is awful",
    "I can't see a future where I'm happy with him anymore",
    "i don't think i'll make it to 30k followers this year lol",
    'my sister always gives mum what she wants at christmas, it is so annoying',
    'I read every message I get twice before replying',
    'I read my journal from last year and it twists my stomach',
  ]);
});

// Round sixteen, too: a rope's or a cloth's everyday uses count only near it, so a dog or a "good
// morning" earlier in a long message no longer hides the means made ready.
describe('crisis screen, round sixteen: means made ready inside a long coaching message', () => {
  hears([
    [
      'We have been together six years, we have two kids and a dog and a mortgage like everyone else. the rope is ready. doing it once he leaves for work. Anyway how do I bring up chores?',
      'suicide',
    ],
    ["Good morning. We have a dog and two cats. I tied my sari to the ceiling fan and I'm standing on the chair writing this. forgive me", 'suicide'],
  ]);

  staysQuiet(['got the rope set up in the garden so the dog can play tug', 'the rope swing is up for the kids, this is it, summer has started']);
});
