/**
 * Words that claims travel under in paraphrase, grouped so "the remains of 4,000 people were
 * pulled out" meets "the bodies of 4,000 people were found". Small on purpose: each group is
 * a word a claim's key fact commonly hinges on in this corpus's reporting (English and Spanish).
 */
import { stem } from '../stem';

const GROUPS = [
  'body bodies remains corpses corpse cadavers cuerpos restos cadaveres',
  'found find discovered uncovered unearthed recovered exhumed pulled located hallados encontrados descubiertos',
  'killed kill killing dead deaths died lives muertos asesinados mato mataron',
  'injured wounded wounds hurt heridos hirio hirieron',
  'airstrikes airstrike strikes strike raids bombing bombings bombardments bombardeos ataques',
  'coalition alliance coalicion alianza',
  'graves grave fosas fosa',
  'investigation probe inquiry investigacion',
  'letters letter cartas carta',
  'percent per cent porcentaje por ciento',
  'civilians civilian civiles',
  'destruction destroyed devastation ruin destruccion',
  'transferred moved relocated trasladado',
  'children kids ninos',
  'women mujeres',
  'people persons others individuals personas',
  'reconstruct rebuild reconstruction rebuilding reconstruir reconstruccion',
  'attempt effort bid intento',
  'cover hide conceal encubrir ocultar',
  'use using used employ employing emplear',
  'weapons arms munitions armas',
  'neighborhood neighbourhood neighborhoods neighbourhoods district barrio',
  'captured seized took capture tomaron',
];

// Each word's stem points at its group's first stem.
const CANONICAL = new Map<string, string>();
for (const group of GROUPS) {
  const stems = group.split(' ').map(stem);
  for (const member of stems) CANONICAL.set(member, stems[0] ?? member);
}

/** The canonical stem of a folded word: its synonym group's, or its own stem. */
export function canonicalWord(word: string): string {
  const stemmed = stem(word);
  return CANONICAL.get(stemmed) ?? stemmed;
}
