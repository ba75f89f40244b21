// Demo groups: family and caregivers. Four in-person groups meet on Tuesday evenings within
// 10 miles of Warrenville (ZIP 60555); a browser journey filters for them.
import type { GroupInput } from '../../../contracts/groups';
import {
  THU,
  TUE,
  biweekly,
  cancelled,
  hybrid,
  inPerson,
  joinLink,
  monthlyDay,
  monthlyNth,
  online,
  weekly,
} from './helpers';
import {
  CAROL_STREAM_LIBRARY,
  CENTER,
  DOWNERS_GROVE_LIBRARY,
  NAPERVILLE_CHURCH,
  WHEATON_LIBRARY,
  WINFIELD_LIBRARY,
  at,
} from './places';

export const FAMILY_GROUPS: GroupInput[] = [
  {
    name: 'Families in Recovery',
    slug: 'families-in-recovery',
    description:
      'For spouses, parents, adult children and friends of someone who drinks or uses drugs, whether or not that person is in treatment. A family therapist helps the group learn about addiction, set healthy boundaries and take care of themselves. You do not need to have a loved one at Prairie Path to join.',
    firstMeeting:
      'Arrive a few minutes early and a staff member will meet you in the lobby. We start with introductions by first name and who you are there for; you can just say your name. The therapist teaches a short topic, then there is time to talk. The group lasts 90 minutes, and free child care is available in Room 118.',
    topics: ['families-addiction'],
    leadership: 'professional',
    attendance: 'family-friends',
    audiences: ['adults'],
    languages: ['en'],
    accessibility: ['wheelchair', 'child-care'],
    cost: 'free',
    schedules: [
      inPerson(
        weekly(TUE),
        '19:00',
        '20:30',
        at(CENTER, 'Use the side entrance on the north side after 6 pm; Room 104 is on the left.'),
        { exceptions: [cancelled('2026-12-29', 'Holiday break; we meet again January 5.')] },
      ),
    ],
  },
  {
    name: 'Family Support for Mental Illness',
    slug: 'family-support-mental-illness',
    description:
      'A peer group for family members and friends of adults living with a mental illness such as depression, bipolar disorder or schizophrenia. It is led by trained family members who have been there. We share what works, talk through crises and remind each other to rest.',
    firstMeeting:
      'Come a few minutes early; the facilitators will give you a sheet with our principles and a few local resources. Everyone gets a couple of minutes to say what is happening, and passing is always fine. What is said here stays here. We end on time after 90 minutes.',
    topics: ['families-mental-illness'],
    leadership: 'peer',
    attendance: 'family-friends',
    languages: ['en'],
    accessibility: ['wheelchair', 'hearing-loop'],
    cost: 'free',
    schedules: [
      inPerson(
        weekly(TUE),
        '18:30',
        '20:00',
        at(
          WHEATON_LIBRARY,
          'Take the elevator to the lower level; the room is across from the restrooms.',
        ),
      ),
    ],
  },
  {
    name: 'Caring for a Loved One with Dementia',
    slug: 'dementia-caregivers-naperville',
    description:
      'A support group for people caring for a parent, spouse or friend with dementia or another long illness. A social worker shares practical information on care, safety and planning, and the group shares the day-to-day realities. Grief, guilt and humor are all welcome here.',
    firstMeeting:
      'Arrive a few minutes early for coffee. You will be asked your first name and who you care for, and that is all. The social worker opens with a short topic, then the floor is open. The group lasts 90 minutes; if you cannot stay the whole time, that is fine.',
    topics: ['caregivers-chronic-illness-dementia'],
    leadership: 'professional',
    attendance: 'family-friends',
    audiences: ['adults', 'older-adults'],
    languages: ['en'],
    accessibility: ['wheelchair', 'hearing-loop', 'large-print'],
    cost: 'free',
    capacity: 15,
    schedules: [
      inPerson(
        weekly(TUE),
        '18:00',
        '19:30',
        at(
          NAPERVILLE_CHURCH,
          'Enter through the Benton Ave doors; Fellowship Hall is on the right.',
        ),
        { exceptions: [cancelled('2026-12-22', 'Holiday break; back January 5.')] },
      ),
    ],
  },
  {
    name: 'Parents of Teens and Young Adults Who Use Substances',
    slug: 'parents-teens-young-adults-substances',
    description:
      'For parents and step-parents worried about a teen or young adult child who is drinking, vaping or using drugs. Peer parents who have lived it lead the group. We focus on communication, boundaries and keeping hope without losing ourselves.',
    firstMeeting:
      'Come a little early and the facilitators will introduce themselves. Each parent says their first name and, if they want, a sentence about their child. There is no pressure to share details. We meet every other Tuesday for 90 minutes.',
    topics: ['parents', 'families-addiction'],
    leadership: 'peer',
    attendance: 'family-friends',
    audiences: ['parents'],
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'free',
    schedules: [
      inPerson(
        biweekly('2026-12-01', TUE),
        '19:00',
        '20:30',
        at(WINFIELD_LIBRARY, 'Community Room is off the main lobby, past the circulation desk.'),
      ),
    ],
  },
  {
    name: 'Family Support Online',
    slug: 'family-support-online',
    description:
      'An online evening group for anyone who loves someone living with addiction or a mental illness. It is easy to join from home after the kids are in bed or from another state. Peer facilitators keep it warm and focused.',
    firstMeeting:
      'Join a few minutes before 8 pm; the host admits you from the waiting room. You can use your first name only and keep your camera off. After a brief welcome, people share in turn and you may pass. It lasts one hour.',
    topics: ['families-addiction', 'families-mental-illness'],
    leadership: 'peer',
    attendance: 'family-friends',
    languages: ['en'],
    accessibility: ['captions'],
    cost: 'free',
    schedules: [
      online(weekly(THU), '20:00', '21:00', joinLink('family-support-online'), {
        exceptions: [
          cancelled('2026-12-24', 'No meeting on Christmas Eve.'),
          cancelled('2027-11-25', 'No meeting on Thanksgiving.'),
        ],
      }),
    ],
  },
  {
    name: 'Caregivers’ Coffee on the 15th',
    slug: 'caregivers-coffee-15th',
    description:
      'An informal, self-guided get-together for family caregivers on the 15th of every month, whatever the weekday. Swap tips on services, respite and paperwork, or just enjoy an hour with people who get it. Care receivers are welcome to come along.',
    firstMeeting:
      'Just come in; there is no sign-up. Someone will pour you coffee and introduce you around by first name. There is no formal program, and you can stay for as long as you like within the 90 minutes.',
    topics: ['caregivers-chronic-illness-dementia'],
    leadership: 'self-guided',
    attendance: 'open',
    audiences: ['older-adults'],
    languages: ['en'],
    accessibility: ['wheelchair', 'large-print'],
    cost: 'free',
    schedules: [
      inPerson(
        monthlyDay(15),
        '10:00',
        '11:30',
        at(CAROL_STREAM_LIBRARY, 'Meeting Room A, to the right of the main entrance.'),
      ),
    ],
  },
  {
    name: 'Parenting Through Mental Health Challenges',
    slug: 'parenting-through-mental-health-challenges',
    description:
      'For parents and caregivers of children and teens with anxiety, depression, ADHD or other mental health needs. A child and family therapist leads each session with a short topic, from school meetings to safety planning. Come in person or join from home.',
    firstMeeting:
      'If you come in person, arrive a few minutes early and sign in with your first name only. The therapist opens with a 20-minute topic, then the rest of the 90 minutes is for questions and sharing. You are welcome to just listen.',
    topics: ['parents', 'families-mental-illness'],
    leadership: 'professional',
    attendance: 'family-friends',
    audiences: ['parents'],
    languages: ['en'],
    accessibility: ['wheelchair', 'captions'],
    cost: 'free',
    schedules: [
      hybrid(
        monthlyNth(THU, 2),
        '19:00',
        '20:30',
        at(DOWNERS_GROVE_LIBRARY, 'Meeting Room on the lower level, to the left of the stairs.'),
        joinLink('parenting-mental-health'),
      ),
    ],
  },
];
