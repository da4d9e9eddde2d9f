import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Articles whose quotes the rules engine finds (so a model that misses them is warned about). */
export function writeArticles(folder: string, n: number): string[] {
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    const file = path.join(folder, `article-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(
      file,
      `Conseil municipal numéro ${i}\n\n` +
        `Le maire de la commune numéro ${i} a annoncé jeudi un plan de rénovation des écoles, selon un communiqué publié par la mairie.\n\n` +
        `« Nous investirons ${i} millions d’euros d’ici deux ans », a déclaré l’adjoint chargé des finances lors de la séance.\n\n` +
        `« Ce budget est irréaliste et la ville ne peut pas le financer », a affirmé le chef de l’opposition municipale.\n\n` +
        `« Les travaux commenceront dès la rentrée dans trois écoles », a précisé la directrice des services techniques.\n`,
    );
    return file;
  });
}
