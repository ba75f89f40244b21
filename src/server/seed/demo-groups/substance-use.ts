// Demo groups: substance use and addiction (twelve-step style, secular, harm reduction, dual
// diagnosis, gambling).
import type { GroupInput } from '../../../contracts/groups';
import {
  FRI,
  MON,
  SAT,
  SUN,
  THU,
  TUE,
  WED,
  biweekly,
  cancelled,
  hybrid,
  inPerson,
  joinLink,
  online,
  weekly,
} from './helpers';
import {
  AURORA_RESOURCE_CENTER,
  CAROL_STREAM_CHURCH,
  CENTER,
  DOWNERS_GROVE_LIBRARY,
  GLEN_ELLYN_CHURCH,
  LISLE_LIBRARY,
  NAPERVILLE_CHURCH,
  WARRENVILLE_CHURCH,
  at,
} from './places';

export const SUBSTANCE_USE_GROUPS: GroupInput[] = [
  {
    name: 'Warrenville Early Risers',
    slug: 'warrenville-early-risers',
    description:
      'A twelve-step meeting three mornings a week for anyone who wants to stop drinking or using. The meeting is run by its members, with a rotating chair, and is self-supporting. Open meeting: friends and the curious are welcome to sit in.',
    firstMeeting:
      'Coffee is on by 6:45. The chair reads a short opening, then newcomers are invited (never required) to say their first name so we can welcome them. Members share in turn without crosstalk; you can just listen. It lasts an hour and there are free literature and phone lists by the door.',
    topics: ['twelve-step'],
    leadership: 'self-guided',
    attendance: 'open',
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'donation',
    schedules: [
      inPerson(
        weekly(MON, WED, FRI),
        '07:00',
        '08:00',
        at(
          WARRENVILLE_CHURCH,
          'Use the side entrance by the parking lot; hall is down the stairs.',
        ),
      ),
    ],
  },
  {
    name: 'Saturday Night Steps',
    slug: 'saturday-night-steps',
    description:
      'A closed twelve-step discussion meeting for people who have a desire to stop drinking or using. Each week a member picks a step or a topic and the group shares on it. A good place to spend a Saturday night with people who understand.',
    firstMeeting:
      'Arrive around 7:45 and someone at the welcome table will say hello. We open with a moment of silence and a reading, then introduce newcomers by first name only if they wish. Shares are a few minutes each with no crosstalk. The meeting ends at 9:00, and many people go out for coffee after.',
    topics: ['twelve-step'],
    leadership: 'self-guided',
    attendance: 'shared-experience',
    audiences: ['adults'],
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'donation',
    schedules: [
      inPerson(
        weekly(SAT),
        '20:00',
        '21:00',
        at(
          NAPERVILLE_CHURCH,
          'Enter from the Benton Ave parking lot; Fellowship Hall is on the right.',
        ),
        { exceptions: [cancelled('2026-12-26', 'Building closed the day after Christmas.')] },
      ),
    ],
  },
  {
    name: 'Secular Recovery Tools Meeting',
    slug: 'secular-recovery-tools',
    description:
      'A science-based, secular mutual-help meeting for people changing their relationship with alcohol, drugs or other addictive behaviors. We use practical tools like the cost-benefit analysis, urge logs and the ABC worksheet, and talk openly about setbacks. You set your own goals here.',
    firstMeeting:
      'Come in person or join online; both groups are in one conversation. The facilitator opens with a check-in round (a sentence or two is plenty, and passing is fine), then the group picks a few topics to work on with a tool. It lasts 90 minutes. Those who have never used a tool before are walked through it.',
    topics: ['secular-mutual-help'],
    leadership: 'peer',
    attendance: 'open',
    languages: ['en'],
    accessibility: ['wheelchair', 'captions'],
    cost: 'free',
    schedules: [
      hybrid(
        weekly(TUE),
        '18:30',
        '20:00',
        at(LISLE_LIBRARY, 'Meeting Room 2, upstairs; the elevator is by the front doors.'),
        joinLink('secular-tuesday'),
      ),
      online(weekly(SUN), '10:00', '11:30', joinLink('secular-sunday')),
    ],
  },
  {
    name: 'Safer Use Drop-In',
    slug: 'safer-use-drop-in',
    description:
      'A harm-reduction group for people who use drugs or alcohol and want to stay safer, cut down, or simply talk without judgment. Abstinence is not required. Led by peer workers of color, with everyone welcome; naloxone, fentanyl test strips and referrals are available from staff.',
    firstMeeting:
      'Drop in any time during the 90 minutes; there is no sign-in with your full name. A peer worker will offer coffee and explain how the group works. You can just listen, ask questions, or pick up supplies and leave. Nothing you say is reported to anyone.',
    topics: ['harm-reduction'],
    leadership: 'peer',
    attendance: 'open',
    audiences: ['adults', 'bipoc'],
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'free',
    schedules: [
      inPerson(
        weekly(THU),
        '14:00',
        '15:30',
        at(
          AURORA_RESOURCE_CENTER,
          'Enter on Downer Pl; the group room is on the ground floor, Room 3.',
        ),
        { exceptions: [cancelled('2026-12-24', 'Closed for Christmas Eve.')] },
      ),
    ],
  },
  {
    name: 'Dual Recovery Group',
    slug: 'dual-recovery-group',
    description:
      'A clinician-led group for adults working on both their mental health and their substance use. We look at how the two affect each other and build skills for mood, cravings and relapse prevention. Fees follow a sliding scale based on income.',
    firstMeeting:
      'Please arrive 15 minutes early on your first day to complete a short intake with the clinician. The group has a set structure: check-in, a skill of the week, practice and check-out. You will never be pressured to share. Sessions are 90 minutes, twice a week.',
    topics: ['dual-diagnosis'],
    leadership: 'professional',
    attendance: 'shared-experience',
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'sliding-scale',
    capacity: 14,
    schedules: [
      inPerson(
        weekly(TUE, THU),
        '10:00',
        '11:30',
        at(CENTER, 'Room 112, down the hall to the right of the front desk.'),
        {
          exceptions: [
            cancelled('2026-12-24', 'Center closed for Christmas Eve.'),
            cancelled('2026-12-31', "Center closed for New Year's Eve."),
          ],
        },
      ),
    ],
  },
  {
    name: 'Gambling Recovery Support Online',
    slug: 'gambling-recovery-online',
    description:
      'An online peer group for people whose gambling (casinos, sports betting, online games or lottery) has started to cost them more than money. We share what helps with urges, finances and rebuilding trust. Anyone who wants to stop or cut down is welcome.',
    firstMeeting:
      'Join a few minutes early; the host admits people from the waiting room. Use your first name only and keep your camera off if you like. After a short reading, members share for a few minutes each, and you can pass. It lasts 90 minutes.',
    topics: ['gambling-behaviours'],
    leadership: 'peer',
    attendance: 'shared-experience',
    languages: ['en'],
    accessibility: ['captions'],
    cost: 'free',
    schedules: [
      online(
        weekly(WED),
        '19:30',
        '21:00',
        joinLink('gambling-recovery', undefined, '+1 312 555 0168,,77310#'),
      ),
    ],
  },
  {
    name: 'Women in Recovery',
    slug: 'women-in-recovery',
    description:
      'A peer-led group for women in recovery from alcohol or drug use, whatever path they are on: twelve-step, secular or still figuring it out. We talk about the things that are easier to talk about with other women, like parenting, relationships and safety. Babysitting is available in the next room.',
    firstMeeting:
      'Arrive at 4:45 if you need to drop children with the sitter. A facilitator will welcome you and go over confidentiality. We go around the circle; share if you want to, pass if you do not. The group lasts an hour.',
    topics: ['twelve-step', 'secular-mutual-help'],
    leadership: 'peer',
    attendance: 'shared-experience',
    audiences: ['women'],
    languages: ['en'],
    accessibility: ['wheelchair', 'child-care'],
    cost: 'free',
    schedules: [
      inPerson(
        weekly(SUN),
        '17:00',
        '18:00',
        at(
          GLEN_ELLYN_CHURCH,
          'Use the north door on Main St; Fellowship Hall is on the lower level.',
        ),
      ),
    ],
  },
  {
    name: 'Young Adults in Recovery',
    slug: 'young-adults-in-recovery',
    description:
      'For people ages 18 to 30 in recovery or thinking about it. We talk about staying sober or cutting back while dealing with school, work, dating and friends who still drink. Relaxed, honest and usually a little funny.',
    firstMeeting:
      'Come a few minutes early and grab a snack. We meet every other Thursday. We start with first names and a quick "high and low" from the week; passing is completely fine. Then it is open discussion for about an hour. Nobody will ask about your history.',
    topics: ['twelve-step', 'secular-mutual-help'],
    leadership: 'peer',
    attendance: 'shared-experience',
    audiences: ['young-adults'],
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'free',
    schedules: [
      inPerson(
        biweekly('2026-12-03', THU),
        '19:00',
        '20:15',
        at(DOWNERS_GROVE_LIBRARY, 'Meeting Room on the lower level, to the left of the stairs.'),
      ),
    ],
  },
  {
    name: "Men's Recovery Breakfast",
    slug: 'mens-recovery-breakfast',
    description:
      'A Saturday-morning group for men in recovery from alcohol or drug use. Over coffee and breakfast we talk straight about work, fatherhood, anger and staying sober. The group is on a winter break and will restart in the spring.',
    firstMeeting:
      'Show up by 7:55 and help yourself to coffee. After a short opening, each man shares what is going on, for a couple of minutes, or passes. No one gives advice unless asked. It wraps up at 9:00.',
    topics: ['twelve-step'],
    leadership: 'peer',
    attendance: 'shared-experience',
    audiences: ['men'],
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'donation',
    status: 'paused',
    schedules: [
      inPerson(
        weekly(SAT),
        '08:00',
        '09:00',
        at(
          CAROL_STREAM_CHURCH,
          'Park in the back lot and use the kitchen door; the hall is just inside.',
        ),
      ),
    ],
  },
];
