// Demo groups: grief, loss and suicide-loss survivors (category "specialized").
import type { GroupInput } from '../../../contracts/groups';
import {
  FRI,
  MON,
  THU,
  TUE,
  cancelled,
  inPerson,
  joinLink,
  monthlyNth,
  online,
  weekly,
} from './helpers';
import { GLEN_ELLYN_CHURCH, GLEN_ELLYN_LIBRARY, HOSPITAL, NAPERVILLE_PARK, at } from './places';

export const LOSS_GROUPS: GroupInput[] = [
  {
    name: 'Grief Support Group',
    slug: 'grief-support-winfield',
    description:
      'A group for adults grieving the death of someone they love, whether the loss was recent or years ago. A bereavement counselor guides each meeting, with time to talk and a short reflection on a part of grief, like anniversaries, anger or sleep. Meets the first and third Tuesday of each month, with an ASL interpreter at every meeting.',
    firstMeeting:
      'Arrive a few minutes early; the counselor will greet you at the door of Conference Room B and offer you a name tag for your first name. You can tell the group whom you lost, or simply listen; no one will ask you to speak. There are tissues and water on the table. The meeting lasts 90 minutes.',
    topics: ['grief-loss'],
    leadership: 'professional',
    attendance: 'open',
    audiences: ['adults'],
    languages: ['en'],
    accessibility: ['wheelchair', 'hearing-loop', 'asl'],
    cost: 'free',
    schedules: [
      inPerson(
        monthlyNth(TUE, 1, 3),
        '18:30',
        '20:00',
        at(HOSPITAL, 'Park in Lot C; Conference Room B is on the ground floor past the cafe.'),
      ),
    ],
  },
  {
    name: 'Survivors of Suicide Loss',
    slug: 'survivors-of-suicide-loss',
    description:
      'A safe place for anyone who has lost a family member, friend or colleague to suicide. Facilitators are loss survivors themselves, trained to support others. We talk about the questions, guilt and love that this kind of loss leaves behind, at whatever pace is right for you.',
    firstMeeting:
      'Please come about ten minutes early so a facilitator can talk with you privately before the group starts. In the circle you may share your loved one’s name and story, or just listen. Everything said is confidential. The group lasts 90 minutes and facilitators stay afterwards if you want to talk.',
    topics: ['suicide-loss', 'grief-loss'],
    leadership: 'peer',
    attendance: 'shared-experience',
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'free',
    schedules: [
      inPerson(
        monthlyNth(MON, 2, 4),
        '19:00',
        '20:30',
        at(
          NAPERVILLE_PARK,
          'Room 3, at the end of the main hallway; a sign on the door says "Support group".',
        ),
        { exceptions: [cancelled('2026-12-28', 'No meeting during the holiday week.')] },
      ),
    ],
  },
  {
    name: 'After the Loss of a Child',
    slug: 'after-the-loss-of-a-child',
    description:
      'For parents and grandparents whose child has died, at any age and from any cause. Led by bereaved parents, the group offers understanding that is hard to find anywhere else. Meets the last Thursday of every month.',
    firstMeeting:
      'Come early if you can; a facilitator will welcome you and show you the photo table, where you may place a picture of your child if you wish. We go around the circle saying our children’s names. You never have to say more. The meeting runs about 90 minutes.',
    topics: ['grief-loss', 'parents'],
    leadership: 'peer',
    attendance: 'shared-experience',
    audiences: ['parents'],
    languages: ['en'],
    accessibility: ['wheelchair'],
    cost: 'free',
    schedules: [
      inPerson(
        monthlyNth(THU, -1),
        '19:00',
        '20:30',
        at(
          GLEN_ELLYN_LIBRARY,
          'Meeting Room on the second floor; take the elevator by the entrance.',
        ),
        {
          exceptions: [
            cancelled('2027-11-25', 'No meeting on Thanksgiving; we meet again in December.'),
          ],
        },
      ),
    ],
  },
  {
    name: 'Widowed Friends Circle',
    slug: 'widowed-friends-circle',
    description:
      'A friendly weekly gathering for people who have lost a spouse or partner. We share the practical and the personal, from cooking for one to facing the holidays. Many members also meet up outside the group for walks and lunch.',
    firstMeeting:
      'Arrive a few minutes early and someone will introduce you around over coffee. The first half hour is open conversation; then we gather in a circle, and you may share or pass. It lasts 90 minutes. Donations for coffee are welcome but never expected.',
    topics: ['grief-loss'],
    leadership: 'peer',
    attendance: 'open',
    audiences: ['older-adults'],
    languages: ['en'],
    accessibility: ['wheelchair', 'large-print', 'hearing-loop'],
    cost: 'donation',
    schedules: [
      inPerson(
        weekly(FRI),
        '10:00',
        '11:30',
        at(
          GLEN_ELLYN_CHURCH,
          'Use the Main St ramp entrance; Fellowship Hall is on the lower level.',
        ),
        {
          exceptions: [
            cancelled('2026-12-25', 'No meeting on Christmas Day.'),
            cancelled('2027-01-01', "No meeting on New Year's Day."),
          ],
        },
      ),
    ],
  },
  {
    name: 'Evening Grief Circle Online',
    slug: 'evening-grief-circle-online',
    description:
      'An online grief group for adults who find it hard to get to an in-person meeting, or who would rather join from home. A trained peer facilitator keeps the circle gentle and unhurried. All kinds of loss are welcome.',
    firstMeeting:
      'Join a few minutes early and the host will let you in. Your camera can stay off, and you can use only your first name. After a short welcome and the group agreements, each person may share for a few minutes; you can pass. We close with a quiet moment after 75 minutes.',
    topics: ['grief-loss'],
    leadership: 'peer',
    attendance: 'open',
    languages: ['en'],
    accessibility: ['captions'],
    cost: 'free',
    schedules: [online(weekly(MON), '19:00', '20:15', joinLink('evening-grief-circle'))],
  },
];
