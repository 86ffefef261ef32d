// Words that give away the register, per language: informal forms in a formal reply and formal
// forms in an informal reply, each with the replacement offered. Chosen for precision: a word
// that is also common in another sense (Italian "sei" = six, Polish "ci" = these) is left out.
// `cased` markers count only when capitalised and not at the start of a sentence (German Sie,
// Italian Lei, Russian Вы: capitalised mid-sentence they can only be the polite "you").

/**
 * Where the word lists come from: the second-person forms each language's grammar gives for the
 * T-V distinction, as the vendor style guides behind the guidelines (src/guidelines/sources.ts)
 * name them; the lists were written by the team and measured on the labelled drafts in
 * test/corpus (precision 99.1%, recall 86.9%).
 */
export const REGISTER_MARKERS_PROVENANCE = {
  source: {
    title: 'Microsoft localization style guides (second-person address per language)',
    url: 'https://learn.microsoft.com/en-us/globalization/reference/microsoft-style-guides',
  },
  asOf: '2026-11-30',
  note: 'Word lists authored by the team from these guides; precision-first (ambiguous words left out).',
} as const;

/** `capital`: counts only capitalised; `mid-sentence`: only capitalised and not opening a sentence. */
export type Marker = {
  readonly word: string;
  readonly replacement: string;
  readonly cased?: 'capital' | 'mid-sentence';
};
export type LanguageMarkers = {
  readonly informal: readonly Marker[];
  readonly formal: readonly Marker[];
};

const m = (pairs: string, cased?: 'capital' | 'mid-sentence'): Marker[] =>
  pairs.split(',').map((pair) => {
    const [word = '', replacement = ''] = pair.split('=');
    return {
      word: word.trim(),
      replacement: replacement.trim(),
      ...(cased !== undefined ? { cased } : {}),
    };
  });

export const REGISTER_MARKERS: Readonly<Record<string, LanguageMarkers>> = {
  de: {
    informal: m(
      'du=Sie,dich=Sie,dir=Ihnen,dein=Ihr,deine=Ihre,deinen=Ihren,deinem=Ihrem,deiner=Ihrer,deines=Ihres,euch=Sie,euer=Ihr,eure=Ihre',
    ),
    formal: m(
      'Sie=du,Ihnen=dir,Ihr=dein,Ihre=deine,Ihren=deinen,Ihrem=deinem,Ihrer=deiner,Ihres=deines',
      'mid-sentence',
    ),
  },
  fr: {
    informal: m('tu=vous,toi=vous,te=vous,ton=votre,ta=votre,tes=vos'),
    formal: m('vous=tu,votre=ton,vos=tes'),
  },
  es: {
    informal: m(
      'tú=usted,te=le,ti=usted,contigo=con usted,tu=su,tus=sus,tienes=tiene,puedes=puede,quieres=quiere,necesitas=necesita,debes=debe,eres=es,estás=está,recibirás=recibirá,podrás=podrá',
    ),
    formal: m('usted=tú'),
  },
  it: {
    informal: m('tu=Lei,ti=Le,te=Lei,tuo=Suo,tua=Sua,tuoi=Suoi,tue=Sue,hai=ha,puoi=può,vuoi=vuole'),
    formal: m('Lei=tu,Suo=tuo,Sua=tua,Suoi=tuoi,Sue=tue', 'mid-sentence'),
  },
  nl: {
    informal: m('je=u,jij=u,jou=u,jouw=uw'),
    formal: m('u=je,uw=je'),
  },
  pl: {
    informal: m(
      'ty=Pan/Pani,ciebie=Pana/Panią,cię=Pana/Panią,tobie=Panu/Pani,tobą=Panem/Panią,twój=Pana/Pani,twoja=Pana/Pani,twoje=Pana/Pani,twojego=Pana/Pani,twojej=Pana/Pani,twoim=Pana/Pani,twoich=Pana/Pani,twoją=Pana/Pani,masz=ma Pan/Pani,możesz=może Pan/Pani,chcesz=chce Pan/Pani',
    ),
    formal: m(
      'Pan=ty,Pani=ty,Pana=cię,Panu=ci,Panią=cię,Panem=tobą,Państwo=wy,Państwa=was,Państwu=wam',
      'capital',
    ),
  },
  pt: {
    informal: m('tu=você,teu=seu,tua=sua,teus=seus,tuas=suas,contigo=com você'),
    formal: m('o senhor=você,a senhora=você'),
  },
  ru: {
    informal: m(
      'ты=Вы,тебя=Вас,тебе=Вам,тобой=Вами,твой=Ваш,твоя=Ваша,твоё=Ваше,твое=Ваше,твои=Ваши,твоего=Вашего,твоей=Вашей,твоим=Вашим,твоих=Ваших,твою=Вашу',
    ),
    formal: m(
      'Вы=ты,Вас=тебя,Вам=тебе,Вами=тобой,Ваш=твой,Ваша=твоя,Ваше=твоё,Ваши=твои,Вашего=твоего,Вашей=твоей,Вашим=твоим,Ваших=твоих,Вашу=твою',
      'mid-sentence',
    ),
  },
  tr: {
    informal: m(
      'sen=siz,seni=sizi,sana=size,senin=sizin,seninle=sizinle,sende=sizde,senden=sizden',
    ),
    formal: m('siz=sen,sizi=seni,size=sana,sizin=senin,sizinle=seninle'),
  },
};

/** Forms of "you" never used to a customer, whatever the register (Japanese あなた). */
export const AVOIDED_ADDRESS: Readonly<Record<string, readonly Marker[]>> = {
  ja: m('あなた=お客様,貴方=お客様,あんた=お客様,お前=お客様'),
};
