import { sourceOf } from '../source.js';
import type { Regime } from '../types.js';

const lgpd = sourceOf(
  'Lei nº 13.709/2018 (LGPD)',
  'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm',
);
const anpd = sourceOf(
  'Resolução CD/ANPD nº 15, de 24 de abril de 2024 (Regulamento de Comunicação de Incidente de Segurança)',
  'https://www.gov.br/anpd/pt-br/acesso-a-informacao/institucional/atos-normativos/regulamentacoes_anpd/resolucao-cd-anpd-no-15-de-24-de-abril-de-2024',
);
const pipeda = sourceOf(
  'Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)',
  'https://laws-lois.justice.gc.ca/eng/acts/P-8.6/',
);
const casl = sourceOf(
  'CRTC: Canada’s Anti-Spam Legislation (CASL) guidance on implied consent',
  'https://crtc.gc.ca/eng/com500/guide.htm',
);
const qc = sourceOf(
  'Act respecting the protection of personal information in the private sector (CQLR c. P-39.1), as amended by Law 25 (2021, c. 25)',
  'https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1',
);

const caslMarketing = {
  channels: ['email', 'sms'],
  model: 'opt-in-implied-consent',
  existingCustomerWindow: { amount: 24, unit: 'months' },
  conditions:
    'Express consent, or implied consent from an existing business relationship: a purchase within the two years before the message (an inquiry: six months).',
  provenance: casl('CASL s. 10(9)–(10)'),
} as const;

const civilCode = sourceOf(
  'Código Civil (Lei nº 10.406/2002)',
  'https://www.planalto.gov.br/ccivil_03/leis/2002/l10406compilada.htm',
);
const lgpdEn = sourceOf(
  'LGPD in English (Proteus Cyber translation)',
  'https://proteuscyber.com/privacy-database/lgpd-art-14',
);

/** Brazil's LGPD. @since 0.1.0 */
export const BR_LGPD: Regime = {
  id: 'br-lgpd',
  name: 'Lei Geral de Proteção de Dados Pessoais',
  short: 'LGPD',
  jurisdiction: { country: 'BR' },
  inForce: { from: '2020-09-18', provenance: lgpd('Art. 65') },
  rights: [
    { right: 'access', provenance: lgpd('Art. 18, I–II') },
    { right: 'correction', provenance: lgpd('Art. 18, III') },
    { right: 'deletion', provenance: lgpd('Art. 18, IV and VI') },
    { right: 'portability', provenance: lgpd('Art. 18, V') },
    { right: 'withdraw-consent', provenance: lgpd('Art. 18, IX') },
    { right: 'objection', provenance: lgpd('Art. 18, § 2º') },
  ],
  requests: [
    {
      appliesTo: ['access'],
      period: { amount: 15, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: true,
      provenance: lgpd(
        'Art. 19, II; Código Civil Art. 132',
        'Complete declaration "no prazo de até 15 (quinze) dias, contado da data do requerimento"; a simplified answer is due immediately (Art. 19, I); the ANPD may set other periods per sector (Art. 19, § 4º). Counted under Código Civil Art. 132: the day of the request is excluded and the last day included; a last day on a holiday moves to the next working day (§ 1º). Calendar days, not business days. That a weekend also moves the last day is a reading: see the disagreement.',
      ),
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the ANPD (and the data subjects)',
      trigger: 'aware-personal-data-affected',
      window: { amount: 3, unit: 'business-days' },
      wording:
        'within three working days of the controller learning that the incident affected personal data',
      condition:
        'incidents that may cause relevant risk or damage to data subjects; doubled for small processing agents',
      from: '2024-04-26',
      provenance: anpd('Art. 6', 'Complementary information may follow within 20 working days.'),
    },
  ],
  thresholds: [{ anyOf: [], provenance: lgpd('Art. 3', 'No size threshold.') }],
  marketing: [],
  childConsent: {
    age: 12,
    scope:
      'specific and highlighted consent of at least one parent or the legal representative to process a child’s personal data (Art. 14, § 1º); a child is a person under 12 (ECA, Lei 8.069/1990, Art. 2); adolescents’ data only in their best interest (Art. 14, caput)',
    provenance: lgpdEn(
      'Art. 14, § 1º',
      'The LGPD does not define "criança"; the under-12 line is the ECA’s (Art. 2), as read in jus.com.br and portalcontexto.com.',
    ),
  },
  disagreements: [
    {
      topic: 'Does a 15-day LGPD period ending on a Saturday or Sunday move to Monday?',
      readings: [
        {
          says: 'The Civil Code moves a last day that falls on a holiday ("feriado") to the next working day (Art. 132, § 1º); it does not name weekends.',
          provenance: civilCode('Art. 132, § 1º'),
        },
        {
          says: 'Commentary reads § 1º as covering any day without business, weekends included (Trilhante, "Art. 132 CC").',
          provenance: sourceOf(
            'Trilhante: Legislação em números — Código Civil, art. 132',
            'https://test.trilhante.com.br/trilha/direito-civil/curso/legislacao-em-numeros-codigo-civil-volume-3/aula/art-132-cc-2',
          )('§ 1º'),
        },
      ],
    },
    {
      topic: 'May a business send marketing e-mail in Brazil without consent?',
      readings: [
        {
          says: 'No statute regulates e-mail marketing; under the LGPD it needs a legal basis, consent (Art. 7, I) or legitimate interest (Art. 7, IX), and the ANPD has not ruled which fits.',
          provenance: sourceOf(
            'TechCompliance: As campanhas de e-mail marketing com aplicação da LGPD',
            'https://techcompliance.org/e-mail-marketing/',
          )('summary'),
        },
        {
          says: 'The self-regulatory CAPEM code (not binding) asks for opt-in, or soft opt-in where a prior commercial or social relationship exists, and an opt-out link in every message.',
          provenance: sourceOf(
            'Antonio Araujo Jr.: LGPD — a nova era do opt-in (CAPEM)',
            'https://antonioaraujojr.com/2019/11/11/lgpd-a-nova-era-do-opt-in-para-as-empresas/',
          )('summary'),
        },
      ],
    },
    {
      topic: 'What starts the LGPD incident clock?',
      readings: [
        {
          says: 'Knowledge by the controller that the incident affected personal data.',
          provenance: anpd('Art. 6'),
        },
        {
          says: 'The date the incident occurred (one law-firm summary).',
          provenance: sourceOf(
            'Bortolozo Advogados: Resolução nº 15',
            'https://www.bortolozoadv.com.br/blog/comunicacao-de-incidentes-de-seguranca-a-anpd-resolucao-no-15/',
          )('summary'),
        },
      ],
    },
  ],
};

/** Canada's PIPEDA (federal private sector). @since 0.1.0 */
export const CA_PIPEDA: Regime = {
  id: 'ca-pipeda',
  name: 'Personal Information Protection and Electronic Documents Act',
  short: 'PIPEDA',
  jurisdiction: { country: 'CA' },
  inForce: { from: '2001-01-01', provenance: pipeda('s. 72') },
  rights: [
    { right: 'access', provenance: pipeda('Schedule 1, clause 4.9') },
    { right: 'correction', provenance: pipeda('Schedule 1, clause 4.9.5') },
  ],
  requests: [
    {
      appliesTo: ['access'],
      period: { amount: 30, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: pipeda('s. 8(3)'),
      extension: {
        period: { amount: 30, unit: 'calendar-days' },
        conditions:
          'Meeting the limit would unreasonably interfere with the organization’s activities, or consultations make it impracticable (s. 8(4)(a)); or for as long as needed to convert into an alternative format (s. 8(4)(b)).',
        notice:
          'Within 30 days of the request: the new time limit, the reasons, and the right to complain to the Commissioner.',
        noticeWithin: { amount: 30, unit: 'calendar-days' },
        provenance: pipeda('s. 8(4)'),
      },
      onExpiry: 'The organization is deemed to have refused the request (s. 8(5)).',
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Privacy Commissioner of Canada',
      trigger: 'determined-breach-occurred',
      window: null,
      wording: 'as soon as feasible after the organization determines that the breach has occurred',
      condition: 'a real risk of significant harm to an individual',
      from: '2018-11-01',
      provenance: pipeda('s. 10.1(1)–(2)'),
    },
  ],
  thresholds: [{ anyOf: [], provenance: pipeda('s. 4', 'No size threshold.') }],
  marketing: [caslMarketing],
  disagreements: [],
};

/** Québec's private-sector Act as amended by Law 25. @since 0.1.0 */
export const CA_QC_LAW25: Regime = {
  id: 'ca-qc-law25',
  name: 'Québec Act respecting the protection of personal information in the private sector (Law 25)',
  short: 'Law 25',
  jurisdiction: { country: 'CA', region: 'CA-QC' },
  inForce: { from: '1994-01-01', provenance: qc('s. 1', 'Law 25 amendments phased in 2022–2024.') },
  rights: [
    { right: 'access', provenance: qc('s. 27') },
    { right: 'correction', provenance: qc('s. 28') },
  ],
  requests: [
    {
      appliesTo: ['access', 'correction'],
      period: { amount: 30, unit: 'calendar-days' },
      counting: 'days-after-receipt',
      rollForward: false,
      provenance: qc('s. 32'),
      onExpiry:
        'Failing a response within 30 days, the request is deemed refused (s. 32, second paragraph).',
    },
  ],
  breach: [
    {
      notify: 'authority',
      authority: 'the Commission d’accès à l’information',
      trigger: 'became-aware',
      window: null,
      wording: 'promptly',
      condition: 'a confidentiality incident presenting a risk of serious injury',
      from: '2022-09-22',
      provenance: qc(
        's. 3.5',
        'Wording checked through the Regulation respecting confidentiality incidents (A-2.1, r. 3.1) and the parallel health-sector provision.',
      ),
    },
  ],
  thresholds: [
    {
      anyOf: [],
      provenance: qc('s. 1', 'Any person carrying on an enterprise; no size threshold.'),
    },
  ],
  marketing: [caslMarketing],
  childConsent: {
    age: 14,
    scope:
      'consent of the person having parental authority or the tutor for a minor under 14; a minor of 14 or over consents alone',
    provenance: qc(
      's. 4.1, s. 14',
      'Read through Fasken’s Law 25 Q&A (Mondaq, bulletin 2): "for minors 14 years of age or over, the consent of the parents or legal tutor is not required (Private Sector Act, s. 14)".',
    ),
  },
  disagreements: [],
};
