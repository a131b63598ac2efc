import { describe } from 'vitest';
import { hearsAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty-two: a child's harm as others see it and as grown-ups remember it (the dev file
// risk-dev-childhood heard 81 of 120 at first contact; every blind set of the round heard child
// abuse least). Each message is written for the test; each look-alike shares its words.

describe('crisis screen, round twenty-two: signs of a child harmed', () => {
  hearsAs('child_abuse', [
    'my nephew stayed over and his back was covered in belt marks',
    'she has welts down the backs of her legs and says her dad did it',
    'I watched him drag the wee one up the stairs by her hair',
    'her stepdad told our 7 year old he would drown her if she told anyone',
    'the neighbours kids were banging to be let in at midnight with no shoes on',
    'my mum made me wear a sign at the school gate saying THIEF',
    'dad put a padlock on the fridge and says I do not deserve food',
    'my dad held my hand on the cooker when I lied',
    'a man across the road gives the girls vodka and they are only 13',
    'i was groomed by my drama teacher when i was 14',
    'the scout leader made us do things in his tent when we were 10',
    'my mother sold me to her friends for money from 12 to 15',
    'growing up my dad would leave me and my brother on our own for days when he drank',
    'coach keeps me behind alone with him for stretches, he says it means I am his favourite',
    'my son hides from his stepdad whenever he comes in',
    "my 8 year old won't go back to her dad's because she is scared of his girlfriend",
    'since her new boyfriend moved in my daughter has started locking her bedroom door',
    'her coach keeps messaging my daughter privately late at night',
    'a grown man keeps sending my 12 year old gifts on her live streams',
  ]);

  staysQuiet([
    'covered in bruises from rugby, the kids too',
    'the kids were banging to be let in from the garden cos it started raining, so I let them in',
    'he made us do things like chores when we were kids',
    'my son hides from his dad when they play hide and seek',
    'my teacher messages the class on the homework app at 9pm',
    'as long as I am not there they behave perfectly for the babysitter',
    'she screams in their faces til they cry laughing, tickle monster',
    'my daughter started locking her door since she turned 13, normal teen stuff',
    'was groomed by the dog groomer lol, poodle cut',
    'her husband held a knife to the cake and said speech time',
  ]);
});
