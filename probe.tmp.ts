import { redact, spokenNumberRecognizers } from '@meridian-cx/privacy';
const rows: [string,string][] = [
 ['ko-KR','제 번호는 공일공 이삼사오 육칠팔구 입니다'],
 ['th-TH','เบอร์ ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด ค่ะ'],
 ['zh-TW','我的手機是零九一二三四五六七八'],
 ['ar-MA',"mon numéro c'est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"],
 ['ko-KR','010-4435-0976 공일공에 사사삼오에 공구칠육이에요'],
 ['zh-CN','我的手机号是幺三八，幺二三四，五六七八'],
 ['ko-KR','일이 많아서 이 사람한테 회사 일을 맡겼어요'],
 ['zh-CN','等一下，我们一起去买二手车'],
 ['th-TH','วันหนึ่งสามีของฉันไปห้าง'],
 ['ar-EG',"mon numéro c'est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"],
];
for (const [l, t] of rows) console.log(l, JSON.stringify(redact(t, { locale: l, recognizers: spokenNumberRecognizers }).text));
