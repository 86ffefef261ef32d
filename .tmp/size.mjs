import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const cases = [
 ['returns','evaluateReturn'],['tickets','computeSla'],['metrics','CsatAccumulator'],['coverage','createBusinessCalendar'],['core','parseMoney']];
for (const [p, n] of cases) {
  const r = await build({ stdin:{contents:`import {${n}} from '/work/main/packages/${p}/dist/index.js'; console.log(${n});`, resolveDir:'/work/main', loader:'js'}, bundle:true, minify:true, format:'esm', platform:'browser', write:false, metafile:true, logLevel:'silent'});
  const bytes=r.outputFiles[0].contents; 
  const ins = Object.entries(Object.values(r.metafile.outputs)[0].inputs).filter(([,v])=>v.bytesInOutput>0);
  const by = {}; for (const [k,v] of ins){ const m = k.match(/node_modules\/\.pnpm\/([^/]+)/); const key = m? m[1].replace(/@[\d.]+.*$/,''): k.split('/').slice(0,4).join('/'); by[key]=(by[key]||0)+v.bytesInOutput;}
  console.log(p,n,(bytes.length/1024).toFixed(1),'KiB min',(gzipSync(bytes).length/1024).toFixed(1),'KiB gz', JSON.stringify(Object.fromEntries(Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,6).map(([k,v])=>[k,(v/1024).toFixed(0)]))));
}
