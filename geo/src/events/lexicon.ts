/**
 * The words that make an event, per language, as regular expressions over folded text
 * (lower case, accents stripped, same length as the original: offsets carry over).
 * Written for the press's real phrasing; extend here, not in the extractor.
 */
import type { Actor, EventKind } from './types';
import type { Language } from '../text/language';
import { foldKeepingOffsets } from '../text/spans';

/** Which side of the verb the place stands: "s'emparer de X" (after), "X est tombé aux mains de" (before). */
export type Direction = 'after' | 'before';

export interface CuePattern {
  kind: EventKind | 'partial-hint';
  direction?: Direction;
  /** For a statement, the side the words themselves name ("quartiers rebelles"). */
  actor?: Actor;
  /** "repris aux rebelles": the actor named after these words lost the place. */
  fromLoser?: boolean;
  /** Only at the head of a clause: "désormais aux mains du régime, Massaken Hanano...". */
  fronted?: boolean;
  /** A verb whose subject (before it) is the side: "l'armée contrôle désormais 60% de...". */
  verbal?: boolean;
  /** "sous son contrôle": the side is the last one named before. */
  pronoun?: boolean;
  /**
   * A partial hint that says "inside" ("des bâtiments dans le quartier de X"): a part taken,
   * but only with a verb of taking; people "dans le quartier ... contrôlé par" are not a share.
   */
  within?: true;
  /** A verb of going in ("entered", "pénétré dans", "دخلت"): at most a part taken, the rest fought over. */
  entry?: true;
  /**
   * Set by the reader on a verb of taking or losing in the passive ("a été conquis par", "was
   * liberated by"): the place is its subject, before it, and the side its agent, after "par"/"by".
   */
  passive?: true;
  re: RegExp;
}

/**
 * The armed groups the press names by name, spelt as the French and English press spell them
 * (after folding: lower case, no accents). A group's name is its side.
 */
const REBEL_GROUPS =
  "revolutionaries|revolutionary forces|revolutionnaires|(?:jai[cs]h|jay[cs]h) al-(?:moujahidine|mujahideen|mujahidin|fatah|fateh|islam|tahrir)|nour (?:al-din|ed-?dine|eddin) (?:al-)?z[ei]n[gk]i|nureddin (?:al-)?z[ei]n[gk]i|(?:al-)?z[ei]n[gk]i|ahrar al-(?:cham|sham)|faylaq al-(?:cham|sham)|sham legion|fastaqim|fastakim|army of conquest|armee de la conquete|levant front|front du levant|al-jabha al-shamiya|jabhat (?:fateh|fatah) al-(?:cham|sham)";
const REGIME_ALLIES =
  "liwa+ al[- ](?:qods|quds)|hezbollah|hizbollah|hizballah|tiger forces|forces du tigre|national defen[cs]e forces|forces de defense nationale|harakat al-nujaba|al-nujaba|nujaba|(?:iranian|iranian-backed|shiite|shia|iraqi) militias?|milices? (?:iraniennes|pro-iraniennes|irakiennes)";

const w = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');

export const ACTORS: Record<Language, [Actor, RegExp][]> = {
  fr: [
    ['rebel', w(REBEL_GROUPS + "|combattants anti-regime|anti-regime|rebelles?|rebellion|insurges?|insurrection|opposition(?: armee)?|opposants?|d?jihadistes?|fateh al-cham|front al-nosra|al-nosra|fatah halab|groupes? armes?|terroristes?|separatistes?|islamistes?|extremistes?|radicaux|(?:tirs|roquettes|obus) (?:des )?rebelles")],
    ['kurdish', w("kurdes?|forces kurdes|combattants kurdes|milices? kurdes?|ypg|fds|asayi?[sc]h|unites de protection du peuple|forces democratiques syriennes")],
    // Adjectives name a side too: "les forces prorégime", "frappes russes et syriennes".
    ['regime', w(REGIME_ALLIES + "|(?<=controle )gouvernementa(?:l|le)|unites de l'armee(?: arabe)?(?: syrienne)?|unites militaires|forces armees(?: syriennes)?|(?<=(?:les|des) )militaires|armee(?: syrienne| de damas| de bachar al-assad)?|regime(?: syrien)?|forces (?:gouvernementales|pro-?gouvernementales|du regime|pro-?regime|syriennes|loyalistes|de damas|d'assad|militaires)|forces loyales(?: (?:au|du) regime| a damas| au gouvernement)?|pro-?regime|pro-?gouvernementa\\p{L}*|milices? (?:chiites|pro-?\\p{L}+)|troupes(?: du regime| syriennes| loyalistes| gouvernementales)?|loyalistes|damas|soldats(?: syriens)?|militaires syriens|gouvernement(?: syrien)?|(?:frappes|raids|bombardements|aviation|avions|artillerie)(?: aerien(?:ne)?s?)? (?:russes?|syrien(?:ne)?s?|du regime|gouvernementa\\p{L}*)(?: et (?:russes?|syrien(?:ne)?s?))?")],
  ],
  en: [
    ['rebel', w(REBEL_GROUPS + "|anti-government|rebels?|rebel fighters|insurgents?|opposition(?: fighters| forces)?|militants?|terrorists?|islamists?|\"?islamist rebels\"?|jihadists?|armed groups?|fatah halab|al-nusra|nusra front|fateh al-sham")],
    ['kurdish', w("kurds|kurdish(?: forces| fighters| militias?| militants?)?|kurdish-led|ypg|sdf|asayi?[sc]h|people's protection units|syrian democratic forces")],
    ['regime', w(REGIME_ALLIES + "|(?:the )?syrian (?:arab )?army|syrian armed forces|(?:syrian )?military forces|(?:the|syrian) military(?! source| sources| official)|(?:the )?army|government(?:'s)? (?:forces|troops)|government|pro-government(?: forces| fighters)?|pro-assad(?: forces| fighters| troops)?|assad(?:'s)? (?:forces|troops|loyalists)|regime(?: forces)?|troops|loyalists|saa|republican guard|liwaa al quds|allied forces|allies|(?:russian|syrian)(?: and (?:russian|syrian))? (?:air ?strikes|jets|warplanes)")],
  ],
  ar: [
    // Each side's own words for the rebels too: "الثوار" (opposition media), "الإرهابيين" (state media).
    ['rebel', /الفصائل(?: المعارضة)?|فصائل المعارضة|فصائل|جيش الفتح|فتح حلب|(?:حركة )?نور الدين الزنكي|(?:حركة )?أحرار الشام|احرار الشام|فيلق الشام|الجبهة الشامية|جيش المجاهدين|جيش الإسلام|جيش الاسلام|تجمع فاستقم|المعارضة(?: المسلحة)?|المعارضين|المسلحين|الإرهابيين|الارهابيين|المتمردين|الثوار|الجيش (?:السوري )?الحر|جبهة (?:فتح الشام|النصرة)|الكتائب/gu],
    ['kurdish', /الأكراد|الاكراد|الكردية|الكرد|وحدات حماية الشعب|وحدات الحماية|الأسايش|الاسايش|الآسايش|قوات سوريا الديمقراطية|قسد/gu],
    ['regime', /الجيش(?: السوري| العربي السوري)?|قوات النظام|جيش النظام|قوات الأسد|النظام(?: السوري)?|القوات الحكومية|القوات الرديفة|الميليشيات (?:الشيعية|الإيرانية|الموالية|العراقية|الأفغانية)|ميليشيات (?:النظام|الأسد|عراقية|إيرانية|ايرانية)|حزب الله|الدولة السورية|الحرس الجمهوري|قوات النمر|لواء القدس|(?:قوات )?الدفاع الوطني|القوات النظامية|القوات الموالية|(?:المسلحين|المسلحون|المقاتلين|المقاتلون|الميليشيات|المليشيات|القوات|المجموعات) الموالي(?:ن|ة)? (?:لها|له|للنظام|للحكومة|للجيش)/gu],
  ],
};

export const CUES: Record<Language, CuePattern[]> = {
  fr: [
    // A bare "tombé" is a fall (Alep-Est, le fief rebelle tombé...), unless something falls on a place
    // ("tombés à X"); "tombé à son tour" (in turn) is still a fall.
    { kind: 'capture', direction: 'before', re: w("(?:re)?tombe(?:e|s|es)?(?:, [^,.;]{1,40},)? (?:aux|entre les) mains (?:de|du|des)|(?:re)?tombe(?:e|s|es)? sous (?:le )?controle|(?:re)?pris(?:e|es)?(?: (?!(?:de|du|des|d')(?![\\p{L}]))[\\p{L}\\d]+){0,3},? par|(?:re)?passe(?:e|s|es)?(?: [\\p{L}\\d]+){0,2}? sous (?:le )?controle|(?:est |sont )?tombe(?:e|s|es)?(?! sur| dans| a (?!(?:son|leur) tour)| au| en | pres)") },
    { kind: 'capture', direction: 'before', fromLoser: true, re: w('(?:recemment )?(?:re)?pris(?:e|es)? (?:aux|a la)(?: mains (?:de|des))?') },
    { kind: 'capture', direction: 'before', re: w('(?:a |ont |avait |avaient )?change(?:nt)? de mains?') },
    { kind: 'capture', direction: 'after', fromLoser: true, re: w('(?:re)?pris(?:e|es)? (?:aux|a la)(?: mains (?:de|des))?') },
    // "les tirs ont repris sur..." is "resumed", not "retook".
    // "prendre des mois" takes time, not a place.
    { kind: 'capture', direction: 'after', re: w("s'empar\\p{L}*|empare(?:e|s|es)?|(?:re)?pris(?:e|es)?(?! sur| de plus belle| (?:le chemin|la route|la direction|la fuite|part|refuge|la parole|soin|fin|le relais)(?![\\p{L}]))|(?:re)?prend\\p{L}*(?! (?:des|plusieurs|quelques|du|de longs) (?:mois|semaines|jours|annees|temps))|(?:re)?prenant|securise(?:e|s|es|nt)?(?! par)|reprise(?! des (?:combats|bombardements|raids|frappes|tirs))|(?:re)?conqu\\p{L}*|prise|pris le controle|prendre le controle|investi\\p{L}*|libere\\p{L}*|captur\\p{L}*|(?:re)?prise du controle|chute|r[e]?tabli\\p{L}* (?:le |son )?controle (?:sur|de|du|des)|etendu (?:son|leur) controle (?:a|au|aux|sur)|etend(?:ent)? (?:son|leur) controle (?:a|au|aux|sur)|(?:ont |a |avaient |avait |ayant )chasse\\p{L}*|chassant|(?:mis|mettre|met|mettent|mettant) la main sur|(?:fait|faire|font|faisant) tomber|(?:pris|prendre|prennent|prenant) possession (?:de|du|des|d')|(?:ont |a |avaient |avait |ayant )?deloge(?:r|nt|s)?(?=(?: [\\p{L}'-]+){1,4} (?:de|du|des|d'))|(?:ont |a |avaient |avait |ayant )?repousse(?:r|nt|s)?(?=(?: [\\p{L}'-]+){1,4} hors (?:de|du|des|d'))|drapeau(?: [\\p{L}-]+){0,2} (?:a ete |est |fut )?(?:hisse|plante|flotte(?: desormais)?) (?:sur|au-dessus d[eu']|a)|(?:ramene|retabli|restaure)(?:s)? (?:la securite|l'ordre|le calme)(?: et la stabilite)? (?:a|au|aux|dans)|rendue?s? ma[iî]tres?(?:ses?)? (?:de|du|des|d')") },
    { kind: 'capture', direction: 'after', entry: true, re: w("(?:sont |est |etaient |etait )?(?:entree?s?|penetree?s?) (?:dans|a l'interieur)|(?:ont |a |avaient |avait )?(?:progresse(?:nt|s)?|progressai(?:t|ent)|progressant|avance(?:nt|s)?|avancai(?:t|ent)|avancant)(?: profondement)? (?:dans|a l'interieur)|(?:entr(?:ent|ait|aient|ant)|penetr(?:ent|ait|aient|ant)) (?:dans|a l'interieur)|(?:une )?percee (?:dans|a l'interieur)|(?:ont |a )?atteint le (?:cœur|coeur|centre) (?:de|du|d')|(?:se sont |s'est )?infiltre(?:e|s|es)? (?:dans|a l'interieur)") },
    { kind: 'withdrawal', direction: 'after', re: w("(?:se sont |s'est |se |s'etaient )?(?:retire(?:e|s|es|r)?|repli(?:e|es|s|er|ent)?)|retrait|(?:ont |a )?perdu|perd\\p{L}*|perte|abandonn\\p{L}*|(?:ont |a |avaient |avait )?cede(?:r|nt|s)?|(?:ont |a |avaient |avait )ete (?:chasse|deloge)(?:e|s|es)?") },
    // A share of the place, or things inside it ("la quasi-totalité de", "des bâtiments dans le quartier de"): a partial hold.
    { kind: 'partial-hint', re: w("(?:un|deux|trois) (?:tiers|quarts?) (?:de|du|des|d')|la moitie|une partie|partie (?:de|du|des)|\\d+ ?(?:%|pour ?cent)|positions?|pans? entiers?|une grande partie|quelques secteurs|(?:larges?|grandes?) portions?|portions? (?:de|du|des)|(?:la )?quasi[- ]totalite|(?:la )?majeure partie|(?:la )?plus grande partie|l'essentiel (?:de|du|des)|la plupart (?:de|du|des)|du terrain|partiellement|en (?:grande |majeure )?partie|pris pied|prendre pied|(?:la|une) partie (?:nord|sud|est|ouest|orientale|occidentale|centrale)(?:-(?:est|ouest))?|(?:presque|quasi(?:ment)?) (?:entierement|totalement|completement)") },
    { kind: 'partial-hint', within: true, re: w("(?:batiments|immeubles|sites|pates de maisons|rues|points|usines)|(?:a l'interieur|au sein) (?:de|du|des)|dans (?:le |la |l')?(?:quartier|secteur|district)") },
    { kind: 'statement', direction: 'before', re: w("(?:est |sont |etait |etaient |desormais |encore |toujours )*sous (?:le )?controle (?:de|du|des)|(?:est |sont )?(?:aux|entre les) mains (?:de|du|des)|tenue?s? par|controlee?s? par|occupee?s? par|(?:inspecte|patrouille|quadrille|securise)(?:e|s|es)? par|que (?:controlent|controle|tiennent|tient)") },
    // "partie d'Alep-Est": the elided article runs into the name, so no word boundary after it.
    { kind: 'partial-hint', re: /(?<![\p{L}\p{N}])(?:partie|moitie) d'/gu },
    // "sous son contrôle": the side is the one the sentence named before.
    { kind: 'statement', direction: 'before', pronoun: true, re: w("(?:est |sont )?(?:desormais |deja |encore |toujours )*sous (?:son|leur) (?:plein |entier )?controle") },
    // "Seule consolation : désormais aux mains du régime, Massaken Hanano..." (set at the head of its clause).
    { kind: 'statement', direction: 'after', fronted: true, re: w("(?:desormais |deja |encore |toujours )*(?:aux|entre les) mains (?:de|du|des)|(?:desormais |deja |encore |toujours )*sous (?:le )?controle (?:de|du|des)") },
    // "l'armée contrôle désormais 60% de Massaken Hanano": the subject holds it.
    { kind: 'statement', direction: 'after', verbal: true, re: w("(?<!(?:le|du|au|son|sa|leur|un|sous|de|d'un|total|plein) )(?:controle|controlent|controlai(?:t|ent)|tient|tiennent)(?: (?:desormais|maintenant|encore|toujours|deja|dorenavant))?") },
    { kind: 'statement', direction: 'after', actor: 'rebel', re: w("(?:quartiers?|secteurs?|zones?|partie|bastion|fief|poche)(?: encore)? (?:rebelles?|insurges?|(?:tenus?|controles?) par les (?:rebelles|insurges)(?: (?:dans|de|d'|a))?)|en zone rebelle") },
    { kind: 'statement', direction: 'before', actor: 'rebel', re: w('en zone rebelle|(?:quartiers? |secteurs? )?(?:tenus? |controles? )?par les rebelles') },
    { kind: 'statement', direction: 'after', actor: 'regime', re: w('(?:quartiers?|secteurs?|zones?|partie) (?:gouvernementa(?:l|le|ux|les)|pro-?gouvernementa(?:l|le|ux|les)|pro-?regime|loyalistes?|sous controle gouvernemental)|zone gouvernementale') },
    { kind: 'fighting', re: w("encercl\\p{L}*|combats?|affrontements?|bataille|offensive|assaut|attaque|progress\\p{L}*|avanc\\p{L}*|accrochages|resist\\p{L}*|violents combats") },
    { kind: 'bombardment', re: w("bombard\\p{L}*|raids?|frappes?|barils?|obus|roquettes?|tirs?|pilonn\\p{L}*|missiles?|explos\\p{L}*|decombres|detrui\\p{L}*|ruines?|vises?") },
    { kind: 'displacement', re: w("deplace(?:e|s|es)?|fui(?:r|s|t|ent)?|fuy\\p{L}*|fuite|(?<!camps? (?:de |des )?)refugi\\p{L}*|exode|evacu\\p{L}*|quitte(?:r|s|e|es|nt)?|reviennent|revenir|retrouvent leur quartier|dorment") },
  ],
  en: [
    { kind: 'capture', direction: 'before', re: w('fell to|fallen to|(?:handed|turned) over to|(?:captured|taken|seized|retaken|recaptured|overrun) by|(?:is|are|was|were) (?:now )?(?:in the hands|under the control) of|under (?:the )?(?:full )?control of') },
    { kind: 'capture', direction: 'after', fromLoser: true, re: w('(?:retook|recaptured|took|seized|wrested|captured) from') },
    // "X changed hands": a change whose side comes from the state before.
    { kind: 'capture', direction: 'before', re: w('(?:changed|changing|has changed|have changed) hands') },
    // "X fell on Monday", "X has fallen": a fall, which names no taker (not "fell silent", "fell back").
    { kind: 'capture', direction: 'before', re: w('(?:fell|(?:has|have|had) fallen)(?! (?:silent|ill|apart|back|short|victim|asleep|quiet|into|onto|upon|below|under|off|behind|through|on (?:the|a|an|its|their|his|her)(?![\\p{L}])))') },
    { kind: 'capture', direction: 'after', re: w("secured|seiz\\p{L}*|captur\\p{L}*|overrunning|assum(?:ed|es|ing) (?:full )?control (?:of|over)|w(?:on|ins|inning) (?:back|(?:full )?control (?:of|over))|dislodg\\p{L}*(?=(?: [\\p{L}'-]+){1,4} from)|declar(?:ed|es|ing)(?=(?: [\\p{L}'-]+){1,3} (?:secure|safe|free of|cleared of|liberated))|(?:raised|hoisted|planted) (?:the |their |its |a )?(?:[\\p{L}-]+ )?flags? (?:over|in|above|on)|flags? (?:was|were|has been|had been) (?:raised|hoisted|planted) (?:over|in|above|on)|restor(?:ed|es|ing) (?:security|order|stability|calm|control)(?: and (?:security|order|stability))? (?:to|in|over)|clear(?:ed|s|ing)(?=(?: [\\p{L}'-]+){0,4} of (?:(?:the )?(?:last )?(?:rebels?|terrorists?|militants?|insurgents?|gunmen|fighters)))|(?:re)?t(?:ook|ake|akes|aking)(?! (?:part|refuge|shelter|cover|the road|the route|aim|place|hold|turns|time|weeks|months|days|years)(?![\\p{L}]))|retak\\p{L}*|recaptur\\p{L}*|(?:took|takes?|taken|taking|gained|gain|gets|get|got|have|has) (?:full )?control(?: of| on| over)?|overr?an|stormed|liberat\\p{L}*|took over|taken over|wrest(?:ed|s|ing)?|(?:swept|sweeping|sweeps) (?:through|into)|takeover of|(?:extended|extends|extending) (?:its|their|the) control (?:to|over)|(?:had|has|have|having) (?:now )?taken|(?:re)?gained|fall of") },
    { kind: 'capture', direction: 'after', entry: true, re: w('entered|entering|(?:pushed|pushing|broke|breaking|moved|moving|advanced|advancing|made inroads|making inroads)(?: deep| deeper| further)? (?:into|inside)|breached (?:the )?(?:rebel |government |army )?(?:defen[cs]es|lines) (?:in|of)|reached the (?:heart|centre|center) of') },
    // "drove government troops out of X": the subject takes what the object loses.
    { kind: 'capture', direction: 'after', re: w('(?:drove|driven|chased|kicked|forced|pushed|expelled|ousted|evicted)(?=(?: [\\p{L}\'-]+){1,4} (?:out of|from))') },
    { kind: 'withdrawal', direction: 'after', re: w("fell back from|pulled back from|withdr\\p{L}*|withdrawal|lost|losing|lose|loss of|g(?:ave|ive|iving|iven) up|surrender(?:ed|s|ing)?(?! to)|ced(?:ed|es|ing|e)|forced to (?:leave|abandon|quit)|pulled out of|pull out of|retreat\\p{L}*|abandon\\p{L}*|(?:pushed|driven|forced|chased|kicked) out of|expelled from|ousted from") },
    { kind: 'partial-hint', re: w('(?:a|one|two|three) (?:third|quarter)s? of|two-thirds of|three-quarters of|half of|part of|parts of|\\d+ ?(?:%|percent|per cent)|positions? (?:in|at)|much of|most of|large parts|swathes of|nearly all(?: of)?|almost all(?: of)?|the bulk of|the majority of|sections? of|ground|partially|partly|in part|(?:a )?foothold|(?:northern|southern|eastern|western|central) (?:half|part|parts|section|sections|edge)|(?:almost|nearly) (?:completely|entirely|fully)') },
    { kind: 'partial-hint', within: true, re: w('(?:buildings?|sites?|blocks?|streets?|points?) (?:in|inside|within|of)|inside|within') },
    { kind: 'statement', direction: 'before', re: w('held by|controlled by|occupied by|under (?:the )?control of|in the hands of|(?:patrolled|inspected|secured) by') },
    { kind: 'statement', direction: 'after', verbal: true, re: w('(?:is|are|was|were|remains?|now)(?: now)? in (?:full |total )?control of|controls|(?:still |now )?holds?|(?:now|still|already|effectively|fully|firmly) control(?! of)|controlled(?! by)') },
    { kind: 'statement', direction: 'after', actor: 'rebel', re: w('rebel-held|rebel held|opposition-held|opposition-controlled|rebel-controlled|rebel stronghold of') },
    { kind: 'statement', direction: 'after', actor: 'regime', re: w('government-held|government-controlled|regime-held|regime-controlled') },
    { kind: 'statement', direction: 'after', actor: 'kurdish', re: w('kurdish-held|kurdish-controlled|kurdish-run|ypg-held|ypg-controlled') },
    // "X remains in rebel hands": the holder named by an adjective, after the place.
    { kind: 'statement', direction: 'before', actor: 'rebel', re: w('(?:(?:remains?|is|are|still|now|firmly) )*in (?:rebel|opposition|insurgent) hands') },
    { kind: 'statement', direction: 'before', actor: 'regime', re: w('(?:(?:remains?|is|are|still|now|firmly) )*in (?:government|regime|army) hands') },
    { kind: 'statement', direction: 'before', actor: 'kurdish', re: w('(?:(?:remains?|is|are|still|now|firmly) )*in kurdish hands') },
    // "X is now fully under government control": the holder named by an adjective, after the place.
    { kind: 'statement', direction: 'before', actor: 'regime', re: w('(?:(?:remains?|is|are|still|now|fully|firmly|completely|entirely) )*under (?:full )?(?:government|regime|army|syrian government) control') },
    { kind: 'statement', direction: 'before', actor: 'rebel', re: w('(?:(?:remains?|is|are|still|now|fully|firmly|completely|entirely) )*under (?:full )?(?:rebel|opposition|insurgent) control') },
    { kind: 'statement', direction: 'before', actor: 'kurdish', re: w('(?:(?:remains?|is|are|still|now|fully|firmly|completely|entirely) )*under (?:full )?(?:kurdish|ypg|sdf) control') },
    { kind: 'fighting', re: w('encircl\\p{L}*|surround\\p{L}*|fight(?!ers?\\b)\\p{L}*|clash\\p{L}*|battles?|offensive|assault|attack\\p{L}*|push\\p{L}*|advanc\\p{L}*|onslaught|targeting') },
    { kind: 'bombardment', re: w('shell\\p{L}*|air ?strikes?|strikes?|barrel bombs?|bomb\\p{L}*|rockets?|mortars?|raids?|rubble|destroy\\p{L}*|damaged') },
    { kind: 'displacement', re: w('fled|flee\\p{L}*|displaced|evacuat\\p{L}*|refugees?(?! camps?)|travelled into|left|convoys?') },
  ],
  ar: [
    // "خسرت الفصائل ... سيطرتها على": control lost, the object of the verb of loss, is no capture;
    // but "خسرت ... بعد سيطرة قوات النظام على": after another's taking, a clause of its own.
    { kind: 'capture', direction: 'after', re: /(?<![\p{L}])(?=[وف]?(?:(?:تمكن\S* من )?(?:ال|بال|لل)?سيطر|تستعيد))(?<!(?:خسر\S*|خسارة|فقدت|فقدوا|فقدان) )(?<!(?:خسر\S*|خسارة|فقدت|فقدوا|فقدان)(?: \S+){0,7} (?!(?:بعد|عقب|إثر|اثر|منذ|قبل) )\S+ )(?<!(?:مناطق|منطقة|أحياء|احياء|خطوط|مناطق خاضعة ل) )[وف]?(?:(?:تمكن\S* من )?(?:ال|بال|لل)?سيطر\S*(?: على)?|تستعيد السيطرة(?: بشكل كامل)? على)|استعاد\S*|استعادته/gu },
    // The state press's words for a capture: "حررت ... أحياء", "أعاد الأمن والاستقرار إلى" (restored security to).
    { kind: 'capture', direction: 'after', re: /(?<![\p{L}])[وف]?(?:حرر\S*|تحرير|[أا]عاد\S*(?=(?: \S+){0,12}? ال[أا]من(?: والاستقرار)? [إا]لى))/gu },
    // "أحكمت ... قبضتها على" (tightened its grip on): the subject holds the place.
    { kind: 'capture', direction: 'after', re: /(?<![\p{L}])قبضت\S* على/gu },
    // "أخرجت قوات النظام مقاتلي المعارضة من حي X" (drove ... out of), "رفعت ... العلم في" (raised the flag in).
    { kind: 'capture', direction: 'after', re: /(?<![\p{L}])[وف]?(?:أخرج\S*|اخرج\S*)(?= (?:\S+ ){1,4}?من)|(?<![\p{L}])[وف]?رفع\S* (?:\S+ ){0,3}?العلم(?: \S+){0,2}? (?:في|فوق|على)(?![\p{L}])/gu },
    // "الخروج من" (leaving), only with fighters named within five words of it: civilians leave too.
    { kind: 'withdrawal', direction: 'after', re: /(?<![\p{L}])(?:(?<=(?:مقاتل\S*|عناصر|الفصائل|فصائل|المسلحين|المسلحون|الثوار|المعارضة)(?: \S+){0,4} )|(?=(?:\S+ ){1,5}?(?:مقاتل\S*|عناصر|الفصائل|فصائل|المسلحين|المسلحون|الثوار|المعارضة)))[وف]?(?:(?:ال|بال|لل)?خروج|خرج\S*)(?=(?: \S+){0,5} من)/gu },
    // "طهرت وحدات الجيش حي X" (purged X, the state press's word for a capture).
    { kind: 'capture', direction: 'after', re: /(?<![\p{L}])[وف]?(?:طهر\S*|(?:ال|بال|لل)?تطهير)(?![\p{L}])(?=(?: \S+){0,6} من (?:ال)?(?:إرهاب|ارهاب|مسلح|فلول|عصابات|تنظيمات|جماعات))/gu },
    // "انتزعت ... من أيدي" (wrested from the hands of), "استرجاع" (taking back).
    { kind: 'capture', direction: 'after', re: /(?<![\p{L}])[وف]?(?:انتزع\S*|استرجع\S*|(?:ال|بال|لل)?استرجاع)(?![\p{L}])/gu },
    // "أصبح حي X تحت سيطرة", "باتت قوات النظام تسيطر على": verbs of becoming make the holding new, as "passé sous le contrôle".
    { kind: 'capture', direction: 'before', re: /(?<=(?:أصبح|أصبحت|اصبح|اصبحت|بات|باتت|صار|صارت|أضحى|أضحت|اضحى|اضحت|عاد|عادت)(?: \S+){0,6} )(?:تحت|إلى|الى) سيطرة(?![\p{L}])/gu },
    // "خرج حي X عن سيطرة الفصائل" (left the factions' control): the side named after loses it.
    { kind: 'withdrawal', direction: 'before', re: /(?<=(?:خرج|خرجت)(?: \S+){0,6} )عن سيطرة(?![\p{L}])/gu },
    { kind: 'capture', direction: 'after', re: /(?<=(?:أصبحت|اصبحت|باتت|صارت|أضحت|اضحت|أصبح|اصبح|بات|صار)(?: \S+){0,4} )(?:تسيطر|يسيطر|يسيطرون) على(?![\p{L}])/gu },
    // "استولت ... على" (seized), "طردت ... من" (expelled ... from): the subject takes the place.
    { kind: 'capture', direction: 'after', re: /(?<![\p{L}])[وف]?(?:استول\S*(?= (?:\S+ ){0,4}?على)|طرد\S*(?= (?:\S+ ){0,5}?من))/gu },
    // "سقوط حي X", "سقط الحي": a fall, which names no taker.
    // Shells and the dead fall too ("سقوط قذائف", "سقوط قتلى"): only a place's fall counts.
    // "سقط حي X بيد قوات النظام": into the hands of the side named after it.
    { kind: 'capture', direction: 'after', re: /(?<![\p{L}])[وف]?(?:سقوط|سقط\S*)(?= (?:حي|أحياء|احياء|مدينة|منطقة|مخيم|معقل|آخر|اخر|كامل)(?![\p{L}]))/gu },
    // "X ... سقط بيد قوات النظام", "وقع في قبضة": the place fell into the hands of the side named after, as "tombé aux mains de".
    { kind: 'capture', direction: 'before', re: /(?<![\p{L}])[وف]?(?:سقط|سقطت|وقع|وقعت)\s+(?:بيد|في يد|بأيدي|بايدي|في أيدي|في ايدي|في قبضة|تحت سيطرة)(?![\p{L}])/gu },
    { kind: 'capture', direction: 'after', entry: true, re: /(?<![\p{L}])[وف]?(?:دخل\S*|دخول|توغل\S*|اقتحم\S*|اقتحام|(?:ال)?تقدم\S*(?=(?: \S+){0,4} (?:في|داخل|إلى داخل|الى داخل)(?: (?:أطراف|اطراف|عمق|أجزاء من|اجزاء من))? (?:حي|أحياء|احياء)))/gu },
    // "خسرت الفصائل ... سيطرتها على": lost; "انسحب": withdrew (the side that loses follows the verb).
    { kind: 'withdrawal', direction: 'after', re: /(?<![\p{L}])[وب]?(?:خسر\S*|خسارة|فقدت|فقدوا|فقدان|انسحب\S*|(?:ال|بال|لل)?انسحاب)/gu },
    { kind: 'partial-hint', re: /\d+ ?%|نصف|ثلثي|ثلث|ربع|ثلاثة أرباع|(?:ال)?(?:قسم|شطر) (?:ال)?(?:شمالي|جنوبي|شرقي|غربي)|جزء|جزئيا|جزئياً|موطئ قدم|(?:بشكل )?شبه (?:كامل|تام)|بشكل جزئي|(?<![\p{L}])(?:معظم|أغلب|اغلب|أجزاء|اجزاء|القسم الأكبر)(?![\p{L}])/gu },
    { kind: 'partial-hint', within: true, re: /(?<![\p{L}])(?:ال)?(?:مواقع|موقع|نقاط|أطراف|اطراف|داخل|كتل|أبنية|ابنية|مباني|بنايات|شوارع|أحياء من|احياء من)(?![\p{L}])/gu },
    // "المناطق الخاضعة لسيطرة الثوار": under the rebels' control, the holder, never a capture.
    { kind: 'statement', direction: 'before', re: /(?:الواقعة |التي )?(?:تحت سيطرة|تسيطر عليها)|(?:ال)?خاضع(?:ة|ين)? (?:ل|لـ)\s?سيطرة/gu },
    { kind: 'fighting', re: /معارك|اشتباكات|هجوم|ضارية|تدافع/gu },
    { kind: 'bombardment', re: /قصف|غارات|براميل|صواريخ/gu },
    { kind: 'displacement', re: /فر\S*|نزوح|إجلاء|اجلاء|غادر\S*/gu },
  ],
};

/**
 * Words that undo or weaken an event when they stand near its verb: negation, future,
 * intent and "if" undo it, as does a conditional ("pourrait prendre"); the press's
 * "aurait pris" / "reportedly" is a report, kept with less confidence; "selon" hedges.
 */
export const MODALITY: Record<Language, { negation: RegExp; unreal: RegExp; conditional: RegExp; reported: RegExp; hedge: RegExp }> = {
  fr: {
    // "n'a pas tardé à reprendre" is "soon retook".
    // A denial undoes what it denies: "ont démenti la prise de X".
    negation: w("ne|n'(?!(?:a|ont|avait|avaient) pas tarde)\\p{L}*|(?<!n'(?:a|ont|avait|avaient) )pas(?! tarde)|jamais|sans|ni|dementi\\p{L}*|dement(?:ent)?|nie|nient|nier"),
    // The future: "-era", "-dra", "-rra"... (not any word in -ra: "al-Nosra", "Zahra", "Mistura" are names).
    unreal: w("va|vont|allait|allaient|ira|iront|pour (?:tenter de )?(?:s'|se |l'|les? |la )?\\p{L}+(?:er|ir|re)|tente\\p{L}* de|tenter de|veu\\p{L}+|sur le point de|en passe de|risque\\p{L}*|menace\\p{L}*|afin de|objectif|\\p{L}{2,}(?:e|i|d|r|v|t)r(?:a|ont)|s?aur(?:a|ont)|appel\\p{L}* a|voudra|si|s'ils?|s'elles?|cherch\\p{L}* a|(?<!(?:(?:reussi|parvenue?s?|tarde) a|fini\\p{L}* par|(?:permis|permet\\p{L}*) (?:de|aux? [\\p{L}' -]{1,30}? de)) )(?:(?:re)?prendre|s'emparer|(?:re)?conquerir|liberer|capturer)"),
    conditional: w("(?!(?:aur|ser)ai(?:t|ent)(?![\\p{L}]))\\p{L}+(?:rait|raient)|pourr\\p{L}+"),
    reported: w("(?:aur|ser)ai(?:t|ent)|vraisemblablement"),
    hedge: w("selon\\p{L}*|d'apres|affirm\\p{L}*|annonc\\p{L}*|declar\\p{L}*|rapport\\p{L}*|indiqu\\p{L}*|assur\\p{L}* qu\\p{L}*|(?:a |ont )?soutenu qu\\p{L}*|soutien\\p{L}* qu\\p{L}*|de sources?|precis\\p{L}*|fait etat|ajout\\p{L}*|confirm\\p{L}*|a-t-il|a-t-elle"),
  },
  en: {
    negation: w("not|n't|no|never|failed to|without|denies|denied"),
    // "fighting to retake", "a push to capture": a verb of taking in the infinitive is an aim, not news
    // ("managed to", "allowed them to" excepted: those happened).
    unreal: w("will|would|aim\\p{L}*|try\\p{L}*|trying to|attempt\\p{L}*|expected to|set to|poised to|slated to|due to|scheduled to|plans? to|in order to|threaten\\p{L}*|could|may|might|if|unless|(?<!(?:managed|able|allowed|enabled|helped|went on|proceeded)(?: (?!to\\b)[\\p{L}'-]+){0,6} )to (?:re)?(?:take|capture|seize|gain|storm|control|regain)"),
    conditional: /(?!)/gu,
    reported: w('reportedly|allegedly'),
    hedge: w('said|says|according to|claim\\p{L}*|reported|reports|announced'),
  },
  ar: {
    // "لا يزال" / "ما زال" is "still", not a negation.
    // A denial undoes what it denies: "نفى مصدر ... سيطرة قوات النظام على".
    negation: /(?<![\p{L}])(?:لم|لا(?! (?:يزال|تزال|يزالون|زال|زالت))|لن|نفى|نفت|ينفي|تنفي|نفي|نفوا)(?![\p{L}])/gu,
    // "if" ("إذا", "في حال") undoes as an aim does; a leading "و"/"ف" is the conjunction.
    unreal: /(?<![\p{L}])[وف]?(?:سوف|ست\S+|محاولة|تحاول|يحاول|تسعى|يسعى|بهدف|لاستعادة|من أجل|إذا|اذا|في حال|لو)(?![\p{L}])/gu,
    // "قد" before a past verb is emphatic ("had fled"); before a present one it is "may".
    conditional: /(?<![\p{L}])قد (?=[يت])/gu,
    reported: /(?!)/gu,
    hedge: /حسب|وفق|نقل|ذكرت|قال/gu,
  },
};

/** "pris par les rebelles en 2012": a year before the article's is history, not news ("depuis 2012" still holds). */
export const PAST_YEAR = /(?<![\p{L}\p{N}])(?:en|in|de|d'|l'ete|summer of|fin|late|early|debut|(?<!منذ )(?:عام|سنة|العام))\s+(?:\p{L}+\s+)?((?:19|20)\d\d)(?![\p{N}])/gu;

/** "ce quartier", "this district": a place named in an earlier sentence. */
export const ANAPHORA: Record<Language, RegExp> = {
  fr: w('ce quartier|cet quartier|ce secteur|ce district'),
  en: w('this district|this neighbou?rhood|the district'),
  ar: /هذا الحي/gu,
};

/**
 * Words just before a place that make it a landmark, not the object of the verb:
 * "près de la citadelle", "adjacent to Hanano", "progressent vers al-Halak". Matched
 * against the end of the clause before the place. "les quartiers voisins de X" names X.
 */
export const LOCATIVE: Record<Language, RegExp> = {
  fr: /(?:\b(?:pres|proche|non loin|a cote|aux abords|aux portes|autour|en bordure|a l'(?:est|ouest)|au (?:nord|sud)(?:-(?:est|ouest))?|vers|en direction|au pied)|(?<!(?:quartiers?|secteurs?|districts?) )\b(?:voisine?s?|adjacente?s?|limitrophes?))\s*(?:de |d'|du |des |a |au |aux )?(?:la |le |l'|les )?(?:[\p{L}-]+ ){0,3}$/u,
  // "in nearby Haydariya" and "the outskirts of Tal al-Asfar" are still the place itself.
  en: /\b(?:near|close to|next to|adjacent to|at the foot of|outside(?: of)?|around|towards?|(?:north|south|east|west)(?:-?(?:east|west))? of|(?<!(?:districts?|neighbou?rhoods?|the|a|in|into|to|and) )neighbou?ring)\s+(?:the\s+)?(?:[\p{L}-]+ ){0,3}$/u,
  // "نحو نصف", "نحو 60 في المئة": "about", not "towards".
  ar: /(?:قرب|بالقرب من|محيط|نحو(?! (?:نصف|ثلث|ربع|ثلثي|\d))|باتجاه|عند سفح|أسفل|اسفل)\s+(?:\S+\s+){0,2}$/u,
};

/** "les quartiers d'Alep-Est récemment repris", "six neighbourhoods in ... east Aleppo": some of a group's members. */
export const GROUP_PART_BEFORE: Record<Language, RegExp> = {
  fr: /\b(?:quartiers|secteurs|districts|zones|parties|pans)\b[^,;:.!?]{0,40}?(?:\bde |\bd'|\bdu |\bdans )(?:l')?$/u,
  en: /\b(?:districts|neighbou?rhoods|areas|parts|sections)\b[^,;:.!?]{0,40}?\b(?:of|in)\s+(?:the\s+)?$/u,
  ar: /(?:^|\s)(?:احياء|مناطق)\s+(?:من\s+)?$/u,
};
/** "east Aleppo districts taken by...". */
export const GROUP_PART_AFTER: Record<Language, RegExp> = {
  fr: /(?!)/u,
  en: /^\s+(?:districts|neighbou?rhoods|areas)\b/u,
  ar: /(?!)/u,
};
/** "tous les quartiers de", "all of": the whole group after all. */
export const WHOLE: Record<Language, RegExp> = {
  fr: /\b(?:tous|toutes|l'ensemble|la totalite|totalite|integralite)\b/u,
  en: /\b(?:all|whole|entire|entirety|rest)\b/u,
  ar: /(?:كل|كامل|جميع)/u,
};
/** "le plus grand d'Alep-Est", "أكبر أحياء حلب الشرقية": one unnamed member of the group. */
export const SUPERLATIVE: Record<Language, RegExp> = {
  // "la plus grande partie d'Alep-Est" is a share of the group, not one member.
  fr: /\b(?:(?:le|la|les) (?:plus \p{L}+|principale?s?)|l'une? des)\b(?:(?!partie|portion|moitie)[^,;:.!?]){0,40}$/u,
  en: /\b(?:largest|biggest|main|one of)\b(?:(?!part|portion|half)[^,;:.!?]){0,40}$/u,
  ar: /(?:اكبر|احد|احدى)\s+(?:\S+\s+){0,2}$/u,
};

/** What may stand between two places of one list: "A, B et C", "de A et de B", "A and B". */
export const LIST_JOINER = /^[\s,]*(?:(?:et|and|ou|or|ainsi que|as well as|puis|then|and then|&|و)\s*)?(?:(?:de|d'|du|des|of|the|le|la|les|l'|celui de|celle de|ceux de|(?:les |le )?quartiers? (?:de|d'|du)|districts? of)\s*)*$/u;

/**
 * A verb's object is one noun phrase: its first place and the places coordinated with it. Between
 * one place and the next, these words carry the object on ("X lundi et Y mardi", "areas east of the
 * Old City, including X")...
 */
export const OBJECT_GOES_ON: Record<Language, RegExp> = {
  fr: /(?:^|[\s,])(?:et|puis|ainsi que|notamment|y compris|dont|comme)(?![\p{L}])/u,
  en: /(?:^|[\s,])(?:and|then|as well as|including|such as|plus)(?![\p{L}])/u,
  ar: /(?:^|[\s,،])(?:و|ثم|بما فيها|بما في ذلك|منها|ومنها|بينها|بينهم|من بينها|إضافة إلى|اضافة الى|فضلا عن)/u,
};
/**
 * ...and these end it: a relative pronoun, a word of where or whence, a participle of another
 * action ("took X, which links Y", "took X from Y", "took X, isolating Y"). A place after them is a
 * landmark or another verb's object, not the taken place's fellow.
 */
export const OBJECT_ENDS: Record<Language, RegExp> = {
  fr: /(?:^|[\s,'])(?:qui|que|qu'|ou|depuis|vers|pres|entre|jusqu'a|a partir|en direction|au nord|au sud|a l'est|a l'ouest|aux portes|face|contre|(?!(?:av|pend|dur|maintenant|cepend|import|suiv|rest)ant)\p{L}{3,}ant)(?![\p{L}])/u,
  en: /(?:^|[\s,])(?:which|that|who|whom|whose|where|from|near|towards?|to|into|between|around|outside|beyond|(?:north|south|east|west)(?:-?(?:east|west))? of|(?!(?:includ|dur|morn|even|accord|build|k|neighbou?r|adjoin|surround)ing)\p{L}{2,}ing)(?![\p{L}])/u,
  ar: /(?:^|[\s,،])(?:الذي|التي|الذين|حيث|نحو|باتجاه|قرب|بالقرب|القريب|المجاور|شمال|جنوب|شرق|غرب|بين|إلى|الى|حتى|عند|انطلاقا|انطلاقاً)(?![\p{L}])/u,
};

/** Going in with no one to fight: "entered X unopposed", "sans rencontrer de résistance", "دون مقاومة". */
export const UNOPPOSED: Record<Language, RegExp> = {
  fr: /^[^.;]*?(?<![\p{L}])(?:sans (?:(?:rencontrer |livrer )?(?:de |aucune )?(?:resistance|combat)s?|coup ferir)|sans tirer un coup de feu)/u,
  en: /^[^.;]*?(?<![\p{L}])(?:unopposed|unchallenged|without (?:a fight|(?:any |meeting (?:any )?)?resistance|firing a shot)|(?:met|meeting|encountered) no resistance)/u,
  ar: /^[^.;]*?(?:دون|بدون|بلا) (?:اي |أي )?(?:مقاومة|قتال|معارك)/u,
};

/**
 * A facility or a spot inside a place, named as the verb's object before the place ("captured the
 * hospital in X", "s'est emparée de l'hôpital de X", "سيطرت على دوار ... في حي X"): taking it is taking a
 * part of the place. Ends with the preposition that leads to the place.
 */
export const THING_IN_PLACE: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:hopitaux|hopital|rond-point|ecoles?|mosquees?|usines?|rues?|immeubles?|batiments?|marches?|souks?|gares?|cimetieres?|stades?|universites?|facultes?|casernes?|barrages?|carrefours?|tours?|parcs?|eglises?|boulangeries?|entrepots?|sieges?|abords|lisieres?|entrees?|silos?|centrale|station)(?![\p{L}])[^,;.:]{0,40}(?:\bde|\bdu|\bdes|d'|\ba|\bau|\bdans)\s*(?:(?:le |la |l'|les )?(?:quartier|secteur|district) (?:de |d'|du ))?$/u,
  en: /(?<![\p{L}])(?:hospitals?|roundabouts?|schools?|mosques?|factor(?:y|ies)|streets?|buildings?|markets?|souks?|stations?|cemeter(?:y|ies)|stadium|universit(?:y|ies)|colleges?|barracks|checkpoints?|junctions?|towers?|parks?|churches|church|baker(?:y|ies)|warehouses?|headquarters|entrances?|edges?|silos?|power plant)(?![\p{L}])[^,;.:]{0,40}(?:\bof|\bin|\binside|\bat)\s*(?:the (?:district|neighbou?rhood) of )?$/u,
  ar: /(?<![\p{L}])(?:ال)?(?:مشفى|مستشفى|دوار|مدرسة|جامع|مسجد|معمل|شارع|مبنى|سوق|محطة|مقبرة|ملعب|جامعة|كلية|ثكنة|حاجز|معبر|تقاطع|برج|حديقة|كنيسة|فرن|مستودع|مقر|مدخل|صوامع)(?![\p{L}])[^,،;.:]{0,40}(?:(?:في|من|داخل)\s*(?:حي\s*)?)?$/u,
};

/** A facility named after the place: "the Sakhour roundabout", "Sakhour's main hospital". */
export const THING_AFTER_PLACE: Record<Language, RegExp> = {
  fr: /(?!)/u,
  en: /^\s*(?:['’]s\s+(?:main\s+|central\s+|old\s+|only\s+)?)?(?:hospitals?|roundabouts?|schools?|mosques?|factor(?:y|ies)|markets?|stations?|cemeter(?:y|ies)|stadium|universit(?:y|ies)|barracks|checkpoints?|junctions?|towers?|churches|church|bakery|warehouses?|power plant)(?![\p{L}])/u,
  ar: /(?!)/u,
};
/** A verb of leaving that carries its own "from". */
export const LEAVE_FROM: Record<Language, RegExp> = {
  fr: /(?:\bde|\bdu|\bdes|d')$/u,
  en: /(?:\bfrom|\bof)$/u,
  ar: /(?:من|عن)$/u,
};
/** The first preposition after a verb of leaving, skipping a time ("dans la nuit", "in the morning"): group 1 when it says whence. */
export const LEAVE_PREPOSITION: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:(de|du|des|d')|(?:a|au|aux|vers|dans|en|jusqu'a)(?! (?:la |le |l')?(?:nuit|matinee|journee|soiree|fin|debut|cours|milieu|direction d'un)(?![\p{L}])))(?![\p{L}])/u,
  en: /(?<![\p{L}])(?:(from|of|out of)|(?:to|into|towards?|in|inside)(?! (?:the )?(?:night|morning|evening|afternoon|day|early|late|face|wake|order|recent|past)(?![\p{L}])))(?![\p{L}])/u,
  ar: /(?<![\p{L}])(?:(من|عن)|(?:إلى|الى|نحو|باتجاه|داخل))(?![\p{L}])/u,
};
/** "for government-held Jibrin", "vers Jibrine", "إلى حي": the place is where someone goes. */
export const TOWARDS_PLACE: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:vers|jusqu'a|en direction (?:de|du|d'))\s+(?:[\p{L}'-]+\s+){0,3}$/u,
  en: /(?<![\p{L}])(?:for|to|towards?)\s+(?:[\p{L}'-]+\s+){0,3}$/u,
  ar: /(?<![\p{L}])(?:إلى|الى|نحو|باتجاه)\s+(?:\S+\s+){0,2}$/u,
};
/** The noun of leaving, whose leaver is named after it: "انسحاب الفصائل", "the withdrawal of the rebels", "le retrait des rebelles". */
export const WITHDRAWAL_NOUN: Record<Language, RegExp> = {
  fr: /^(?:retrait|repli)$/u,
  en: /^(?:withdrawal|pull-?out|retreat)$/u,
  ar: /(?:^|\s)[وب]?(?:ال|بال|لل)?انسحاب$/u,
};

/** "ont profité de ... pour", "took advantage of ... to": an opportunity taken, so the infinitive after it is a deed. */
export const OPPORTUNITY: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:ont|a|avaient|avait) (?:profite|saisi l'occasion|mis a profit|tire parti)(?![\p{L}])[^.;]*$/u,
  en: /(?<![\p{L}])(?:took advantage|exploited|seized (?:on )?the (?:opportunity|chance)|capitali[sz]ed on|used the (?:collapse|chaos|confusion|retreat|withdrawal))(?![\p{L}])[^.;]*$/u,
  ar: /(?<![\p{L}])(?:استغل|استغلت|استغلوا)(?![\p{L}])[^.]*$/u,
};

/** Words that start a new clause: a verb before them does not reach a place after them. */
export const CLAUSE_BREAK: Record<Language, RegExp> = {
  fr: /\b(?:tandis que|alors que|mais|cependant|pourtant)\b/u,
  en: /\b(?:while|whereas|but|however)\b/u,
  ar: /(?:بينما|لكن)/u,
};

/** The auxiliary of a passive just before a verb, adverbs allowed: "a été (également) conquis", "was (later) liberated". */
export const PASSIVE_AUX: Record<Language, RegExp> = {
  // Not a pronominal verb's "être" ("se sont emparés", "s'est retirée").
  fr: /(?:^|\s)(?<!(?:^|\s)(?:se|nous|vous)\s)(?:ete|etre|fut|furent|est|sont|etait|etaient)\s+(?:[\p{L}'-]+ment\s+|toujours\s+|deja\s+|finalement\s+){0,2}$/u,
  en: /(?:^|\s)(?:was|were|been|being|is|are)\s+(?:[\p{L}'-]+ly\s+|later\s+|then\s+|now\s+|also\s+){0,2}$/u,
  ar: /(?!)/u,
};

/** Between a place and a statement: a relative clause or another noun takes the statement for itself. */
export const OTHER_HEAD: Record<Language, RegExp> = {
  fr: /\b(?:qui|que|qu'|dont|zones?|secteurs? (?!de\b)|routes?|axes?|a|au|aux|vers|jusqu'a)\s/u,
  en: /\b(?:which|that|who|where|whose|zones?|roads?|routes?|to|towards)\s/u,
  ar: /(?:^|\s)(?:الذي|الذين)(?:\s|$)/u,
};

/**
 * A relative pronoun right after a place, opening a clause of which the place is the object:
 * "X, que l'armée a repris samedi", "X, which government forces seized", "X الذي سيطرت عليه".
 * Its verb, when one of taking or losing, speaks of the place (issue 12: read by clause, not by distance).
 */
export const OBJECT_RELATIVE: Record<Language, RegExp> = {
  fr: /^\s*,?\s*(?:que\s|qu')/u,
  en: /^\s*(?:district|neighbou?rhood|area|camp|quarter)?\s*,?\s*(?:which|that|whom)\s/u,
  ar: /^\s*[,،]?\s*(?:الذي|التي|اللذين|اللتين)\s/u,
};
/** Arabic keeps the object in the relative as a pronoun on the verb or its preposition: "سيطرت عليه", "استعادته". */
export const RESUMPTIVE: Record<Language, RegExp> = {
  fr: /(?:)/u,
  en: /(?:)/u,
  ar: /^(?:\s*(?:عليه|عليها|عليهما)|ه|ها)(?![\p{L}])/u,
};

/**
 * A relative pronoun that is the subject of its clause, after a comma: "les rebelles, qui ont perdu
 * X, ...", "Rebels, who lost X on Saturday, regrouped in Y". The clause ends at its next comma.
 */
export const SUBJECT_RELATIVE: Record<Language, RegExp> = {
  fr: /[,،]\s*(?:qui|lesquels|lesquelles)\s+(?:[\p{L}'-]+\s+){0,4}$/u,
  en: /[,،]\s*(?:who|which)\s+(?:[\p{L}'-]+\s+){0,4}$/u,
  ar: /[,،]\s*(?:الذي|التي|الذين|اللذين|اللتين)\s+(?:\S+\s+){0,3}$/u,
};

/**
 * A relative clause whose verb is one of holding, in any tense: "que les insurgés tenaient",
 * "which rebels had held", "الذي كانت تسيطر عليه". Read after a place it names the holder before.
 */
/** The verbs of holding, in any tense, for the two readings of a holder: a relative's verb and a side's own verb. */
const HOLDING: Record<'fr' | 'en', string> = {
  fr: '(?:(?:avai(?:t|ent)|ont|a) )?(?:tenu|controle|occupe)|tenai(?:t|ent)|controlai(?:t|ent)|occupai(?:t|ent)|tiennent|tient|controlent|occupent',
  en: '(?:(?:had|have|has) )?(?:held|controlled|occupied)|hold|holds|control|controls',
};

export const HOLDER_RELATIVE: Record<Language, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])(?:que|qu')\\s*(?:[\\p{L}'-]+\\s+){0,5}?(?:${HOLDING.fr})(?![\\p{L}])`, 'u'),
  en: new RegExp(`(?<![\\p{L}])(?:which|that)\\s+(?:[\\p{L}'-]+\\s+){0,5}?(?:${HOLDING.en})(?![\\p{L}-])`, 'u'),
  // A bare past ("الذي سيطرت عليه قوات النظام يوم الأحد") is a taking: the holding is "كانت تسيطر", "تسيطر".
  ar: /(?<![\p{L}])(?:الذي|التي)\s+(?:(?:كان|كانت|ظل|ظلت)\s*(?:تسيطر|يسيطر|سيطرت|سيطر)|تسيطر|يسيطر)\s+(?:عليه|عليها)/u,
};

/** A side followed by a verb of holding ("que les insurgés tenaient", "rebels had held"): the holder, not a taker. */
export const HOLDING_VERB = new RegExp(`^\\s*(?:${HOLDING.fr}|${HOLDING.en})(?![\\p{L}])`, 'u');

/**
 * Fighting inside a place, which the issue's rules call contested: "à l'intérieur du quartier de X",
 * "inside X", "داخل حي X" just before the place, or street fighting ("combats de rue", "street
 * battles", "حرب شوارع") in it.
 */
export const INSIDE: Record<Language, RegExp> = {
  fr: /(?:a l'interieur|au coeur|au cœur|dans les rues) (?:de |du |des |d')\s*(?:la |le |l'|les )?(?:(?:quartiers?|secteurs?) (?:de |d'|du )?)?$/u,
  en: /(?<![\p{L}])(?:inside|within|in the streets of|deep inside)\s+(?:the\s+)?(?:(?:district|neighbou?rhood)s? of\s+)?$/u,
  ar: /(?:داخل|في شوارع|وسط)\s+(?:حي\s+|أحياء\s+|احياء\s+)?$/u,
};
export const STREET_FIGHTING: Record<Language, RegExp> = {
  fr: /combats? de rue|guerre de rue|rue par rue|maison par maison/u,
  en: /street (?:fighting|battles?|clashes)|street-to-street|house-to-house|street by street/u,
  ar: /حرب شوارع|حرب الشوارع|اشتباكات في شوارع/u,
};

/**
 * After a capture, fighting that goes on inside the place taken ("stormed X, and clashes were
 * continuing inside the district", "et les combats s'y poursuivent"): the capture is partial.
 */
export const STILL_FIGHTING_INSIDE: Record<Language, RegExp> = {
  fr: /(?:combats?|affrontements?|accrochages)[^.;]{0,40}(?:s'y poursuiv|se poursuiv\p{L}* (?:a l'interieur|dans le quartier|dans le secteur)|continu\p{L}* (?:a l'interieur|dans le quartier))|(?:s'y poursuiv|se poursuiv\p{L}* (?:a l'interieur|dans le quartier))\p{L}*[^.;]{0,20}(?:combats?|affrontements?)/u,
  en: /(?:fighting|clashes|battles?)[^.;]{0,40}(?:continu\p{L}*|ongoing|raging|still)[^.;]{0,20}(?:inside|within|in the (?:district|neighbou?rhood)|there)/u,
  ar: /(?:اشتباكات|معارك)[^.;]{0,40}(?:مستمرة|تتواصل|متواصلة|لا تزال)[^.;]{0,20}(?:داخل|في الحي|فيه)|(?:تتواصل|لا تزال)[^.;]{0,20}(?:الاشتباكات|المعارك)[^.;]{0,20}(?:داخل|في الحي|فيه)/u,
};

/** "était tenu par les rebelles": a past state, kept only when the sentence dates it. */
export const PAST_STATE: Record<Language, RegExp> = {
  fr: /\b(?:etai(?:t|ent)|avai(?:t|ent) ete|fut|furent|precedemment|auparavant|jusque-la|jusqu'alors|jusqu'ici|naguere)\b/u,
  en: /\b(?:was|were|had been|used to be|previously|formerly|until then|until now)\b/u,
  ar: /(?:^|\s)(?:كان|كانت|سابقا|سابقاً)(?:\s|$)/u,
};

/**
 * "in recent weeks", "depuis le début de l'offensive": a sentence that looks back over a stretch
 * of time. Its changes happened no later than the article's date, on a day it does not give.
 */
export const RETROSPECTIVE: Record<Language, RegExp> = {
  fr: /(?:ces|les) (?:dernieres|derniers) (?:semaines|jours|mois)|depuis (?:le debut|le lancement|la mi-\p{L}+|le \d{1,2} \p{L}+|deux|trois|quatre|plusieurs)|en (?:deux|trois|quatre|quelques) semaines|au cours des (?:dernieres|derniers)/u,
  en: /(?:in|over|during) (?:the )?(?:recent|past|last) (?:weeks|days|months|few weeks)|since (?:the (?:start|beginning|launch)|mid-\p{L}+|(?:november|october|september|december) \d{1,2})|in recent weeks/u,
  ar: /(?:خلال|في) (?:الأسابيع|الاسابيع|الأيام|الايام) (?:الماضية|الأخيرة|الاخيرة)|منذ (?:بداية|بدء|منتصف|انطلاق)/u,
};

/** "la prise de", "the fall of": a capture named as a noun, whose actor is rarely beside it. */
export const NOMINAL: Record<Language, RegExp> = {
  fr: /^(?:(?:re)?prise(?: du controle)?|capture|chute|(?:re)?conquete|perte|retrait|liberation)$/u,
  en: /^(?:capture|recapture|fall of|seizure|takeover|loss|withdrawal|liberation)$/u,
  ar: /^$/u,
};
export const DETERMINER: Record<Language, RegExp> = {
  fr: /\b(?:la|le|l'|sa|son|leur|cette|une|du|de la|de|d'|apres la|avec la)\s*(?:\p{L}+ )?$/u,
  en: /\b(?:the|its|their|a|his|her)\s*$/u,
  ar: /^$/u,
};

/** "avec", "backed by", "contre": a side named there is not the subject of the verb. */
/** A side named as an adjective of what it holds ("rebel lines", "rebel-held"): the holder, not an agent. */
export const HELD_AFTER: Record<Language, RegExp> = {
  fr: /(?!)/u,
  en: /^(?:-held|-controlled|\s+(?:held|controlled|lines?|positions?|defen[cs]es|strongholds?|territory|enclave|pockets?|areas?|districts?|neighbou?rhoods?|bastions?|front ?lines?))(?![\p{L}])/u,
  ar: /(?!)/u,
};
export const NOT_SUBJECT: Record<Language, RegExp> = {
  // "des"/"de" after another word ("repris des rebelles"), not opening the clause ("Des milices ont pris", "que des unités ont pris").
  // "permis aux forces de prendre": the one allowed to act is the subject of the verb that follows.
  fr: /(?:(?<!(?:permi\p{L}*|permet\p{L}*|aid\p{L}*)\s)\baux?|(?<=\p{L}\s)(?<!(?:^|\s)(?:que|qu'|et|mais|car|quand|lorsque|puis|si|ou)\s)(?:des|de|du)|(?<=\p{L}\s)d'|\bcontre|\bavec|\bface aux?|soutenue?s? par(?: les?| la| l')?|appuyee?s? par(?: les?| la| l')?|quartiers?|secteurs?|zones?|partie|bastion|fief|poche|lignes|positions|defenses|tranchees|barricades|enclaves?|territoires?|fronts?)\s*(?:les |la |le |l')?$/u,
  en: /(?:\bfrom|\bagainst|\bwith|\bbacked by|\bsupported by|\bof|\bby)\s+(?:the\s+)?$/u,
  ar: /(?:على|ضد|مع)\s+$/u,
};

/** Fighters leaving a place withdraw from it: "le dernier convoi de rebelles a quitté Alep-Est". */
export const LEAVE: Record<Language, RegExp> = {
  fr: /^(?:quitt\p{L}*|evacue(?:nt|r)?)$/u,
  en: /^(?:left|leave|leaving|pulled out of)$/u,
  ar: /^(?:غادر\S*)$/u,
};

/**
 * "took over 99 per cent of the rebel-held areas", "contrôle 60% du secteur rebelle": a share
 * of the besieged zone as a whole, said of the group the sentence names (East Aleppo).
 * Matched on the words just after a part word.
 */
export const SHARE_OF_AREA: Record<Language, RegExp> = {
  fr: /^\s*(?:de |du |des |d')(?:la |l'|ce |cette |ces )?(?:secteurs?|zones?|bastion|territoire|partie|quartiers)\b/u,
  en: /^\s*(?:of\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?(?:areas?|sections?|territory|part|districts|neighbou?rhoods|enclave|pocket)\b/u,
  ar: /^\s*(?:ال)?(?:احياء|مناطق|المناطق|الاحياء)/u,
};

/** A clause without a subject of its own, whose subject follows: "Après avoir repris X, l'armée...". */
export const LEADING_CLAUSE: Record<Language, RegExp> = {
  fr: /(?:^|[\s,])(?:apres avoir|avant d'avoir|en|tout en|une fois)\s*$/u,
  en: /(?:^|[\s,])(?:after|having|since|before|once|by|upon|while)\s*$/u,
  ar: /(?!)/u,
};

/** Weapons only the government side flies: "frappes aériennes", "barrel bombs", "l'aviation". */
export const AIR_POWER: Record<Language, RegExp> = {
  fr: /\b(?:aerien(?:ne)?s?|aviation|avions?|barils?|helicopteres?)\b/u,
  en: /\b(?:aerial|air ?strikes?|air raids?|barrel bombs?|warplanes?|jets|helicopters?)\b/u,
  ar: /(?:غارات|براميل|الطيران)/u,
};

/*
 * The reader matches folded text, where Arabic hamza carriers read as their bare letters (أ إ آ → ا,
 * ئ → ي, ؤ → و). The Arabic patterns above are written as the press spells them, so they are folded
 * the same way, once, here: "الفصائل" in a pattern must meet "الفصايل" in the folded text.
 */
const foldArabicLetters = (source: string) =>
  source.replace(/[\u0621-\u064A]/gu, (ch) => {
    const folded = foldKeepingOffsets(ch);
    return folded.length === 1 ? folded : ch;
  });
const folded = (re: RegExp) => new RegExp(foldArabicLetters(re.source), re.flags);

ACTORS.ar = ACTORS.ar.map(([actor, re]) => [actor, folded(re)]);
CUES.ar = CUES.ar.map((pattern) => ({ ...pattern, re: folded(pattern.re) }));
MODALITY.ar = Object.fromEntries(Object.entries(MODALITY.ar).map(([k, re]) => [k, folded(re)])) as (typeof MODALITY)['ar'];
for (const table of [ANAPHORA, LOCATIVE, OBJECT_GOES_ON, OBJECT_ENDS, THING_IN_PLACE, THING_AFTER_PLACE, LEAVE_FROM, LEAVE_PREPOSITION, TOWARDS_PLACE, WITHDRAWAL_NOUN, OPPORTUNITY, UNOPPOSED, GROUP_PART_BEFORE, GROUP_PART_AFTER, WHOLE, SUPERLATIVE, CLAUSE_BREAK, OTHER_HEAD, PAST_STATE, RETROSPECTIVE, NOMINAL, DETERMINER, NOT_SUBJECT, LEAVE, SHARE_OF_AREA, LEADING_CLAUSE, AIR_POWER, HOLDER_RELATIVE, OBJECT_RELATIVE, SUBJECT_RELATIVE, RESUMPTIVE, PASSIVE_AUX, INSIDE, STREET_FIGHTING, STILL_FIGHTING_INSIDE]) {
  table.ar = folded(table.ar);
}
