// Every user-visible string in the web app, in English. Another locale is a file with the same
// keys (see ./index.ts). Placeholders look like {name}.
import { enAdmin } from './en-admin';
import { enCalendar } from './en-calendar';
import { enDirectory } from './en-directory';
import { enFinder } from './en-finder';
import { enGroups } from './en-groups';
import { enImport } from './en-import';
import { enManage } from './en-manage';

export const en = {
  ...enAdmin,
  ...enCalendar,
  ...enGroups,
  ...enDirectory,
  ...enFinder,
  ...enManage,
  ...enImport,
  'app.name': 'Kindred',
  'app.titleSuffix': ' · Kindred',
  'app.loading': 'Loading…',
  'app.skipLink': 'Skip to content',
  'app.getHelp': 'Get help now',
  'app.signIn': 'Sign in',
  'app.signUp': 'Sign up',
  'app.signOut': 'Sign out',
  'app.admin': 'Admin',
  'app.groups': 'Groups',
  'app.findGroup': 'Find a group',
  'app.manageGroups': 'Manage groups',
  'app.mainNav': 'Main',
  'app.signedInAs': 'Signed in as {name}',
  'app.footer':
    'Kindred is peer support. It is not a replacement for professional care. If you are in danger, call 911.',
  'app.footerHelp': 'Crisis lines and support',

  'error.network': 'We couldn’t reach Kindred. Check your connection and try again.',
  'error.unexpected': 'Something went wrong on our side. Please try again in a moment.',
  'error.fieldsNeedAttention': 'Some fields need attention.',
  'error.crashTitle': 'Something went wrong',
  'error.crashBody': 'This page ran into a problem. Reloading often helps.',
  'error.reload': 'Reload the page',

  'field.optional': '(optional)',
  'field.email': 'Email',
  'field.password': 'Password',
  'field.newPassword': 'New password',
  'field.passwordHint': 'At least 10 characters. A few words strung together works well.',
  'field.displayName': 'Display name',
  'field.displayNameHint':
    'First name and last initial (like Sam R.) or a pseudonym. Never your full name.',
  'field.showPassword': 'Show password',

  'home.title': 'Welcome',
  'home.heading': 'Welcome to {name}',
  'home.lead': 'A calm, private place for people who meet to support each other.',
  'home.what':
    'Kindred helps recovery and support groups stay in touch: people living with anxiety, depression, substance use, grief and more. You choose the name others see, and you never need to share your full name.',
  'home.start': 'Your account',
  'home.createAccount': 'Create an account',
  'home.haveAccount': 'I already have an account',
  'home.yourAccount': 'Go to your account',
  'home.findTitle': 'Looking for a group?',
  'home.findLead':
    'Groups meet in person and online, in English and Spanish, at all times of day. Looking is free and private: you don’t need an account.',
  'home.browse': 'Browse groups',
  'home.helpChoose': 'Help me choose',
  'home.helpChooseHint': 'A few gentle questions, then groups that may fit you.',
  'home.helpNote': 'If you need to talk to someone right now, you can',
  'home.helpLink': 'get help now',

  'signup.title': 'Sign up',
  'signup.heading': 'Create your account',
  'signup.lead': 'It takes a minute. Only your display name is shown to others.',
  'signup.suggest': 'Suggest a pseudonym',
  'signup.suggested': 'Suggested display name: {name}',
  'signup.submit': 'Create account',
  'signup.submitting': 'Creating your account…',
  'signup.haveAccount': 'Already have an account?',
  'signup.emailTaken': 'That email already has an account. You can sign in instead.',

  'signin.title': 'Sign in',
  'signin.heading': 'Sign in',
  'signin.submit': 'Sign in',
  'signin.submitting': 'Signing in…',
  'signin.forgot': 'Forgot your password?',
  'signin.noAccount': 'New here?',
  'signin.invalid': 'That email and password don’t match. Please try again.',
  'signin.rateLimited': 'Too many attempts. Please wait a few minutes and try again.',
  'signin.signedOut': 'You’re signed out. Take care.',
  'signin.needed': 'Please sign in to continue.',

  'forgot.title': 'Forgot password',
  'forgot.heading': 'Reset your password',
  'forgot.lead':
    'Enter the email you signed up with and we’ll send you a link to set a new password.',
  'forgot.submit': 'Send reset link',
  'forgot.submitting': 'Sending…',
  'forgot.sent':
    'If an account exists for that email, we sent a link. It works once and expires soon. Check your spam folder too.',
  'forgot.backToSignIn': 'Back to sign in',

  'reset.title': 'Choose a new password',
  'reset.heading': 'Choose a new password',
  'reset.submit': 'Save new password',
  'reset.submitting': 'Saving…',
  'reset.done': 'Password changed, please sign in.',
  'reset.signIn': 'Sign in',
  'reset.invalid':
    'This link has expired or has already been used. Reset links work once and only for a short time.',
  'reset.missing': 'This page needs the link from your password reset email.',
  'reset.requestNew': 'Request a new link',

  'account.title': 'Your account',
  'account.heading': 'Your account',
  'account.details': 'Your details',
  'account.displayName': 'Display name',
  'account.email': 'Email',
  'account.role': 'Role',
  'account.changeName': 'Change your display name',
  'account.save': 'Save display name',
  'account.saving': 'Saving…',
  'account.saved': 'Saved. Others now see you as {name}.',
  'account.signOutHeading': 'Signing out',
  'account.signOutLead': 'On a shared phone or computer, sign out when you’re done.',

  'role.admin': 'Admin',
  'role.facilitator': 'Facilitator',
  'role.member': 'Member',

  'notFound.title': 'Page not found',
  'notFound.heading': 'We couldn’t find that page',
  'notFound.body':
    'The link may be old, or the address may have a typo. Nothing is wrong on your side.',
  'notFound.home': 'Go to the home page',
  'notFound.help': 'Get help now',
};

export type MessageKey = keyof typeof en;
