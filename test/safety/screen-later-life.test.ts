import { describe } from 'vitest';
import { hears, staysQuiet } from '../support/screen-cases.ts';

// Round fourteen: older people, people with a disability or a long illness, and carers. Harm in
// care often wears the clothes of caring (the pills, the hearing aids, "she's confused"), and the
// ordinary hard parts of age (a house move, a funeral planned, "dead on my feet") must not alarm.
describe('crisis screen, round fourteen: danger in later life and in care', () => {
  hears([
    ['Mum keeps her late husband’s sleeping tablets in a tin and says she is ready to go', 'suicide'],
    ['my gran rang me in tears, she says she is ready to go and has been keeping her late husband’s tablets', 'suicide'],
    ['I am keeping my late husband’s tablets for when I am ready', 'suicide'],
    ['my nan says she is ready to go and she has stopped eating on purpose', 'suicide'],
    ['my grandma keeps saying she is ready to go, she asked me to get her sleeping tablets', 'suicide'],
    ['my grandad has told the home he will stop eating until he dies', 'suicide'],
    ['Dad said the grandchildren would get the house sooner if he was gone, and he has stopped answering the phone', 'suicide'],
    ['my aunt has made all the arrangements and says I am to have her ring, she has been very low since Uncle Ray died', 'suicide'],
    ['he tells the carers I am too confused to know my own mind, but I am not, and he has moved my pension into his account', 'partner_violence'],
    ['she locks away my walking frame so that I cannot leave the bedroom', 'partner_violence'],
    ['my husband flushes my pills down the toilet when I answer him back', 'partner_violence'],
    ['since he cancelled my carers he leaves me in my chair all day and says I deserve it', 'partner_violence'],
    ['my ex phoned the surgery pretending to be my son to find out when my appointments are', 'partner_violence'],
    ['the night carer puts his hand up my nightdress when he thinks I am asleep', 'sexual_violence'],
    ['a care worker was filming me in the bath on his phone', 'sexual_violence'],
    ['a man at the day centre takes my wife into the toilets and touches her', 'sexual_violence'],
    ['a porter did things to me while I was coming round after the operation', 'sexual_violence'],
    ['a neighbour interfered with me when I was eight and I have never said', 'child_abuse'],
    ['my grandson is left to fend for himself most days, he is five', 'child_abuse'],
    ['the toddler from number 4 was wandering the main road in her nappy at midnight', 'child_abuse'],
    ['they keep the baby strapped in the buggy all day', 'child_abuse'],
    ['my daughter lets a registered sex offender babysit the kids', 'child_abuse'],
    ['when the caring gets too much I burn my arms with the iron so I feel something else', 'self_harm'],
    ['since Mum passed I just want to be with her again', 'suicide'],
    ['I have the car running in the garage with the door shut and I am sorry', 'suicide'],
    // Danger that only looks like a move, an idiom or a safe case above, which must stay heard.
    ['my husband does sexual stuff to my daughter and says if she tells she will be put in care', 'child_abuse'],
    ['Lost my job. This time next month I will not be your problem', 'suicide'],
    ['I will not be here much longer, going to the coast to end it', 'suicide'],
    ['I am moving out of this flat soon. I want to sleep forever and never wake up', 'suicide'],
    ['he hides my pills and I have been saving the ones I find instead of taking them', 'suicide'],
    ['I have sold the house and given the dog away. I will not be here much longer.', 'suicide'],
    ['I am moving on. I will not be here much longer.', 'suicide'],
    ['I am going to a better place, I will not be here much longer', 'suicide'],
    ['I am dead on my feet and honestly I want to die', 'suicide'],
    ['he locks the back door and hides the key so I cannot leave, he says it is in my care plan but it is not', 'partner_violence'],
  ]);

  staysQuiet([
    'we are moving into a retirement flat near our son so we will not be around here much longer, the neighbours are sad',
    'we will not be here much longer, going into our daughter’s annexe after Easter',
    'I will not be around the old street much longer, the bungalow is ready',
    'two hospital runs and three lots of tablets today, I am dead on my feet',
    'he leaves me in bed till nine because I asked for a lie in',
    'my husband takes my hearing aids out at night so they can charge',
    'I burnt my hand on the kettle making tea, silly me',
    'my sister died last year and I would like to be with her family at Christmas',
    'the car is running in the garage with the door open, just warming it up',
    'we are moving to Spain in May, so we will not be here for the village fete this year',
    'my ex waits outside the school when I pick up the kids, we co-parent fine',
    'he cancelled my carers because he will look after me now he has retired, so lovely',
    'there is no point in me staying at the party after midnight',
    'I filmed him in the bath, he was splashing everywhere',
    'the river walk was lovely but we are never going back there, the midges!',
    'my dog died last week and my boyfriend is away, I just want to be with him again',
    'I had 2 paracetamol and feel a bit sick',
    'my grandad is 90 and says he is ready to go whenever the good lord wants him',
    'my gran has made peace with dying and has her funeral plan sorted',
  ]);
});
