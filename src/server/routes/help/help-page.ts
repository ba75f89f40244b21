// /help is plain server-rendered HTML: it must work without JavaScript, without signing in,
// on the slowest phone, and even when the database is down (it then shows the defaults).
import type { CrisisResource, Locale } from '../../../contracts/organization';

const text = {
  en: {
    title: 'Get help now',
    lead: 'If you are in danger or thinking about ending your life, you do not have to face it alone. These services are free and answer any time.',
    call: 'Call',
    textTo: 'Text',
    textWord: (word: string, to: string) => `Text ${word} to ${to}`,
    website: 'Website',
    emergency: 'In an emergency, call 911 or go to the nearest emergency room.',
    other: 'Outside the United States, find a local helpline at findahelpline.com.',
    back: 'Back to Kindred',
    switchTo: 'En español',
    switchLang: 'es',
  },
  es: {
    title: 'Ayuda inmediata',
    lead: 'Si está en peligro o piensa en quitarse la vida, no tiene que enfrentarlo a solas. Estos servicios son gratuitos y atienden a toda hora.',
    call: 'Llamar al',
    textTo: 'Enviar texto al',
    textWord: (word: string, to: string) => `Envíe ${word} al ${to}`,
    website: 'Sitio web',
    emergency: 'En una emergencia, llame al 911 o vaya a la sala de emergencias más cercana.',
    other: 'Fuera de Estados Unidos, busque una línea local en findahelpline.com.',
    back: 'Volver a Kindred',
    switchTo: 'In English',
    switchLang: 'en',
  },
} as const;

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** 18006624357 → 1-800-662-4357; short codes (988, 911) stay as they are. */
function formatPhone(digits: string): string {
  const m = /^\+?(1)?(\d{3})(\d{3})(\d{4})$/.exec(digits);
  if (!m) return digits;
  return `${m[1] === undefined ? '' : '1-'}${m[2] ?? ''}-${m[3] ?? ''}-${m[4] ?? ''}`;
}

function resourceHtml(r: CrisisResource, t: (typeof text)[Locale]): string {
  const actions: string[] = [];
  if (r.phone !== undefined) {
    actions.push(
      `<a class="action" href="tel:${escapeHtml(r.phone)}">${t.call} ${escapeHtml(formatPhone(r.phone))}</a>`,
    );
  }
  if (r.sms !== undefined) {
    const body = r.smsKeyword === undefined ? '' : `?&body=${encodeURIComponent(r.smsKeyword)}`;
    const label =
      r.smsKeyword === undefined ? `${t.textTo} ${r.sms}` : t.textWord(r.smsKeyword, r.sms);
    actions.push(
      `<a class="action" href="sms:${escapeHtml(r.sms)}${escapeHtml(body)}">${escapeHtml(label)}</a>`,
    );
  }
  if (r.url !== undefined) {
    actions.push(
      `<a href="${escapeHtml(r.url)}" rel="noopener">${t.website}: ${escapeHtml(new URL(r.url).host)}</a>`,
    );
  }
  return `<li><h2>${escapeHtml(r.name)}</h2>${r.description ? `<p>${escapeHtml(r.description)}</p>` : ''}<p class="actions">${actions.join(' ')}</p></li>`;
}

export function renderHelpPage(args: {
  locale: Locale;
  organizationName: string;
  resources: CrisisResource[];
}): string {
  const t = text[args.locale];
  return `<!doctype html>
<html lang="${args.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} · ${escapeHtml(args.organizationName)}</title>
<meta name="description" content="${escapeHtml(t.lead)}">
<link rel="alternate" type="application/json" title="Meetings Feed" href="/api/meeting-guide.json">
<style>
body{font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fff}
header,main,footer{max-width:40rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}
a{color:#0b4f8a}a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
.help-link{font-weight:700;color:#8a1c1c}
h1{font-size:1.75rem;margin:.5rem 0}h2{font-size:1.2rem;margin:0 0 .25rem}
ul{list-style:none;padding:0}li{border:1px solid #c9c9c9;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.action{display:inline-block;min-height:44px;line-height:44px;padding:0 1rem;border-radius:.5rem;background:#0b4f8a;color:#fff;font-weight:700;text-decoration:none}
.emergency{font-weight:700;border-left:4px solid #8a1c1c;padding-left:.75rem}
</style>
</head>
<body>
<header>
<a href="/">${escapeHtml(args.organizationName)}</a>
<nav aria-label="Help"><a class="help-link" href="/help" aria-current="page">${t.title}</a> · <a href="/help?lang=${t.switchLang}" hreflang="${t.switchLang}" lang="${t.switchLang}">${t.switchTo}</a></nav>
</header>
<main id="main">
<h1>${t.title}</h1>
<p>${escapeHtml(t.lead)}</p>
<p class="emergency">${t.emergency}</p>
<ul>${args.resources.map((r) => resourceHtml(r, t)).join('')}</ul>
<p>${t.other}</p>
</main>
<footer><a href="/">${t.back}</a></footer>
</body>
</html>`;
}
