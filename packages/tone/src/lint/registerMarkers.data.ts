// Words that give away the register, per language: informal forms in a formal reply and formal
// forms in an informal reply, each with the replacement offered. Chosen for precision: a word
// that is also common in another sense (Italian "sei" = six, Polish "ci" = these) is left out.
// `cased` markers count only when capitalised and not at the start of a sentence (German Sie,
// Italian Lei, Russian Вы: capitalised mid-sentence they can only be the polite "you").

/**
 * Where the word lists come from: the second-person forms each language's grammar gives for the
 * T-V distinction, as the vendor style guides behind the guidelines (src/guidelines/sources.ts)
 * name them; the lists were written by the team and measured on the labelled drafts in
 * test/corpus (precision 99.1%, recall 86.9% with pronouns only). The later additions (second-person verb
 * forms and imperatives) come from the grammar's paradigms for a fixed list of customer-service
 * verbs (send, return, write, contact, check, confirm, click, wait, tell, call, pay, receive, see,
 * want, can, need, have, be, choose, prefer, remember), never from the held-out drafts.
 */
export const REGISTER_MARKERS_PROVENANCE = {
  source: {
    title: 'Microsoft localization style guides (second-person address per language)',
    url: 'https://learn.microsoft.com/en-us/globalization/reference/microsoft-style-guides',
  },
  asOf: '2026-11-30',
  note: "Word lists authored by the team from these guides and the languages' verb paradigms; precision-first (ambiguous words left out).",
} as const;

/**
 * `capital`: counts only capitalised; `mid-sentence`: only capitalised and not opening a sentence;
 * `exact`: only as written (Portuguese "ti", not the "TI" of "equipe de TI"); `opens-sentence`: only
 * where it opens a sentence or follows a "please" (German "Schick …", not the adjective "schick").
 */
export type Marker = {
  readonly word: string;
  readonly replacement: string;
  readonly cased?: 'capital' | 'mid-sentence' | 'exact' | 'opens-sentence';
};
export type LanguageMarkers = {
  readonly informal: readonly Marker[];
  readonly formal: readonly Marker[];
};

const m = (pairs: string, cased?: Marker['cased']): Marker[] =>
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
    ).concat(
      // Second-person singular verbs and du-imperatives: no other person shares these forms.
      m(
        'hast=haben,bist=sind,kannst=können,willst=wollen,musst=müssen,sollst=sollen,darfst=dürfen,möchtest=möchten,könntest=könnten,würdest=würden,solltest=sollten,hättest=hätten,wärst=wären,wirst=werden,bekommst=bekommen,erhältst=erhalten,findest=finden,siehst=sehen,brauchst=brauchen,weißt=wissen,gibst=geben,schickst=schicken,gib=geben Sie,schreib=schreiben Sie,lies=lesen Sie,nimm=nehmen Sie,hilf=helfen Sie',
      ),
      // Also an adjective ("schick") and a noun ("ein Klick"): only where they open a sentence.
      m('schick=schicken Sie,klick=klicken Sie,wähl=wählen Sie', 'opens-sentence'),
    ),
    formal: m(
      'Sie=du,Ihnen=dir,Ihr=dein,Ihre=deine,Ihren=deinen,Ihrem=deinem,Ihrer=deiner,Ihres=deines',
      'mid-sentence',
    ),
  },
  fr: {
    informal: m(
      'tu=vous,toi=vous,te=vous,ton=votre,ta=votre,tes=vos,es=êtes,vas=allez,as=avez,seras=serez',
    ),
    formal: m(
      'vous=tu,votre=ton,vos=tes,pouvez=peux,voulez=veux,avez=as,êtes=es,devez=dois,souhaitez=souhaites',
    ),
  },
  es: {
    informal: m(
      'tú=usted,te=le,ti=usted,contigo=con usted,tu=su,tus=sus,tienes=tiene,puedes=puede,quieres=quiere,necesitas=necesita,debes=debe,eres=es,estás=está,recibirás=recibirá,podrás=podrá',
    ).concat(
      m(
        'has=ha,vas=va,sabes=sabe,prefieres=prefiere,podrías=podría,querrías=querría,deberías=debería,tendrías=tendría,puedas=pueda,quieras=quiera,tengas=tenga,vuestro=su,vuestra=su,vuestros=sus,vuestras=sus,escríbenos=escríbanos,envíanos=envíenos,cuéntanos=cuéntenos,avísanos=avísenos,llámanos=llámenos,mándanos=mándenos,dinos=díganos,dime=dígame,indícanos=indíquenos,confírmanos=confírmenos,asegúrate=asegúrese,comunícate=comuníquese,ponte=póngase,haz=haga',
      ),
      // Vosotros "os"; lower case only, so the "OS" of a phone is not read as a pronoun.
      m('os=les', 'exact'),
    ),
    formal: m('usted=tú'),
  },
  it: {
    informal: m(
      'tu=Lei,ti=Le,te=Lei,tuo=Suo,tua=Sua,tuoi=Suoi,tue=Sue,hai=ha,puoi=può,vuoi=vuole,sai=sa,devi=deve,fai=fa,stai=sta,vai=va,ricordati=si ricordi,scrivici=ci scriva,mandaci=ci mandi,inviaci=ci invii,contattaci=ci contatti,chiamaci=ci chiami,dicci=ci dica,fammi=mi faccia,dimmi=mi dica,rispondici=ci risponda',
    ),
    formal: m('Lei=tu,Suo=tuo,Sua=tua,Suoi=tuoi,Sue=tue', 'mid-sentence'),
  },
  nl: {
    informal: m('je=u,jij=u,jou=u,jouw=uw,jullie=u,jezelf=uzelf'),
    formal: m('u=je,uw=je,uzelf=jezelf'),
  },
  pl: {
    informal: m(
      'ty=Pan/Pani,ciebie=Pana/Panią,cię=Pana/Panią,tobie=Panu/Pani,tobą=Panem/Panią,twój=Pana/Pani,twoja=Pana/Pani,twoje=Pana/Pani,twojego=Pana/Pani,twojej=Pana/Pani,twoim=Pana/Pani,twoich=Pana/Pani,twoją=Pana/Pani,masz=ma Pan/Pani,możesz=może Pan/Pani,chcesz=chce Pan/Pani',
    ).concat(
      m(
        'wyślij=proszę wysłać,odeślij=proszę odesłać,prześlij=proszę przesłać,napisz=proszę napisać,sprawdź=proszę sprawdzić,zadzwoń=proszę zadzwonić,kliknij=proszę kliknąć,pamiętaj=proszę pamiętać,podaj=proszę podać,zaczekaj=proszę zaczekać,poczekaj=proszę poczekać,wybierz=proszę wybrać,zobacz=proszę zobaczyć,wypełnij=proszę wypełnić,zapłać=proszę zapłacić,użyj=proszę użyć,daj=proszę dać,skontaktuj=proszę skontaktować',
      ),
    ),
    formal: m(
      'Pan=ty,Pani=ty,Pana=cię,Panu=ci,Panią=cię,Panem=tobą,Państwo=wy,Państwa=was,Państwu=wam',
      'capital',
    ),
  },
  pt: {
    informal: m(
      'tu=você,teu=seu,tua=sua,teus=seus,tuas=suas,contigo=com você,te=lhe,podes=pode,tens=tem,queres=quer,vais=vai,estás=está,és=é,recebes=recebe,precisas=precisa,sabes=sabe,preferes=prefere,consegues=consegue,deves=deve,fazes=faz,dizes=diz,vês=vê,podias=podia,querias=queria,tinhas=tinha',
    ).concat(m('ti=você', 'exact')),
    formal: m('o senhor=você,a senhora=você'),
  },
  ru: {
    informal: m(
      'ты=Вы,тебя=Вас,тебе=Вам,тобой=Вами,твой=Ваш,твоя=Ваша,твоё=Ваше,твое=Ваше,твои=Ваши,твоего=Вашего,твоей=Вашей,твоим=Вашим,твоих=Ваших,твою=Вашу',
    ).concat(
      m(
        'хочешь=хотите,отправь=отправьте,проверь=проверьте,напиши=напишите,позвони=позвоните,подожди=подождите,подтверди=подтвердите,сообщи=сообщите,укажи=укажите,выбери=выберите,заполни=заполните,нажми=нажмите,оплати=оплатите,верни=верните,возьми=возьмите,скажи=скажите,помни=помните,свяжись=свяжитесь,дай=дайте',
      ),
    ),
    formal: m(
      'Вы=ты,Вас=тебя,Вам=тебе,Вами=тобой,Ваш=твой,Ваша=твоя,Ваше=твоё,Ваши=твои,Вашего=твоего,Вашей=твоей,Вашим=твоим,Ваших=твоих,Вашу=твою',
      'mid-sentence',
    ),
  },
  tr: {
    informal: m(
      'sen=siz,seni=sizi,sana=size,senin=sizin,seninle=sizinle,sende=sizde,senden=sizden,gönder=gönderin,ilet=iletin,bekle=bekleyin,doldur=doldurun,seç=seçin,öde=ödeyin,tıkla=tıklayın,unutma=unutmayın',
    ),
    formal: m('siz=sen,sizi=seni,size=sana,sizin=senin,sizinle=seninle'),
  },
};

/** Forms of "you" never used to a customer, whatever the register (Japanese あなた). */
export const AVOIDED_ADDRESS: Readonly<Record<string, readonly Marker[]>> = {
  ja: m('あなた=お客様,貴方=お客様,あんた=お客様,お前=お客様'),
};
