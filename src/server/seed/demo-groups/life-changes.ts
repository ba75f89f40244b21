// Demo groups: chronic illness and pain, life transitions and veterans (category "specialized").
import type { GroupInput } from '../../../contracts/groups';
import {
  FRI,
  MON,
  THU,
  TUE,
  WED,
  cancelled,
  hybrid,
  inPerson,
  joinLink,
  monthlyDay,
  monthlyNth,
  once,
  online,
  weekly,
} from './helpers';
import {
  CENTER,
  GLEN_ELLYN_LIBRARY,
  LISLE_CHURCH,
  NAPERVILLE_PARK,
  WEST_CHICAGO_LIBRARY,
  WHEATON_COMMUNITY_CENTER,
  at,
} from './places';

export const LIFE_CHANGES_GROUPS: GroupInput[] = [
  {
    name: 'Living Well with Chronic Pain',
    slug: 'living-well-with-chronic-pain',
    description:
      'A group for adults living with chronic pain or a long-term illness, led by a pain psychologist. We practice pacing, relaxation and ways to handle flare-ups, and talk about the frustration of being in pain others cannot see. Chairs with arms and space to stand or stretch are always available.',
    firstMeeting:
      'Arrive whenever you can, and move, stand or leave the room as your body needs. The psychologist opens with a 10-minute check-in round, where passing is fine, then teaches and practices one skill. Sessions last 90 minutes. Fees are on a sliding scale.',
    topics: ['chronic-illness-pain'],
    leadership: 'professional',
    attendance: 'shared-experience',
    languages: ['en'],
    accessibility: ['wheelchair', 'fragrance-free', 'captions'],
    cost: 'sliding-scale',
    capacity: 16,
    schedules: [
      hybrid(
        weekly(WED),
        '13:00',
        '14:30',
        at(CENTER, 'Room 104, first door on the left; accessible parking by the front door.'),
        joinLink('chronic-pain-wednesday'),
        { exceptions: [cancelled('2026-12-30', 'Holiday break; back January 6.')] },
      ),
    ],
  },
  {
    name: 'Chronic Illness Lunch Hour',
    slug: 'chronic-illness-lunch-hour',
    description:
      'A relaxed online hour on the last Friday of each month for people living with chronic illness, from autoimmune conditions to long COVID. Members take turns hosting, so no one is in charge and everyone belongs. Bring your lunch.',
    firstMeeting:
      'Join any time during the hour, camera on or off. The member hosting that month welcomes newcomers and asks an easy opening question. Share if you want to, or just listen and eat.',
    topics: ['chronic-illness-pain'],
    leadership: 'self-guided',
    attendance: 'open',
    languages: ['en'],
    accessibility: ['captions'],
    cost: 'free',
    schedules: [
      online(monthlyNth(FRI, -1), '12:00', '13:00', joinLink('chronic-illness-lunch'), {
        exceptions: [cancelled('2026-12-25', 'No meeting on Christmas Day.')],
      }),
    ],
  },
  {
    name: 'Separation and Divorce Recovery',
    slug: 'separation-divorce-recovery',
    description:
      'For anyone going through a separation or divorce, whether it is new or finalized years ago. Peers who have been through it lead discussions on co-parenting, loneliness, money and starting over. A place to be honest without taking sides.',
    firstMeeting:
      'Arrive a few minutes early and the facilitator will welcome you with a name tag for your first name. The evening starts with a short topic, then small-group conversation. You may pass at any point, and what is shared stays in the room. It lasts 90 minutes.',
    topics: ['divorce'],
    leadership: 'peer',
    attendance: 'open',
    audiences: ['adults'],
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'donation',
    schedules: [
      inPerson(
        weekly(THU),
        '19:00',
        '20:30',
        at(LISLE_CHURCH, 'Enter through the south doors; the Parish Hall is straight ahead.'),
        { exceptions: [cancelled('2027-11-25', 'No meeting on Thanksgiving.')] },
      ),
    ],
  },
  {
    name: 'New Parents Circle',
    slug: 'new-parents-circle',
    description:
      'For parents of babies up to one year old, including those feeling anxious or low after the birth or adoption. A perinatal counselor leads conversations on sleep, feeding, identity and relationships. Babies are welcome in the room.',
    firstMeeting:
      'Come as you are, late or early; babies can feed, fuss and nap during group. The counselor starts with introductions (your first name and your baby’s age) and a short topic, then it is open conversation. It lasts 90 minutes. There are changing tables and a quiet corner.',
    topics: ['new-parents'],
    leadership: 'professional',
    attendance: 'open',
    audiences: ['parents'],
    languages: ['en'],
    accessibility: ['wheelchair', 'fragrance-free'],
    cost: 'free',
    capacity: 14,
    schedules: [
      inPerson(
        weekly(FRI),
        '10:00',
        '11:30',
        at(
          NAPERVILLE_PARK,
          'Room 2 on the ground floor; stroller parking is inside the main doors.',
        ),
        { startsOn: '2027-01-08' },
      ),
    ],
  },
  {
    name: 'Next Chapter: Retirement Transitions',
    slug: 'next-chapter-retirement',
    description:
      'A self-guided discussion group for people recently retired or about to be. Members take turns choosing the topic, from structure and purpose to money worries and changing relationships. Meets the first Monday of each month.',
    firstMeeting:
      'Come a few minutes early; a member will welcome you and give you a large-print copy of the month’s topic. We go around the table and everyone may share or pass. It lasts 90 minutes.',
    topics: ['retirement'],
    leadership: 'self-guided',
    attendance: 'open',
    audiences: ['older-adults'],
    languages: ['en'],
    accessibility: ['wheelchair', 'large-print'],
    cost: 'free',
    schedules: [
      inPerson(
        monthlyNth(MON, 1),
        '10:00',
        '11:30',
        at(
          GLEN_ELLYN_LIBRARY,
          'Meeting Room on the second floor; take the elevator by the entrance.',
        ),
      ),
    ],
  },
  {
    name: 'Job Seekers Support Group',
    slug: 'job-seekers-support',
    description:
      'A weekly peer group for people coping with a layoff or a long job search. We share leads and feedback on résumés, but mostly we keep each other going through the hard weeks. All fields and experience levels are welcome.',
    firstMeeting:
      'Arrive a few minutes early and introduce yourself by first name. We start with a round of wins and worries from the week; passing is fine. The second half is practical help or discussion. It lasts 90 minutes.',
    topics: ['job-loss'],
    leadership: 'peer',
    attendance: 'open',
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'free',
    schedules: [
      inPerson(
        weekly(TUE),
        '09:30',
        '11:00',
        at(WEST_CHICAGO_LIBRARY, 'Meeting Room on the lower level, next to the elevator.'),
      ),
    ],
  },
  {
    name: 'Starting Over After a Job Loss: A One-Morning Workshop',
    slug: 'starting-over-job-loss-workshop',
    description:
      'A single free workshop for anyone who has lost a job, led by one of our counselors. We cover the emotional side of job loss, coping with stress at home and planning the weeks ahead. Space is limited, so please register through the platform.',
    firstMeeting:
      'Please arrive at 9:15 to check in with your first name. The workshop runs three hours with a break and light refreshments. There are short exercises you can do privately on paper; you will never be asked to share in front of the group.',
    topics: ['job-loss'],
    leadership: 'professional',
    attendance: 'open',
    languages: ['en'],
    accessibility: ['wheelchair', 'hearing-loop'],
    cost: 'free',
    capacity: 25,
    schedules: [
      inPerson(
        once('2027-01-23'),
        '09:30',
        '12:30',
        at(CENTER, 'Community Room on the first floor, to the right of the front desk.'),
      ),
    ],
  },
  {
    name: 'New in Town: Moving and Relocation',
    slug: 'new-in-town-relocation',
    description:
      'An online circle for people who have recently moved to the area, or anywhere, and are finding it hard to settle. We talk about loneliness, building routines and making friends as an adult. The group is taking a break while we find a new host.',
    firstMeeting:
      'Join with your camera on or off. The host opens with introductions (first name and where you moved from) and a topic for the evening. Share as much or as little as you like. It lasts one hour.',
    topics: ['moving'],
    leadership: 'self-guided',
    attendance: 'open',
    languages: ['en'],
    accessibility: ['captions'],
    cost: 'free',
    status: 'paused',
    schedules: [online(monthlyNth(WED, 3), '19:00', '20:00', joinLink('new-in-town'))],
  },
  {
    name: 'Veterans Coffee on the 11th',
    slug: 'veterans-coffee-11th',
    description:
      'Veterans of every branch and era meet for coffee on the 11th of every month. Run by veterans, it is a low-key way to connect, swap information on benefits and services, and check in on each other. Family members are welcome to come along.',
    firstMeeting:
      'Walk in any time after 9:00 and grab a coffee; someone will introduce you around. There is no program and no one will ask about your service unless you bring it up. It wraps up at 10:30.',
    topics: ['veterans'],
    leadership: 'peer',
    attendance: 'open',
    audiences: ['veterans'],
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'free',
    schedules: [
      inPerson(
        monthlyDay(11),
        '09:00',
        '10:30',
        at(WHEATON_COMMUNITY_CENTER, 'Multipurpose Room 1, left of the front desk.'),
      ),
    ],
  },
  {
    name: 'Veterans Readjustment Group',
    slug: 'veterans-readjustment-group',
    description:
      'A counselor-led group for veterans dealing with stress, trauma or the transition back to civilian life. The counselor is a veteran and works alongside VA and community services. Join in person or online.',
    firstMeeting:
      'Plan to meet the counselor 15 minutes before your first group for a short, private hello. In group, you will introduce yourself by first name and branch if you like. You are never required to talk about combat or other experiences. Sessions last 90 minutes.',
    topics: ['veterans', 'trauma-ptsd'],
    leadership: 'professional',
    attendance: 'shared-experience',
    audiences: ['veterans'],
    languages: ['en'],
    accessibility: ['wheelchair', 'captions'],
    cost: 'free',
    capacity: 12,
    schedules: [
      hybrid(
        weekly(MON),
        '18:00',
        '19:30',
        at(CENTER, 'Room 112, down the hall to the right of the front desk.'),
        joinLink('veterans-readjustment'),
        { exceptions: [cancelled('2027-05-31', 'Center closed for Memorial Day.')] },
      ),
    ],
  },
];
