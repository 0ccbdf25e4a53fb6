import { parseHTML } from 'linkedom';
const { analyzeSource, sourceFromDocument } = await import('./lib/transcript/index.ts');
const html = `<!DOCTYPE html><html><head></head><body><p>${'记者:请问? 毛宁:回答。 '.repeat(20000)}</p></body></html>`;
let t0 = performance.now();
const src = sourceFromDocument(parseHTML(html).document);
const t1 = performance.now();
analyzeSource(src);
console.log('dom', (t1 - t0).toFixed(0), 'analyze', (performance.now() - t1).toFixed(0));
