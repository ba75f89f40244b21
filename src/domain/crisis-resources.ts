// US defaults, shown until an organization sets its own. Sources: 988lifeline.org,
// crisistextline.org, samhsa.gov/find-help/national-helpline.
import type { CrisisResourcesByLocale } from '../contracts/organization';

export const defaultCrisisResources: CrisisResourcesByLocale = {
  en: [
    {
      name: '988 Suicide & Crisis Lifeline',
      description:
        'Call or text 988, any time, free and confidential. Press 2 for Spanish, 1 for the Veterans Crisis Line.',
      phone: '988',
      sms: '988',
      url: 'https://988lifeline.org',
    },
    {
      name: 'Crisis Text Line',
      description: 'Text HOME to 741741 to reach a trained crisis counselor, 24/7.',
      sms: '741741',
      smsKeyword: 'HOME',
    },
    {
      name: 'SAMHSA National Helpline',
      description:
        'Free, confidential treatment referral and information, 24/7, in English and Spanish: 1-800-662-4357.',
      phone: '18006624357',
    },
    {
      name: 'Emergency: 911',
      description: 'If you or someone else is in immediate danger, call 911.',
      phone: '911',
    },
  ],
  es: [
    {
      name: '988 Línea de Prevención del Suicidio y Crisis',
      description:
        'Llame o envíe un mensaje de texto al 988 y oprima 2 para español. Gratis y confidencial, a toda hora.',
      phone: '988',
      sms: '988',
      url: 'https://988lifeline.org/es/home/',
    },
    {
      name: 'Crisis Text Line',
      description: 'Envíe AYUDA al 741741 para hablar con un consejero capacitado, 24/7.',
      sms: '741741',
      smsKeyword: 'AYUDA',
    },
    {
      name: 'Línea Nacional de Ayuda de SAMHSA',
      description:
        'Información y referidos a tratamiento, gratis y confidencial, 24/7, en inglés y español: 1-800-662-4357.',
      phone: '18006624357',
    },
    {
      name: 'Emergencias: 911',
      description: 'Si usted u otra persona está en peligro inmediato, llame al 911.',
      phone: '911',
    },
  ],
};
