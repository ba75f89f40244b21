// Demo groups in Spanish (and one bilingual group), across categories. "Duelo y Esperanza" is the
// online Spanish grief group a browser journey finds through the guided finder.
import type { GroupInput } from '../../../contracts/groups';
import {
  MON,
  SAT,
  THU,
  TUE,
  WED,
  biweekly,
  cancelled,
  hybrid,
  inPerson,
  joinLink,
  monthlyNth,
  online,
  weekly,
} from './helpers';
import { AURORA_CHURCH, CENTER, WEST_CHICAGO_CENTRO, WEST_CHICAGO_LIBRARY, at } from './places';

const NOTA_EN_LINEA =
  'Una persona anfitriona le da entrada desde la sala de espera unos minutos antes. La cámara es opcional y basta con su nombre de pila.';

export const SPANISH_GROUPS: GroupInput[] = [
  {
    name: 'Duelo y Esperanza (en línea)',
    slug: 'duelo-y-esperanza-en-linea',
    description:
      'Un grupo en línea, en español, para personas que están en duelo por la muerte de un ser querido, sea una pérdida reciente o de hace años. Lo acompaña una consejera de duelo bilingüe. Aquí puede hablar de su pérdida con calma, en su propio idioma y desde su casa.',
    firstMeeting:
      'Conéctese unos minutos antes; la anfitriona le dará la bienvenida. Puede dejar la cámara apagada y usar solo su nombre de pila. Empezamos con los acuerdos del grupo, entre ellos la confidencialidad, y luego quien quiera comparte; nadie le pedirá que hable. La reunión dura 90 minutos.',
    topics: ['grief-loss'],
    leadership: 'professional',
    attendance: 'open',
    audiences: ['adults'],
    languages: ['es'],
    accessibility: ['captions'],
    cost: 'free',
    schedules: [
      online(weekly(THU), '19:00', '20:30', joinLink('duelo-y-esperanza', NOTA_EN_LINEA), {
        exceptions: [
          cancelled('2026-12-24', 'No hay reunión en Nochebuena.'),
          cancelled('2026-12-31', 'No hay reunión la víspera de Año Nuevo.'),
        ],
      }),
    ],
  },
  {
    name: 'Grupo de Apoyo: Ansiedad y Depresión',
    slug: 'apoyo-ansiedad-depresion',
    description:
      'Un grupo de apoyo entre pares para personas adultas que viven con ansiedad, tristeza o depresión. Compartimos lo que nos ayuda, aprendemos ejercicios sencillos para calmar el cuerpo y nos acompañamos sin juzgar. Hay cuidado de niños gratuito en la sala de al lado.',
    firstMeeting:
      'Llegue unos minutos antes y una facilitadora le recibirá en la puerta. Al empezar leemos los acuerdos del grupo; lo que se dice aquí, aquí se queda. Puede presentarse solo con su nombre o decir "paso". La reunión dura 90 minutos.',
    topics: ['anxiety', 'depression'],
    leadership: 'peer',
    attendance: 'open',
    audiences: ['adults'],
    languages: ['es'],
    accessibility: ['wheelchair', 'child-care'],
    cost: 'free',
    schedules: [
      inPerson(
        weekly(MON),
        '18:30',
        '20:00',
        at(WEST_CHICAGO_CENTRO, 'Entre por la puerta lateral; el salón 104 está a la izquierda.'),
      ),
    ],
  },
  {
    name: 'Familias Unidas',
    slug: 'familias-unidas',
    description:
      'Para madres, padres, parejas y familiares de una persona con problemas de alcohol o drogas. Nos apoyamos entre familias para entender la adicción, poner límites con cariño y cuidarnos también a nosotros mismos. No importa si su ser querido está o no en tratamiento.',
    firstMeeting:
      'Llegue unos minutos antes; alguien del grupo le dará la bienvenida y un café. Nos presentamos con el nombre de pila y, si quiere, por quién viene. Nadie le obligará a hablar. Hay cuidado de niños y la reunión dura 90 minutos.',
    topics: ['families-addiction'],
    leadership: 'peer',
    attendance: 'family-friends',
    audiences: ['parents', 'adults'],
    languages: ['es'],
    accessibility: ['wheelchair', 'child-care'],
    cost: 'free',
    schedules: [
      inPerson(
        weekly(TUE),
        '19:00',
        '20:30',
        at(AURORA_CHURCH, 'Use la entrada de Galena Blvd; el salón está al fondo del pasillo.'),
        {
          exceptions: [cancelled('2026-12-29', 'Receso por las fiestas; volvemos el 5 de enero.')],
        },
      ),
    ],
  },
  {
    name: 'Recuperación en Español',
    slug: 'recuperacion-en-espanol',
    description:
      'Una reunión de doce pasos en español para quien tenga el deseo de dejar de beber o de consumir. La dirigen sus propios miembros y se sostiene con contribuciones voluntarias. Reunión abierta: familiares y amistades también son bienvenidos.',
    firstMeeting:
      'Llegue a las 7:15 para el café. Quien coordina lee una apertura breve y da la bienvenida a las personas nuevas, que pueden decir su nombre si quieren. Cada quien comparte sin interrupciones; usted puede solo escuchar. Dura una hora.',
    topics: ['twelve-step'],
    leadership: 'self-guided',
    attendance: 'open',
    languages: ['es'],
    accessibility: ['wheelchair'],
    cost: 'donation',
    schedules: [
      inPerson(
        weekly(WED, SAT),
        '19:30',
        '20:30',
        at(AURORA_CHURCH, 'Entrada por el estacionamiento; el salón está en la planta baja.'),
      ),
    ],
  },
  {
    name: 'Mujeres Adelante',
    slug: 'mujeres-adelante',
    description:
      'Un espacio para mujeres que han vivido violencia, trauma o momentos muy difíciles y quieren sanar acompañadas. Lo facilitan mujeres de la comunidad con capacitación en apoyo entre pares. Nos reunimos cada dos sábados por la mañana, con cuidado de niños.',
    firstMeeting:
      'Llegue unos minutos antes; la facilitadora le recibirá y le explicará cómo funciona el grupo. No tiene que contar su historia: puede escuchar o decir "paso". Todo lo que se comparte es confidencial. Dura 90 minutos.',
    topics: ['trauma-ptsd', 'emotional-support'],
    leadership: 'peer',
    attendance: 'shared-experience',
    audiences: ['women'],
    languages: ['es'],
    accessibility: ['wheelchair', 'child-care'],
    cost: 'free',
    schedules: [
      inPerson(
        biweekly('2026-12-05', SAT),
        '10:00',
        '11:30',
        at(WEST_CHICAGO_LIBRARY, 'Sala de reuniones en el nivel inferior, junto al elevador.'),
        { exceptions: [cancelled('2027-01-02', 'Receso por Año Nuevo.')] },
      ),
    ],
  },
  {
    name: 'Cuidando a Quien Cuida',
    slug: 'cuidando-a-quien-cuida',
    description:
      'Para personas que cuidan a un familiar con demencia, una enfermedad crónica o una discapacidad. Una trabajadora social bilingüe comparte información práctica sobre servicios y cuidados, y el grupo comparte la experiencia del día a día. Se reúne el primer y el tercer martes de cada mes, en persona o en línea.',
    firstMeeting:
      'Si viene en persona, llegue unos minutos antes y regístrese solo con su nombre de pila. Empezamos con una ronda breve de presentaciones, en la que puede decir "paso", y luego un tema práctico. La reunión dura 90 minutos.',
    topics: ['caregivers-chronic-illness-dementia'],
    leadership: 'professional',
    attendance: 'family-friends',
    audiences: ['adults', 'older-adults'],
    languages: ['es'],
    accessibility: ['wheelchair', 'large-print'],
    cost: 'free',
    schedules: [
      hybrid(
        monthlyNth(TUE, 1, 3),
        '10:00',
        '11:30',
        at(CENTER, 'Sala 104, la primera puerta a la izquierda después de la recepción.'),
        joinLink('cuidando-a-quien-cuida', NOTA_EN_LINEA),
      ),
    ],
  },
  {
    name: 'Crianza con Calma / Calm Parenting',
    slug: 'crianza-con-calma',
    description:
      'Un grupo bilingüe en línea para madres, padres y cuidadores de niños pequeños que se sienten agotados o con mucho estrés. Una terapeuta familiar comparte herramientas para la rutina, el sueño y los berrinches, y hay tiempo para conversar. A bilingual group: speak in Spanish or English.',
    firstMeeting:
      'Conéctese unos minutos antes; puede tener a sus hijos cerca y apagar la cámara cuando lo necesite. La terapeuta presenta un tema de 20 minutos y después conversamos. Nadie tiene que hablar. Dura una hora, cada dos miércoles.',
    topics: ['parents', 'new-parents'],
    leadership: 'professional',
    attendance: 'open',
    audiences: ['parents'],
    languages: ['es', 'en'],
    accessibility: ['captions'],
    cost: 'free',
    schedules: [
      online(
        biweekly('2026-12-02', WED),
        '20:00',
        '21:00',
        joinLink('crianza-con-calma', NOTA_EN_LINEA),
      ),
    ],
  },
];
