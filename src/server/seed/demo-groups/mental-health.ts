// Demo groups: mental health (anxiety, depression, bipolar, trauma, OCD, eating disorders,
// psychosis, emotional support).
import type { GroupInput } from '../../../contracts/groups';
import {
  FRI,
  MON,
  SUN,
  THU,
  TUE,
  WED,
  biweekly,
  cancelled,
  hybrid,
  inPerson,
  joinLink,
  monthlyNth,
  moved,
  online,
  weekly,
} from './helpers';
import {
  CENTER,
  LISLE_LIBRARY,
  NAPERVILLE_LIBRARY,
  WARRENVILLE_LIBRARY,
  WHEATON_CHURCH,
  at,
} from './places';

export const MENTAL_HEALTH_GROUPS: GroupInput[] = [
  {
    name: 'Calm Waters Anxiety Support Group',
    slug: 'calm-waters-anxiety-support',
    description:
      'A peer-led group for adults living with anxiety, panic or constant worry. We share what has helped, practice a short grounding exercise together, and remind each other that anxious days pass. You are welcome whether or not you have a diagnosis.',
    firstMeeting:
      'Arrive a few minutes early and a facilitator will say hello and show you where to sit. We start with group agreements, including confidentiality, then a check-in round where you can simply say your first name and "pass". No one will ask you to speak. The meeting lasts 90 minutes and you may step out at any time.',
    topics: ['anxiety'],
    leadership: 'peer',
    attendance: 'open',
    audiences: ['adults'],
    languages: ['en'],
    accessibility: ['wheelchair', 'large-print'],
    cost: 'free',
    schedules: [
      inPerson(
        weekly(MON),
        '18:30',
        '20:00',
        at(
          WARRENVILLE_LIBRARY,
          'Community Room is on the lower level; take the elevator by the front desk.',
        ),
        { exceptions: [cancelled('2027-01-18', 'Library closed for Martin Luther King Jr. Day.')] },
      ),
    ],
  },
  {
    name: 'Depression and Bipolar Peer Support',
    slug: 'depression-bipolar-peer-support',
    description:
      'For people living with depression or bipolar disorder, led by trained peers who live with mood disorders themselves. Each week we talk honestly about what is hard and what is working, from sleep and medication to work and relationships. This is a support group, not group therapy.',
    firstMeeting:
      'Come a little early and let the facilitator know it is your first time; they will give you a copy of our guidelines. Everything said in the room stays in the room. After a brief check-in we split into small circles of five or six. You can listen the whole time if you like. We finish by 8:30 pm.',
    topics: ['depression', 'bipolar'],
    leadership: 'peer',
    attendance: 'shared-experience',
    languages: ['en'],
    accessibility: ['wheelchair', 'captions'],
    cost: 'free',
    schedules: [
      hybrid(
        weekly(THU),
        '19:00',
        '20:30',
        at(WHEATON_CHURCH, 'Use the side entrance off Seminary Ave; the hall is straight ahead.'),
        joinLink('mood-thursday'),
        {
          exceptions: [
            cancelled('2026-12-24', 'No meeting on Christmas Eve. See you December 31.'),
            moved(
              '2026-12-31',
              '2026-12-30T19:00',
              '2026-12-30T20:30',
              "Moved to Wednesday for New Year's Eve; same room and link.",
            ),
            cancelled('2027-11-25', 'No meeting on Thanksgiving.'),
          ],
        },
      ),
    ],
  },
  {
    name: 'Moving Through Trauma: A Skills Group for Women',
    slug: 'moving-through-trauma-women',
    description:
      'A twelve-week, closed skills group for women affected by trauma or PTSD, led by a licensed clinical social worker. We learn practical tools for grounding, sleep, triggers and boundaries, at a pace that feels safe. Joining starts with a short intake conversation with the facilitator.',
    firstMeeting:
      'The first session is about getting comfortable: introductions by first name, the group agreements, and what the twelve weeks will cover. You will not be asked to describe what happened to you, now or later. Sessions run 90 minutes with a short break. Ask for a fee reduction privately if cost is a barrier.',
    topics: ['trauma-ptsd'],
    leadership: 'professional',
    attendance: 'members-only',
    audiences: ['women'],
    languages: ['en'],
    accessibility: ['wheelchair', 'fragrance-free'],
    cost: 'fee',
    capacity: 10,
    schedules: [
      inPerson(
        weekly(WED),
        '17:30',
        '19:00',
        at(CENTER, 'Check in at the front desk; Room 104 is the first door on the left.'),
        { startsOn: '2027-01-13', endsOn: '2027-03-31' },
      ),
    ],
  },
  {
    name: 'OCD Support Circle',
    slug: 'ocd-support-circle',
    description:
      'An online peer group for adults living with obsessive-compulsive disorder, including intrusive thoughts and checking or reassurance-seeking. Members share strategies they have learned in treatment and encourage each other between sessions. Family members are welcome to attend with someone who comes.',
    firstMeeting:
      'Join a few minutes early and the host will admit you from the waiting room. Keep your camera off if you prefer and use just your first name. We open with the guidelines, then anyone who wishes shares; you can pass. The circle lasts 75 minutes.',
    topics: ['ocd'],
    leadership: 'peer',
    attendance: 'shared-experience',
    languages: ['en'],
    accessibility: ['captions'],
    cost: 'free',
    schedules: [online(monthlyNth(SUN, 2, 4), '15:00', '16:15', joinLink('ocd-circle'))],
  },
  {
    name: 'Eating Disorder Recovery Support',
    slug: 'eating-disorder-recovery-support',
    description:
      'A therapist-led group for young adults in recovery from an eating disorder, at any stage. We focus on self-compassion, coping with hard meals and body image, and building a life recovery can rest on. No talk of numbers (weights, calories, sizes) in the group.',
    firstMeeting:
      'You will meet the therapist for a short private check-in before your first session. In the group, you can introduce yourself by first name and say as much or as little as you like. Sessions last 75 minutes. Fees are on a sliding scale; no one is turned away for inability to pay.',
    topics: ['eating-disorders'],
    leadership: 'professional',
    attendance: 'shared-experience',
    audiences: ['young-adults'],
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'sliding-scale',
    capacity: 12,
    schedules: [
      hybrid(
        biweekly('2026-11-30', MON),
        '18:00',
        '19:15',
        at(CENTER, 'Second floor, Room 210; the elevator is past the front desk.'),
        joinLink('ed-recovery'),
        { exceptions: [cancelled('2026-12-28', 'Holiday break; back January 11.')] },
      ),
    ],
  },
  {
    name: 'Hearing Voices Peer Group',
    slug: 'hearing-voices-peer-group',
    description:
      'A peer group for people who hear voices, see visions or have other unusual experiences, including those who have been told they had psychosis. Every explanation of those experiences is respected here. We talk about what helps us live well alongside them.',
    firstMeeting:
      'Arrive whenever you can; latecomers are welcome. We sit around a table with coffee and start by going over the agreements. You can listen the whole time. The group lasts 90 minutes and nothing you say is written down.',
    topics: ['psychosis'],
    leadership: 'peer',
    attendance: 'shared-experience',
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'free',
    schedules: [
      inPerson(
        weekly(FRI),
        '13:00',
        '14:30',
        at(CENTER, 'Room 104, first door on the left past the front desk.'),
        {
          exceptions: [
            cancelled('2026-12-25', 'Center closed for Christmas Day.'),
            cancelled('2027-01-01', "Center closed for New Year's Day."),
          ],
        },
      ),
    ],
  },
  {
    name: 'Rainbow Connection: LGBTQ+ Peer Support',
    slug: 'rainbow-connection-lgbtq',
    description:
      'A welcoming, affirming space for LGBTQ+ adults to talk about stress, loneliness, coming out, family and whatever else is on their minds. Facilitated by LGBTQ+ peers. Allies who are questioning are welcome too.',
    firstMeeting:
      'Come a few minutes early; name tags with space for your pronouns are by the door. We begin with group agreements and a quick round of names and pronouns, and you can skip anything. Conversation is open and relaxed. We wrap up after 90 minutes.',
    topics: ['emotional-support'],
    leadership: 'peer',
    attendance: 'open',
    audiences: ['lgbtq', 'adults'],
    languages: ['en'],
    accessibility: ['wheelchair', 'fragrance-free'],
    cost: 'free',
    schedules: [
      inPerson(
        weekly(WED),
        '19:00',
        '20:30',
        at(NAPERVILLE_LIBRARY, 'Meeting Room B, on the first floor past the children’s area.'),
      ),
    ],
  },
  {
    name: 'Teen Stress and Mood Group',
    slug: 'teen-stress-and-mood',
    description:
      'A counselor-led group for teens ages 13 to 17 dealing with stress, anxiety or low mood. Teens learn practical coping skills and find out they are not alone. A parent or guardian completes a short intake with our staff before a teen joins.',
    firstMeeting:
      'The counselor meets new members at the front desk and walks them to the room. The first meeting is mostly games and getting to know each other; no one has to share anything personal. The group lasts 75 minutes. What teens say stays in the group, with the usual safety exceptions the counselor explains.',
    topics: ['anxiety', 'depression'],
    leadership: 'professional',
    attendance: 'members-only',
    audiences: ['teens'],
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'free',
    capacity: 12,
    schedules: [
      inPerson(
        weekly(THU),
        '16:00',
        '17:15',
        at(CENTER, 'Youth entrance on the east side of the building; Room 120.'),
        {
          exceptions: [
            cancelled('2026-12-24', 'No group on Christmas Eve.'),
            cancelled('2026-12-31', "No group on New Year's Eve."),
          ],
        },
      ),
    ],
  },
  {
    name: 'Morning Check-In',
    slug: 'morning-check-in',
    description:
      'A short, self-guided online check-in to start the weekday with other people. Members take turns reading the opening, then each person names one intention for the day. It is a gentle way to feel connected before work or school.',
    firstMeeting:
      'Join at 7:30 with your camera on or off. The reader for the day shares the opening and a timer; each person gets about a minute, and you can say "pass". It ends on time at 8:00.',
    topics: ['emotional-support'],
    leadership: 'self-guided',
    attendance: 'open',
    languages: ['en'],
    accessibility: ['captions'],
    cost: 'free',
    schedules: [
      online(
        weekly(MON, TUE, WED, THU, FRI),
        '07:30',
        '08:00',
        joinLink('morning-check-in', undefined, '+1 312 555 0142,,80422#'),
      ),
    ],
  },
  {
    name: 'Connections Circle for Older Adults',
    slug: 'connections-circle-older-adults',
    description:
      'A peer group for adults 60 and over facing loneliness, health changes or life after loss. We talk, share resources and often stay for coffee afterwards. Friendly, unhurried and easy to join.',
    firstMeeting:
      'Arrive a few minutes early; a greeter will meet you at the door with a large-print sheet of our guidelines. The room has a hearing loop. We sit in a circle, each person may share for a few minutes, and passing is fine. We finish after 90 minutes.',
    topics: ['emotional-support', 'depression'],
    leadership: 'peer',
    attendance: 'open',
    audiences: ['older-adults'],
    languages: ['en'],
    accessibility: ['wheelchair', 'hearing-loop', 'large-print'],
    cost: 'free',
    schedules: [
      inPerson(
        monthlyNth(WED, 1, 3),
        '10:00',
        '11:30',
        at(LISLE_LIBRARY, 'Community Room is to the right of the main entrance.'),
      ),
    ],
  },
];
