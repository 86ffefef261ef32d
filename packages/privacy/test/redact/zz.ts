import { luhnOk } from './corpus/checks.js';
for (const t of ['40598765432109877','40598765432109875','1733369690123','1764905555123']) console.log(t, luhnOk(t));
