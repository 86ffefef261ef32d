import { sourceOf } from '../source.js';
import { builtIn } from '../trusted.js';
import type { Regime } from '../types.js';

const lgpd = sourceOf(
  'Lei nº 13.709/2018 (LGPD)',
  'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm',
);
const anpd = sourceOf(
  'Resolução CD/ANPD nº 15, de 24 de abril de 2024 (Regulamento de Comunicação de Incidente de Segurança)',
  'https://www.gov.br/anpd/pt-br/acesso-a-informacao/institucional/atos-normativos/regulamentacoes_anpd/resolucao-cd-anpd-no-15-de-24-de-abril-de-2024',
);
const civilCode = sourceOf(
  'Código Civil (Lei nº 10.406/2002)',
  'https://www.planalto.gov.br/ccivil_03/leis/2002/l10406compilada.htm',
);
const lgpdEn = sourceOf(
  'LGPD in English (Proteus Cyber translation)',
  'https://proteuscyber.com/privacy-database/lgpd-art-14',
);
/**
 * Brazil's LGPD as data: requests answered within 15 days; every fact with its article, source
 * and `asOf`.
 *
 * Pass it as `regime` to the decision functions; import only the regimes you use, and a bundle
 * carries no other.
 *
 * @example
 * import { BR_LGPD } from '@meridian-cx/privacy';
 * BR_LGPD.short; // 'LGPD'
 * @since 0.1.0
 */
export const BR_LGPD: Regime = /* @__PURE__ */ builtIn({
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
});
