import { itCf, frNir, deTaxId, beNrn, ptNif } from '../../packages/privacy/test/redact/corpus/checks.ts';
import { itCfValid, frNirValid, deTaxIdValid, beNrnValid, ptNifValid } from '../../packages/privacy/src/redact/checks/nationalIds6.ts';
const cf = [
 ['RSSMRA',85,12,10,false,'A562',0],['BNCGLI',90,3,22,true,'F205',0],['VRDLCU',72,7,5,false,'H501',0],['FRRCHR',99,1,31,true,'L219',0],
 ['CLMGPP',61,11,18,false,'D612',0],['RCCLRA',3,5,9,true,'G273',0],['MRNSFN',88,2,29,false,'C351',0],['GLLMTT',95,9,14,false,'Z404',0],
 ['CNTFNC',80,4,1,true,'A944',1],['PLMDRA',77,6,30,false,'E506',2],['DLCSRA',0,10,12,true,'F839',0],['LNGPLA',68,8,8,false,'B157',0],
 ['SNTGNN',93,12,25,false,'L736',3],['BRBLSN',84,1,2,true,'H294',0],['FNTMRC',70,7,19,false,'G478',0],['ZNNLSS',91,3,3,true,'D969',0],
 ['CRSNDR',66,9,27,false,'A271',0],['MZZVLR',2,2,14,true,'L424',0],['TSTPLA',86,5,6,false,'F952',1],['GRSSMN',79,11,11,true,'E783',0],
 ['PRTLNZ',97,6,16,false,'B354',0],['CPPNDR',64,10,20,false,'G224',0],
];
console.log('CF', cf.map((a:any)=>{const v=itCf(a[0],a[1],a[2],a[3],a[4],a[5],a[6]); if(!itCfValid(v)) throw v; return v;}).join(' '));
const nirs = ['1850575112071','2930613055044','1780892050123','2010133063108','1671269123045','2990475056002','1550238185031','2881013001227','1720659350016','2960344109089','18411'+'2A004'+'012','2910'+'7'+'2B0330'+'05','1990131555120','2640806088041','1820913210092','2730478646015','1951117124033','2800262193007','1760583069051','2020969123012','1891054395066','2700199352038'];
console.log('NIR', nirs.map(b=>{const v=frNir(b); if(!frNirValid(v)) throw v; return v;}).join(' '));
const tens = ['8652439170','4710298536','2963158740','5318027649','9024736158','3587196402','7130465928','6291743805','1850427369','5042917836','8317640259','2795018364','6048372915','3916205847','7482019356','9536014827','4208563197','1673902548','5789201634','8021736945','3458096127','6914285703'];
console.log('DE', tens.map(t=>{const tt=t.slice(0,9)+t[3]; const v=deTaxId(tt); if(!deTaxIdValid(v)) throw v; return v;}).join(' '));
const be: [string,boolean][] = [['850730033',false],['930518223',false],['760214117',false],['020405234',true],['681231001',false],['990101452',false],['110318087',true],['540622309',false],['871109146',false],['050707511',true],['620315098',false],['790928404',false],['911202275',false],['000229612',true],['731016033',false],['950413158',false],['830801762',false],['170520023',true],['660707419',false],['880404086',false],['580212331',false],['941125200',false]];
console.log('BE', be.map(([n,f])=>{const v=beNrn(n,f); if(!beNrnValid(v)) throw v; return v;}).join(' '));
const pt = ['23456781','12873465','30219876','45102938','21567843','18237465','27654012','31098274','24681357','19283746','22334455','45987612','26145738','13579246','28371659','30865421','25437618','17263849','29384756','32019458','21098765','16473829'];
console.log('PT', pt.map(e=>{const v=ptNif(e); if(!ptNifValid(v)) throw v; return v;}).join(' '));
