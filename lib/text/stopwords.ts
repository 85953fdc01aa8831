/**
 * Function words of the languages the corpus carries (English, Spanish). They carry no topic,
 * so term extraction skips them and anchor selection avoids shingles made mostly of them.
 */

const ENGLISH = `a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves s t said says say told also would
may might must shall its it's who's one two us mr mrs ms per via since however still yet among
upon within without according`;

const SPANISH = `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde
durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estado estan
estar estas este esto estos fue fueron ha han hasta hay la las le les lo los mas me mi mientras muy
nada ni no nos nosotros o os otra otras otro otros para pero poco por porque que quien se sea segun
ser si sido sin sobre su sus tambien te tiene tienen todo todos tras tu un una unas uno unos y ya
dijo segun asi cada`;

/** Folded function words (accents removed, as tokens are). */
export const STOPWORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${SPANISH}`.split(/\s+/).filter(Boolean));

/** Whether a folded token is a function word. */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}
