// The seed topic taxonomy. Slugs are stable identifiers (stored, in URLs, in feeds): rename the
// labels freely, never the slugs. `forWhom` is the phrase the finder uses to say why a group fits
// ("for people grieving a loss"), worded about people, not diagnoses.
import type { Label } from './label';

function topic<S extends string>(slug: S, en: string, es: string, forEn: string, forEs: string) {
  return { slug, label: { en, es }, forWhom: { en: forEn, es: forEs } };
}

export const CATEGORIES = [
  {
    slug: 'mental-health',
    label: { en: 'Mental health', es: 'Salud mental' },
    topics: [
      topic(
        'anxiety',
        'Anxiety',
        'Ansiedad',
        'for people living with anxiety',
        'para personas que viven con ansiedad',
      ),
      topic(
        'depression',
        'Depression',
        'Depresión',
        'for people living with depression',
        'para personas que viven con depresión',
      ),
      topic(
        'bipolar',
        'Bipolar disorder',
        'Trastorno bipolar',
        'for people living with bipolar disorder',
        'para personas que viven con trastorno bipolar',
      ),
      topic(
        'trauma-ptsd',
        'Trauma and PTSD',
        'Trauma y TEPT',
        'for people affected by trauma or PTSD',
        'para personas afectadas por trauma o TEPT',
      ),
      topic('ocd', 'OCD', 'TOC', 'for people living with OCD', 'para personas que viven con TOC'),
      topic(
        'eating-disorders',
        'Eating disorders',
        'Trastornos de la conducta alimentaria',
        'for people affected by eating disorders',
        'para personas afectadas por trastornos de la conducta alimentaria',
      ),
      topic(
        'psychosis',
        'Psychosis',
        'Psicosis',
        'for people who have experienced psychosis',
        'para personas que han vivido psicosis',
      ),
      topic(
        'emotional-support',
        'Emotional support',
        'Apoyo emocional',
        'for anyone who needs emotional support',
        'para quien necesite apoyo emocional',
      ),
    ],
  },
  {
    slug: 'substance-use',
    label: { en: 'Substance use and addiction', es: 'Consumo de sustancias y adicciones' },
    topics: [
      topic(
        'twelve-step',
        'Twelve-step',
        'Doce pasos',
        'for people in twelve-step recovery',
        'para personas en recuperación de doce pasos',
      ),
      topic(
        'secular-mutual-help',
        'Secular mutual help',
        'Ayuda mutua laica',
        'for people who want a secular, self-empowering approach',
        'para quienes buscan un enfoque laico y de autogestión',
      ),
      topic(
        'harm-reduction',
        'Harm reduction',
        'Reducción de daños',
        'for people who want to use more safely or cut down',
        'para quienes quieren consumir con menos riesgo o reducir',
      ),
      topic(
        'dual-diagnosis',
        'Dual diagnosis',
        'Diagnóstico dual',
        'for people facing both mental health and substance use challenges',
        'para personas con problemas de salud mental y de consumo a la vez',
      ),
      topic(
        'gambling-behaviours',
        'Gambling and other behaviors',
        'Juego y otras conductas',
        'for people struggling with gambling or other compulsive behaviors',
        'para personas con problemas de juego u otras conductas compulsivas',
      ),
    ],
  },
  {
    slug: 'family-caregivers',
    label: { en: 'Family and caregivers', es: 'Familias y cuidadores' },
    topics: [
      topic(
        'families-addiction',
        'Families affected by addiction',
        'Familias afectadas por adicciones',
        'for family and friends of someone with an addiction',
        'para familiares y amigos de alguien con una adicción',
      ),
      topic(
        'families-mental-illness',
        'Families affected by mental illness',
        'Familias afectadas por enfermedades mentales',
        'for family and friends of someone with a mental illness',
        'para familiares y amigos de alguien con una enfermedad mental',
      ),
      topic(
        'caregivers-chronic-illness-dementia',
        'Caregivers (chronic illness, dementia)',
        'Cuidadores (enfermedades crónicas, demencia)',
        'for people caring for someone with a chronic illness or dementia',
        'para quienes cuidan a alguien con una enfermedad crónica o demencia',
      ),
      topic('parents', 'Parents', 'Madres y padres', 'for parents', 'para madres y padres'),
    ],
  },
  {
    slug: 'specialized',
    label: { en: 'Life changes and loss', es: 'Cambios de vida y pérdidas' },
    topics: [
      topic(
        'grief-loss',
        'Grief and loss',
        'Duelo y pérdida',
        'for people grieving a loss',
        'para personas en duelo por una pérdida',
      ),
      topic(
        'suicide-loss',
        'Suicide loss',
        'Pérdida por suicidio',
        'for people who have lost someone to suicide',
        'para personas que perdieron a alguien por suicidio',
      ),
      topic(
        'chronic-illness-pain',
        'Chronic illness and pain',
        'Enfermedad crónica y dolor',
        'for people living with chronic illness or pain',
        'para personas que viven con una enfermedad crónica o dolor',
      ),
      topic(
        'divorce',
        'Separation and divorce',
        'Separación y divorcio',
        'for people going through separation or divorce',
        'para personas que atraviesan una separación o un divorcio',
      ),
      topic(
        'new-parents',
        'New parents',
        'Madres y padres primerizos',
        'for new parents',
        'para madres y padres primerizos',
      ),
      topic(
        'retirement',
        'Retirement',
        'Jubilación',
        'for people adjusting to retirement',
        'para personas que se adaptan a la jubilación',
      ),
      topic(
        'job-loss',
        'Job loss',
        'Pérdida de empleo',
        'for people coping with job loss',
        'para personas que enfrentan la pérdida de su empleo',
      ),
      topic(
        'moving',
        'Moving and relocation',
        'Mudanza y reubicación',
        'for people adjusting to a move',
        'para personas que se adaptan a una mudanza',
      ),
      topic('veterans', 'Veterans', 'Veteranos', 'for veterans', 'para veteranos y veteranas'),
    ],
  },
] as const satisfies readonly {
  slug: string;
  label: Label;
  topics: readonly { slug: string; label: Label; forWhom: Label }[];
}[];

export type CategorySlug = (typeof CATEGORIES)[number]['slug'];
export type TopicSlug = (typeof CATEGORIES)[number]['topics'][number]['slug'];
export type Category = (typeof CATEGORIES)[number];
export type Topic = Category['topics'][number];
