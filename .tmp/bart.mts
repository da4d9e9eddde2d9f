import { extractDocument } from '/work/main/src/extract/index.js';
import { analyseWithRules } from '/work/main/src/rules/index.js';
import { detectLanguage } from '/work/main/src/lang.js';
const TOPICS = [['le conseil municipal', 'la rénovation des écoles', 'le maire']];
function article(i: number): string {
  const [who, what, speaker] = TOPICS[0]!;
  return [
    `Dossier ${i} : ${what}`,
    `Selon un communiqué publié jeudi, ${who} a présenté ${what}, un projet estimé à ${i + 3} millions d’euros.`,
    `« Nous tiendrons nos engagements d’ici ${2 + (i % 5)} ans », a déclaré ${speaker} devant la presse, en insistant sur le calendrier.`,
    `L’opposition conteste ce chiffrage et affirme que le financement du dossier numéro ${i} n’est pas garanti.`,
    `Une réunion publique est prévue le ${1 + (i % 28)} du mois prochain pour répondre aux questions des habitants.`,
  ].join('\n\n');
}
for (let round = 0; round < 4; round++) {
  let te = 0, tr = 0, tl = 0;
  for (let i = 0; i < 40; i++) {
    const body = Buffer.from(article(i + round * 40));
    let t = performance.now();
    const ex = extractDocument({ source: `a${i}.txt`, url: null, kind: 'text', body, contentType: null });
    te += performance.now() - t;
    t = performance.now(); detectLanguage(ex.article.text, null); tl += performance.now() - t;
    t = performance.now();
    analyseWithRules(ex);
    tr += performance.now() - t;
  }
  console.log(`round ${round}: extract ${(te / 40).toFixed(2)} ms/article (lang alone ${(tl/40).toFixed(2)}), rules ${(tr / 40).toFixed(2)} ms/article`);
}
