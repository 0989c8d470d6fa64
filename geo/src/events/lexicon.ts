/**
 * The words that make an event, per language, as regular expressions over folded text
 * (lower case, accents stripped, same length as the original: offsets carry over).
 * Written for the press's real phrasing; extend here, not in the extractor.
 */
import type { Actor, EventKind } from './types';
import type { Language } from '../articles/types';

/** Which side of the verb the place stands: "s'emparer de X" (after), "X est tombé aux mains de" (before). */
export type Direction = 'after' | 'before';

export interface CuePattern {
  kind: EventKind | 'partial-hint';
  direction?: Direction;
  /** For a statement, the side the words themselves name ("quartiers rebelles"). */
  actor?: Actor;
  /** "repris aux rebelles": the actor named after these words lost the place. */
  fromLoser?: boolean;
  re: RegExp;
}

const w = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');

export const ACTORS: Record<Language, [Actor, RegExp][]> = {
  fr: [
    ['rebel', w("combattants anti-regime|anti-regime|rebelles?|rebellion|insurges?|insurrection|opposition(?: armee)?|opposants?|d?jihadistes?|fateh al-cham|front al-nosra|al-nosra|fatah halab|groupes? armes?|terroristes?|separatistes?|islamistes?")],
    ['kurdish', w('kurdes?|forces kurdes|ypg|fds')],
    ['regime', w("armee(?: syrienne| de damas| de bachar al-assad)?|regime(?: syrien)?|forces (?:gouvernementales|pro-?gouvernementales|du regime|pro-?regime|syriennes|loyalistes|de damas|d'assad|militaires)|pro-?regime|progouvernementales?|troupes(?: du regime| syriennes| loyalistes)?|loyalistes|damas|soldats(?: syriens)?|militaires syriens|gouvernement(?: syrien)?")],
  ],
  en: [
    ['rebel', w("anti-government|rebels?|rebel fighters|insurgents?|opposition(?: fighters| forces)?|militants?|terrorists?|islamists?|\"?islamist rebels\"?|jihadists?|armed groups?|fatah halab|al-nusra|nusra front|fateh al-sham")],
    ['kurdish', w('kurds|kurdish(?: forces| fighters| militia)?|ypg|sdf')],
    ['regime', w("(?:the )?syrian (?:arab )?army|syrian armed forces|(?:the )?army|government(?:'s)? (?:forces|troops)|government|pro-government(?: forces)?|regime(?: forces)?|troops|loyalists|saa|republican guard|liwaa al quds|allied forces|allies")],
  ],
  ar: [
    ['rebel', /الفصائل(?: المعارضة)?|المعارضة(?: المسلحة)?|المسلحين|الإرهابيين|الارهابيين|المتمردين/gu],
    ['kurdish', /الأكراد|الاكراد|الكردية|وحدات حماية الشعب/gu],
    ['regime', /الجيش(?: السوري| العربي السوري)?|قوات النظام|النظام(?: السوري)?|القوات الحكومية|القوات الرديفة/gu],
  ],
};

export const CUES: Record<Language, CuePattern[]> = {
  fr: [
    { kind: 'capture', direction: 'before', re: w("tombe(?:e|s|es)? (?:aux|entre les) mains (?:de|du|des)|tombe(?:e|s|es)? sous (?:le )?controle|(?:re)?pris(?:e|es)? par|passe(?:e|s|es)? sous (?:le )?controle|est tombee?s?|sont tombe(?:e|s|es)?") },
    { kind: 'capture', direction: 'before', fromLoser: true, re: w('(?:recemment )?(?:re)?pris(?:e|es)? (?:aux|a la)(?: mains (?:de|des))?') },
    { kind: 'capture', direction: 'after', fromLoser: true, re: w('(?:re)?pris(?:e|es)? (?:aux|a la)(?: mains (?:de|des))?') },
    // "les tirs ont repris sur..." is "resumed", not "retook".
    { kind: 'capture', direction: 'after', re: w("s'empar\\p{L}*|empare(?:e|s|es)?|(?:re)?pris(?:e|es)?(?! sur| de plus belle)|(?:re)?prend\\p{L}*|reprise(?! des (?:combats|bombardements|raids|frappes|tirs))|(?:re)?conqu\\p{L}*|prise|pris le controle|prendre le controle|investi\\p{L}*|libere\\p{L}*|captur\\p{L}*|(?:re)?prise du controle") },
    { kind: 'withdrawal', direction: 'after', re: w("(?:se sont |s'est |se |s'etaient )?retire(?:e|s|es)?|retrait|(?:ont |a )?perdu|perd\\p{L}*|perte|abandonn\\p{L}*") },
    { kind: 'partial-hint', re: w("la moitie|une partie|partie (?:de|du|des)|\\d+ ?(?:%|pour ?cent)|positions?|pans? entiers?|une grande partie|quelques secteurs") },
    { kind: 'statement', direction: 'before', re: w("(?:est |sont |etait |etaient |desormais |encore |toujours )*sous (?:le )?controle (?:de|du|des)|(?:est |sont )?aux mains (?:de|du|des)|tenue?s? par|controlee?s? par") },
    { kind: 'statement', direction: 'after', actor: 'rebel', re: w('(?:quartiers?|secteurs?|zones?|partie|bastion|fief|poche)(?: encore)? (?:rebelles?|insurges?|tenus? par les rebelles)|en zone rebelle') },
    { kind: 'statement', direction: 'before', actor: 'rebel', re: w('en zone rebelle|(?:quartiers? |secteurs? )?(?:tenus? |controles? )?par les rebelles') },
    { kind: 'statement', direction: 'after', actor: 'regime', re: w('(?:quartiers?|secteurs?|zones?|partie) (?:gouvernementa(?:l|le|ux|les)|loyalistes?|sous controle gouvernemental)|zone gouvernementale') },
    { kind: 'fighting', re: w("combats?|affrontements?|bataille|offensive|assaut|attaque|progress\\p{L}*|avanc\\p{L}*|accrochages|resist\\p{L}*|violents combats") },
    { kind: 'bombardment', re: w("bombard\\p{L}*|raids?|frappes?|barils?|obus|roquettes?|tirs?|pilonn\\p{L}*|missiles?|explos\\p{L}*|decombres|detrui\\p{L}*|ruines?|vises?") },
    { kind: 'displacement', re: w("deplace(?:e|s|es)?|fui(?:r|s|t|ent)?|fuy\\p{L}*|fuite|refugi\\p{L}*|exode|evacu\\p{L}*|quitte(?:r|s|e|es|nt)?|reviennent|revenir|retrouvent leur quartier|dorment") },
  ],
  en: [
    { kind: 'capture', direction: 'before', re: w('fell to|fallen to|(?:captured|taken|seized|retaken|recaptured|overrun) by|(?:is|are|was|were) (?:now )?(?:in the hands|under the control) of|under (?:the )?(?:full )?control of') },
    { kind: 'capture', direction: 'after', fromLoser: true, re: w('(?:retook|recaptured|took|seized|wrested|captured) from') },
    { kind: 'capture', direction: 'after', re: w("seiz\\p{L}*|captur\\p{L}*|(?:re)?took|retak\\p{L}*|recaptur\\p{L}*|(?:took|take|taken|gained|gain|gets|get|got|have|has) (?:full )?control(?: of| on)?|overr?an|stormed|liberat\\p{L}*|took over|taken over|(?:re)?gained") },
    { kind: 'withdrawal', direction: 'after', re: w("withdr\\p{L}*|withdrawal|lost|losing|lose|pulled out of|pull out of|retreat\\p{L}*|abandon\\p{L}*") },
    { kind: 'partial-hint', re: w('half of|part of|parts of|\\d+ ?(?:%|percent|per cent)|positions? (?:in|at)|much of|most of') },
    { kind: 'statement', direction: 'before', re: w('held by|controlled by|under (?:the )?control of|in the hands of') },
    { kind: 'statement', direction: 'after', actor: 'rebel', re: w('rebel-held|rebel held|opposition-held|opposition-controlled|rebel-controlled|rebel stronghold of') },
    { kind: 'statement', direction: 'after', actor: 'regime', re: w('government-held|government-controlled|regime-held|regime-controlled') },
    { kind: 'fighting', re: w('fight\\p{L}*|clash\\p{L}*|battles?|offensive|assault|attack\\p{L}*|push\\p{L}*|advanc\\p{L}*|onslaught|targeting') },
    { kind: 'bombardment', re: w('shell\\p{L}*|air ?strikes?|strikes?|barrel bombs?|bomb\\p{L}*|rockets?|mortars?|raids?|rubble|destroy\\p{L}*|damaged') },
    { kind: 'displacement', re: w('fled|flee\\p{L}*|displaced|evacuat\\p{L}*|refugees?|travelled into|left|convoys?') },
  ],
  ar: [
    { kind: 'capture', direction: 'after', re: /(?:تمكن\S* من )?(?:ال)?سيطر\S*(?: على)?|تستعيد السيطرة(?: بشكل كامل)? على|استعاد\S*|استعادته|سيطرت/gu },
    { kind: 'partial-hint', re: /\d+ ?%|نصف|جزء/gu },
    { kind: 'statement', direction: 'before', re: /(?:الواقعة |التي )?(?:تحت سيطرة|تسيطر عليها)/gu },
    { kind: 'fighting', re: /معارك|اشتباكات|هجوم|ضارية|تدافع/gu },
    { kind: 'bombardment', re: /قصف|غارات|براميل|صواريخ/gu },
    { kind: 'displacement', re: /فر\S*|نزوح|إجلاء|اجلاء|غادر\S*/gu },
  ],
};

/** Words that undo or weaken an event when they stand near its verb. */
export const MODALITY: Record<Language, { negation: RegExp; unreal: RegExp; hedge: RegExp; conditional: RegExp }> = {
  fr: {
    negation: w("ne|n'\\p{L}*|pas|jamais|sans|ni"),
    unreal: w("va|vont|allait|allaient|ira|iront|pour (?:tenter de )?\\p{L}+|tente\\p{L}* de|tenter de|veu\\p{L}+|sur le point de|en passe de|risque\\p{L}*|menace\\p{L}*|afin de|objectif|\\p{L}{3,}(?:era|eront|ira|iront|ra|ront)|appel\\p{L}* a|voudra"),
    conditional: w("\\p{L}+(?:rait|raient)|pourr\\p{L}+|aurai\\p{L}+"),
    hedge: w("selon\\p{L}*|d'apres|affirm\\p{L}*|annonc\\p{L}*|declar\\p{L}*|rapport\\p{L}*|indiqu\\p{L}*|assur\\p{L}*|de sources?"),
  },
  en: {
    negation: w("not|n't|no|never|failed to|without"),
    unreal: w("will|would|aim\\p{L}*|try\\p{L}*|trying to|attempt\\p{L}*|expected to|set to|poised to|in order to|threaten\\p{L}*|could|may|might"),
    conditional: w('reportedly|allegedly|claimed'),
    hedge: w('said|says|according to|claim\\p{L}*|reported|reports|announced'),
  },
  ar: {
    negation: /(?<![\p{L}])(?:لم|لا|لن)(?![\p{L}])/gu,
    unreal: /(?<![\p{L}])(?:سوف|ست\S+)(?![\p{L}])/gu,
    conditional: /(?<![\p{L}])قد(?![\p{L}])/gu,
    hedge: /حسب|وفق|نقل|ذكرت|قال/gu,
  },
};

/** "ce quartier", "this district": a place named in an earlier sentence. */
export const ANAPHORA: Record<Language, RegExp> = {
  fr: w('ce quartier|cet quartier|ce secteur|ce district'),
  en: w('this district|this neighbou?rhood|the district'),
  ar: /هذا الحي/gu,
};
