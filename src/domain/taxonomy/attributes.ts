// Group attributes with stable slugs and en/es labels. Where a Meeting Guide type code means the
// same thing, `meetingGuide` names it so feeds can map both ways (spec data/types.json).
import { option, type Option } from './label';

type MgOption<S extends string> = Option<S> & { meetingGuide?: string };

function mg<S extends string>(slug: S, en: string, es: string, code?: string): MgOption<S> {
  return code ? { ...option(slug, en, es), meetingGuide: code } : option(slug, en, es);
}

export const LEADERSHIP_MODELS = [
  option(
    'professional',
    'Led by a licensed professional',
    'Dirigido por un profesional con licencia',
  ),
  option('peer', 'Peer-led', 'Dirigido por pares'),
  option('self-guided', 'Self-guided', 'Autoguiado'),
] as const;

// Meeting Guide "Closed" means "only for people who share the problem", i.e. shared-experience,
// not members-only; "Open" means anyone may attend.
export const ATTENDANCE_OPTIONS = [
  mg('open', 'Open to anyone', 'Abierto a todos', 'O'),
  mg(
    'shared-experience',
    'For people with this experience',
    'Para personas con esta experiencia',
    'C',
  ),
  mg('family-friends', 'For family and friends', 'Para familiares y amigos'),
  mg('members-only', 'Members only', 'Solo miembros'),
] as const;

export const AUDIENCES = [
  mg('adults', 'Adults', 'Adultos'),
  mg('young-adults', 'Young adults', 'Adultos jóvenes', 'Y'),
  mg('teens', 'Teens', 'Adolescentes'),
  mg('women', 'Women', 'Mujeres', 'W'),
  mg('men', 'Men', 'Hombres', 'M'),
  mg('lgbtq', 'LGBTQ+', 'LGBTQ+', 'LGBTQ'),
  mg('veterans', 'Veterans', 'Veteranos'),
  mg('older-adults', 'Older adults', 'Adultos mayores', 'SEN'),
  mg(
    'bipoc',
    'Black, Indigenous and people of color',
    'Personas negras, indígenas y racializadas',
    'POC',
  ),
  mg('parents', 'Parents', 'Madres y padres'),
] as const;

export const ACCESSIBILITY_FEATURES = [
  mg('wheelchair', 'Wheelchair accessible', 'Accesible en silla de ruedas', 'X'),
  mg('asl', 'ASL interpretation', 'Interpretación en lengua de señas (ASL)', 'ASL'),
  mg('captions', 'Captions', 'Subtítulos'),
  mg('fragrance-free', 'Fragrance-free', 'Sin fragancias', 'FF'),
  mg('child-care', 'Child care', 'Cuidado de niños', 'BA'),
  mg('hearing-loop', 'Hearing loop', 'Aro magnético', undefined),
  mg('large-print', 'Large print', 'Letra grande'),
] as const;

export const COST_OPTIONS = [
  option('free', 'Free', 'Gratis'),
  option('donation', 'Donations welcome', 'Donativo voluntario'),
  option('sliding-scale', 'Sliding scale', 'Tarifa según ingresos'),
  option('fee', 'Fee', 'Con costo'),
] as const;

export const FORMATS = [
  option('in-person', 'In person', 'Presencial'),
  option('online', 'Online', 'En línea'),
  option('hybrid', 'Hybrid', 'Híbrido'),
] as const;

export type LeadershipModel = (typeof LEADERSHIP_MODELS)[number]['slug'];
export type Attendance = (typeof ATTENDANCE_OPTIONS)[number]['slug'];
export type Audience = (typeof AUDIENCES)[number]['slug'];
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number]['slug'];
export type Cost = (typeof COST_OPTIONS)[number]['slug'];
export type GroupFormat = (typeof FORMATS)[number]['slug'];
/** A single meeting's mode; a group's format is derived from its meetings' modes. */
export type MeetingMode = GroupFormat;
