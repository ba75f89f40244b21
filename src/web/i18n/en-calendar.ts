// English strings for calendars: "Add to calendar" and following on the group page, and the
// personal calendar link on the account page (merged in ./en.ts).
export const enCalendar = {
  'calendar.groupHeading': 'Keep it in your calendar',
  'calendar.addToCalendar': 'Add to calendar (.ics file)',
  'calendar.addHint':
    'Opens in your calendar app with every meeting, cancellations and changes included.',
  'calendar.follow': 'Follow this group',
  'calendar.followHint':
    'Its meetings then appear in your personal calendar link, set up on your account page.',
  'calendar.following': 'You follow this group. Its meetings are in your personal calendar.',
  'calendar.notFollowing': 'You no longer follow this group.',
  'calendar.signInToFollow': 'Sign in to follow this group',
  'calendar.working': 'Saving…',

  'calendar.myHeading': 'My calendar',
  'calendar.myLead':
    'One private link with the meetings of every group you follow. Add it to your calendar app (as a subscription, or “From URL”) and changes show up there by themselves.',
  'calendar.myPrivate':
    'Keep this link to yourself: anyone who has it can see which groups you follow. If it gets out, make a new one.',
  'calendar.linkLabel': 'Your calendar link',
  'calendar.create': 'Create my calendar link',
  'calendar.creating': 'Creating…',
  'calendar.created': 'Your calendar link is ready. Copy it into your calendar app.',
  'calendar.copy': 'Copy link',
  'calendar.copied': 'Link copied.',
  'calendar.rotate': 'Make a new link',
  'calendar.rotating': 'Making a new link…',
  'calendar.rotated': 'New link made. The old one no longer works; update your calendar app.',
  'calendar.revoke': 'Turn off my calendar link',
  'calendar.revoking': 'Turning off…',
  'calendar.revoked': 'Your calendar link is turned off.',
  'calendar.followsHeading': 'Groups you follow',
  'calendar.noFollows': 'You don’t follow any groups yet. Follow one from its page.',
  'calendar.unfollow': 'Stop following {name}',
  'calendar.unfollowed': 'You no longer follow {name}.',
  'calendar.closed': '(closed)',
  'calendar.loading': 'Loading your calendar…',
};
