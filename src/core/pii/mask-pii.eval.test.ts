/**
 * Evaluation on the PII fixtures (test/fixtures/pii): the targets are ≥ 99 % of
 * personal-information items masked and ≤ 2 % of ordinary items wrongly masked. The held-out
 * file was written after the rules and is reported separately (a looser floor guards it).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { MaskingScore } from "../../../test/fixtures/pii/evaluate";
import {
  FIXTURE_DIR,
  FIXTURE_PII_TYPES,
  readFixture,
  readPublicNumbers,
  scoreMasking,
} from "../../../test/fixtures/pii/evaluate";

const RECALL_TARGET = 0.99;
const FALSE_POSITIVE_TARGET = 0.02;
// Regression guards, not targets. First runs, before any change they prompted (see docs/pii.md):
// pii-heldout 94.2 % recall (65/69), pii-heldout-2 87.5 % (28/32); 0 ordinary items masked;
// pii-adversarial 86.3 % (139/161), 7/100 ordinary items masked; pii-adversarial-2 80.0 % (40/50).
const HELD_OUT_RECALL_FLOOR = 0.9;
// pii-unseen.jsonl was written blind by another colleague; its first run scored 79.2 % (183/231)
// and 2/89 ordinary items masked. It has been a development set since (round 2 reached 97.4 %,
// round 4 98.7 %, 228/231; 2026-12-03 99.1 %, 229/231; the twenty-third round 100 %, 231/231).
const UNSEEN_RECALL_FLOOR = 0.98;
// pii-unseen-2.jsonl, the second blind set: first run (after round 2) 71.5 % (221/309), 0/148
// ordinary items masked; used as a development set since: round 3 reached 82.5 % (255/309),
// round 4 99.0 % (306/309). Development figures, not estimates for unseen text.
const UNSEEN_2_RECALL_FLOOR = 0.985;
// pii-unseen-3.jsonl, the third blind set, written with a phone book's mix of names: first run
// (after round 3) 91.2 % (333/365), 0/99 ordinary items masked; after round 4 92.6 % (338/365).
// A development set since 2026-12-03: that round read its misses and reached 100 % (365/365). No
// longer an estimate for new text (the fourth blind set measured the next figure).
const UNSEEN_3_RECALL_FLOOR = 0.99;
// pii-unseen-4.jsonl, the fourth blind set: first run (after the 2026-12-03 round) 86.1 %
// (328/381), 1/113 ordinary items masked; names 101/136, block-class items 94/97. A development
// set since 2026-12-03: the fifth round read its misses and reached 100 % (381/381), 0/113. No
// longer an estimate for new text; the fifth blind set (pii-unseen-5*) is not read here.
const UNSEEN_4_RECALL_FLOOR = 0.995;
// pii-unseen-5.jsonl, the fifth blind set (names 42 % of its items): first run (after the
// 2026-12-04 round) 82.3 % (312/379), 1/115 ordinary items masked; names 101/158, block-class
// items 81/83. A development set since 2026-12-04: the sixth round read its misses and reached
// 100 % (379/379), 0/115. No longer an estimate for new text; the sixth blind set is not read here.
const UNSEEN_5_RECALL_FLOOR = 0.99;
// pii-unseen-6.jsonl, the sixth blind set: first run (after the sixth round) 79.0 % (290/367),
// 1/127 ordinary items masked. A development set since 2026-12-04: the seventh round read its
// misses and reached 99.7 % (366/367), 0/127. No longer an estimate for new text; the seventh blind
// set (pii-unseen-7*) is not read here.
const UNSEEN_6_RECALL_FLOOR = 0.99;
// pii-unseen-7.jsonl, the seventh blind set (names 43 % of its items): first run (after the seventh
// round) 84.7 % (321/379), 1/125 ordinary items masked; names 130/164, addresses 23/44, block-class
// items 63/64. The masker as of the session's start (f51bb51) on the same lines: 84.4 % (320/379).
// After the eighth round (speech-recognition text, fixed from rows of our own): 85.0 % (322/379),
// 1/125 ordinary items masked. A development set since 2026-12-04: the ninth round read its misses
// and reached 94.2 % (357/379), 1/125. No longer an estimate for new text; the eighth blind set is
// not read here. The thirteenth round's second pass: 95.3 % (361/379), 1/125. The nineteenth round
// (a name's reading in quotes after a name label, a kana surname closing a callback request):
// 97.4 % (369/379), 1/125.
// twenty-third round: a kana full name with a given name the lists lacked (きよこ), a kana word before
// an organisation's mailbox: 97.9 % (371/379), 0/125.
const UNSEEN_7_RECALL_FLOOR = 0.975;
// pii-unseen-8.jsonl, the eighth blind set (names 38 % of its items): first run (after the ninth
// round) 80.7 % (317/393), 2/141 ordinary items masked; the masker as of the round's start
// (92698ee) 80.4 % (316/393), 2/141. A development set since 2026-12-04: the tenth round read its
// misses and reached 96.4 % (379/393), 0/141. No longer an estimate for new text; the ninth blind
// set is not read here. The thirteenth round's second pass: 97.2 % (382/393), 0/141. The seventeenth
// round (a role before a spaced name, a date of birth in brackets after a name): 97.7 % (384/393), 0/141.
// The eighteenth (children named in birth order): 98.0 % (385/393), 0/141.
// twenty-third round: a child's name label in a note (子の名): 98.2 % (386/393), 0/141.
const UNSEEN_8_RECALL_FLOOR = 0.98;
// pii-unseen-9.jsonl, the ninth blind set (names 36 % of its items; items split by fillers and
// corrections, names with no cue, hazards close to items). First run, on the masker as of the tenth
// round's start (099d009): 72.6 % (294/405), 3/133 ordinary items masked (2.3 %); after the tenth
// round (pii-unseen-8 read): 76.0 % (308/405), 3/133. It was run blind twice, both times 76.0 %
// (308/405), 3/133, at 3625e15. A development set since 2026-12-04: the eleventh round read its
// misses and reached 94.8 % (384/405), 1/133 ordinary items masked, so the 2 % ceiling holds on it.
// No longer an estimate for new text; the tenth blind set (pii-unseen-10*) is not read here.
// The thirteenth round's second pass: 96.0 % (389/405), 1/133. The sixteenth round: 96.3 % (390/405);
// the seventeenth (a surname read off a name tag): 96.5 % (391/405), 1/133; the eighteenth
// (children named in birth order): 97.0 % (393/405), 1/133; the nineteenth (a relative named with
// っていう, two given names before の二人): 97.8 % (396/405), 1/133.
const UNSEEN_9_RECALL_FLOOR = 0.975;
// pii-train-1.jsonl and pii-train-2.jsonl: training sets written for the eleventh round by another
// helper and tuned on from their first run (68.9 % (284/412), 0/198 and 71.1 % (278/391), 1/343 at
// the round's start; 98.5 % (406/412), 0/198 and 97.4 % (381/391), 0/343 after it). Regression
// guards only: tuned-on figures say nothing about new text. The thirteenth round's second pass:
// 98.8 % (407/412), 0/198 and 98.7 % (386/391), 0/343. The nineteenth round: pii-train-2 99.5 %
// (389/391), 2/343.
// twenty-third round: ん-fillers in spoken numbers, a note's next field is no name: pii-train-1
// 99.8 % (411/412), 0/198; pii-train-2 99.5 % (389/391), 0/343.
const TRAIN_1_RECALL_FLOOR = 0.995;
const TRAIN_2_RECALL_FLOOR = 0.99;
// pii-train-3.jsonl: written blind to the masker in the twenty-eighth round by the helper that then
// tuned on it (README beside it): 79.0 % (207/262), 1/178 on its first run; after its label fixes
// and the round's classes (staff-note fields, posts and rosters, relatives in brackets, Tagalog,
// Vietnamese, Portuguese, Chinese and Korean kin cues, romaji addresses, kanji numerals that are no
// name): 91.4 % (245/268), 0/177. A regression guard only. After the thirtieth round: 92.2 %
// (247/268; two PINs guessed in passing), 0/177.
const TRAIN_3_RECALL_FLOOR = 0.92;
// pii-unseen-10.jsonl, the tenth blind set (names 38 % of its items; names without honorifics,
// numbers read out, corrected or split, addresses given piece by piece, staff notes). Figures only,
// its rows are never printed: 75.2 % (315/419), 5/136 ordinary items masked (3.7 %) on the masker
// as of the eleventh round's start (3625e15); 79.7 % (334/419), 5/136 after it (1951dcc) and again at
// the twelfth round's start (168811e). A development set since then: the twelfth round read its
// misses and reached 92.8 % (389/419), 0/136 ordinary items masked, so the 2 % ceiling holds on it.
// No longer an estimate for new text. The thirteenth round's second pass: 93.3 % (391/419), 0/136;
// the seventeenth round's surnames 94.0 % (394/419); the eighteenth round 94.3 % (395/419), 0/136;
// the nineteenth (a word said to be one's own child) 94.5 % (396/419), 0/136.
// twenty-third round: a surname after 名字は二人とも: 95.0 % (398/419), 0/136.
const UNSEEN_10_RECALL_FLOOR = 0.947;
// pii-unseen-11.jsonl, the eleventh blind set (names 40 % of its items; names far from their cue or
// that are also words, numbers in kanji or with words for digits, addresses of homes beside public
// buildings, birth dates beside other dates). Figures only, its rows are never printed: 86.7 %
// (373/430), 7/134 ordinary items masked (5.2 %) on the masker as of the twelfth round's start
// (168811e); 87.9 % (378/430), 6/134 at its end (b87daa6) and again at the thirteenth round's start
// (d9799a7). A development set since then: the thirteenth round read its misses and reached 99.3 %
// (427/430), 1/134 ordinary items masked (0.7 %), so the 2 % ceiling holds on it. No longer an
// estimate for new text.
const UNSEEN_11_RECALL_FLOOR = 0.99;
const UNSEEN_11_FALSE_POSITIVE_CEILING = FALSE_POSITIVE_TARGET;
// pii-unseen-12.jsonl, the twelfth blind set (numbers read by speech recognition, foreign residents'
// names and addresses, items chained like a form read aloud, numbers beside ordinary numbers of the
// same length, public people). Figures only, its rows are never printed: 84.5 % (424/502), 15/159
// ordinary items masked (9.4 %) at the thirteenth round's start (943347c); 85.1 % (427/502), 18/159
// (11.3 %) at its end (5c8bae2) and again at the fourteenth round's start (b20d1b9). A development
// set since then: the fourteenth round read its misses and reached 98.0 % (492/502), 0/159 ordinary
// items masked, so the 2 % ceiling holds on it. No longer an estimate for new text. The nineteenth
// round (a name spelled in Chinese characters, an officer before the counter, 丁目の N の N, name
// kanji the lists lacked): 99.0 % (497/502), 0/159.
const UNSEEN_12_RECALL_FLOOR = 0.985;
const UNSEEN_12_FALSE_POSITIVE_CEILING = FALSE_POSITIVE_TARGET;
// pii-unseen-13.jsonl, the thirteenth blind set, written with no special theme: the text a citizen
// desk handles in a normal month (names 43 % of its items). Figures only, its rows were never
// printed: 94.4 % (468/496), 1/152 ordinary items masked (0.7 %) at the fourteenth round's start
// (b20d1b9); 95.0 % (471/496), 1/152 at its end and the fifteenth round's start (57b25b6). A
// development set since then: the fifteenth round read its misses and reached 99.2 % (492/496),
// 0/152 ordinary items masked, so the 2 % ceiling holds on it. No longer an estimate for new text.
// The sixteenth round's kana-digit reading took its last four items: 100 % (496/496), 0/152.
const UNSEEN_13_RECALL_FLOOR = 0.995;
const UNSEEN_13_FALSE_POSITIVE_CEILING = FALSE_POSITIVE_TARGET;
// pii-unseen-14.jsonl, the fourteenth blind set, again with no special theme (a different month at a
// different ward). Figures only, its rows were never printed: 97.3 % (465/478), 2/160 ordinary items
// masked (1.3 %) at the fifteenth round's start (57b25b6); 97.9 % (468/478), 2/160 at its end and the
// sixteenth round's start (b6cded9). A development set since then: the sixteenth round read its
// misses and masked ordinary items and reached 100 % (478/478, all typed right), 0/160 ordinary items
// masked. No longer an estimate for new text.
const UNSEEN_14_RECALL_FLOOR = 0.995;
const UNSEEN_14_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-15.jsonl, the fifteenth blind set, again with no special theme (another month at
// another ward). Figures only, its rows were never printed: 96.5 % (464/481), 2/155 ordinary items
// masked (1.3 %) at the sixteenth round's start (b6cded9); the same at its end and the seventeenth
// round's start (9b4db38). A development set since then: the seventeenth round read its misses and
// masked ordinary items and reached 100 % (481/481, all typed right), 0/155 ordinary items masked. No
// longer an estimate for new text.
const UNSEEN_15_RECALL_FLOOR = 0.995;
const UNSEEN_15_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-16.jsonl, the sixteenth blind set, again with no special theme (another month at
// another ward; names 54 % of its items). Figures only, its rows were never printed: 93.1 %
// (483/519), 2/150 ordinary items masked (1.3 %) at the seventeenth round's start (9b4db38); 94.0 %
// (488/519), 2/150 at its end and the eighteenth round's start (7bfdc27/9fcbdd9). A development set
// since then: the eighteenth round read its misses and masked ordinary items and reached 100 %
// (519/519, all typed right), 1/150 ordinary items masked (0.7 %). No longer an estimate for new text.
const UNSEEN_16_RECALL_FLOOR = 0.995;
const UNSEEN_16_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-17.jsonl, the seventeenth blind set, again with no special theme (another month at
// another ward; names 58 % of its items). Figures only, its rows were never printed: 91.6 %
// (470/513), 2/150 ordinary items masked (1.3 %) at the eighteenth round's start (9fcbdd9); 92.2 %
// (473/513), 2/150 at its end and the nineteenth round's start (3f450a0/2372ef8). A development
// set since then: the nineteenth round read its misses and masked ordinary items and reached 100 %
// (513/513, all typed right), 0/150 ordinary items masked. No longer an estimate for new text.
const UNSEEN_17_RECALL_FLOOR = 0.995;
const UNSEEN_17_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-18.jsonl, the eighteenth blind set, again with no special theme (a June at another
// ward; names 57 % of its items). Figures only, its rows were never printed: 97.6 % (481/493),
// 2/150 ordinary items masked (1.3 %) at the nineteenth round's start (2372ef8); 97.8 %
// (482/493), 2/150 at its end and the twentieth round's start (7275ace/f6c6539). A development
// set since then: read in the twentieth round; after reading: 100 % (493/493, all typed right),
// 0/150 ordinary items masked (its 11 misses and 2 masked ordinary items fixed by class). No longer
// an estimate for new text.
const UNSEEN_18_RECALL_FLOOR = 0.995;
const UNSEEN_18_FALSE_POSITIVE_CEILING = 0.005;
// pii-unseen-19.jsonl, the nineteenth blind set, again with no special theme (a November at
// another ward; names 56 % of its items). Figures only, its rows were never printed: 97.1 %
// (494/509), 0/150 ordinary items masked at the twentieth round's start (f6c6539); 97.4 %
// (496/509), 0/150 at its end and the twenty-first round's start (6c33c69/a4c6181). A
// development set since then. Read in the twenty-first round: after reading, 100 % (509/509, all
// typed right), 0/150 ordinary items masked, no line with an unexpected mask (its 13 misses and
// one masked date and time fixed by class). No longer an estimate for new text.
const UNSEEN_19_RECALL_FLOOR = 0.995;
const UNSEEN_19_FALSE_POSITIVE_CEILING = 0.005;
// pii-unseen-20.jsonl, the twentieth blind set, again with no special theme (a March at another
// ward; names 57 % of its items). Figures only, its rows were never printed: 94.0 % (474/504),
// 1/150 ordinary items masked at the twenty-first round's start (fdd30a0); 94.4 % (476/504),
// 1/150 at its end and the twenty-second round's start (7408213/5ff6e6b). A development set
// since then. Read in the twenty-second round; after reading: 100 % (504/504, all typed right),
// 0/150 ordinary items masked, no line with an unexpected mask (its 28 misses, its masked office
// mailbox and two 名義 false positives of our own fixed by class). No longer an estimate for new
// text.
const UNSEEN_20_RECALL_FLOOR = 0.995;
const UNSEEN_20_FALSE_POSITIVE_CEILING = 0.005;
// pii-unseen-21.jsonl, the twenty-first blind set, again with no special theme (an August at
// another ward; names 54 % of its items). Figures only, its rows were never printed: 95.2 %
// (500/525), 2/150 ordinary items masked at the twenty-second round's start (8f8fe30); 96.0 %
// (504/525), 1/150 at its end and the twenty-third round's start (ebc96b3/2cf6f69). A development
// set since then. Read in the twenty-third round; after reading: 100 % (525/525; 524 typed right,
// the other an 枝番 01 that also occurs inside a birth date), 0/150 ordinary items masked, no line
// with an unexpected mask (its 21 misses, a mail's Re:, a nationality after "I am" and 国保 taken
// for a surname fixed by class). No longer an estimate for new text.
const UNSEEN_21_RECALL_FLOOR = 0.995;
const UNSEEN_21_FALSE_POSITIVE_CEILING = 0.005;
// pii-unseen-22.jsonl, the twenty-second blind set, again with no special theme (a December at
// another ward; names 55 % of its items). Figures only, its rows were never printed: 95.7 %
// (514/537), 0/150 ordinary items masked at the twenty-third round's start (ec7358a, the engine
// of 2cf6f69); 96.1 % (516/537), 0/150 at its end and the twenty-fourth round's start
// (0a1b8eb/55f8daf). A development set since then. Read in the twenty-fourth round; after reading:
// 99.6 % (535/537, all typed right), 0/150 ordinary items masked, no line with an unexpected mask
// (its misses fixed by class: officers in a note's header and hand-over, kin words and 宅 around
// spaced names, Latin names in notes and signatures, names around a nationality, a bracketed PIN
// length, two-letter passports; left: a hiragana surname before a given name found by a reading
// cue, and a building said with a filler after its address). No longer an estimate for new text.
const UNSEEN_22_RECALL_FLOOR = 0.99;
const UNSEEN_22_FALSE_POSITIVE_CEILING = 0.005;
// pii-unseen-23.jsonl, the twenty-third blind set, again with no special theme (a January at
// another ward; names 55 % of its items). Figures only, its rows were never printed: 95.9 %
// (515/537), 1/150 ordinary items masked, 18/296 lines with an unexpected mask at the
// twenty-fourth round's start (906d1de, the engine of 55f8daf); 96.3 % (517/537), 1/150, 17/296
// at its end and the twenty-fifth round's start (1e966af/f93a4a9). A development set since then.
// Read in the twenty-fifth round; after reading: 99.8 % (536/537, all typed right), 1/150 ordinary
// items masked, 1/296 lines with an unexpected mask (its misses and masked words fixed by class: a
// chat's speaker tag before the message, titles and うちの + kin words before an honorific, the
// caller "of a while ago" taken for a reading, って申します, a given name broken off before the full
// name, a kana surname after the caller's town, roles glued before a spaced name, glued simplified
// Chinese names, Latin names as a note's subject, after Caller, on a mail's last line or after a
// dash, a dotted name after a bracketed role, 後期の番号, 住在 in Chinese; left: a given name alone
// after "with" in English, and a town before の者です taken for a surname, the ordinary item masked
// and the line with an unexpected mask). No longer an estimate for new text.
const UNSEEN_23_RECALL_FLOOR = 0.995;
const UNSEEN_23_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-24.jsonl, the twenty-fourth blind set, again with no special theme (a February at
// another ward; names 53 % of its items). Figures only, its rows were never printed: 97.3 %
// (514/528), 0/150 ordinary items masked, 14/297 lines with an unexpected mask at the
// twenty-fifth round's start (7a61f42, the engine of f93a4a9); 97.3 % (514/528), 1/150, 4/297 at
// its end and the twenty-sixth round's start (dc902aa/c11d8c1). A development set since then.
// Read in the twenty-sixth round; after reading: 100.0 % (528/528, all typed right), 0/150 ordinary
// items masked, 0/297 lines with an unexpected mask (its misses and masked words fixed by class: a
// number after another number's label and clause, Từ: and De: mail headers, He is / She's before
// a full name, a passport number a few words after the passport, a Chinese kin word glued to a
// spaced name, an English address with the town first and a room, a dotted name after から来た,
// surname readings with the other voicing of 島 and 崎, an organisation with kana in its name
// before a title after a label, a chat's speaker tag before a quoted value or a pause, a filler
// before と読みます, a possessive before a facility). No longer an estimate for new text.
const UNSEEN_24_RECALL_FLOOR = 0.995;
const UNSEEN_24_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-25.jsonl, the twenty-fifth blind set, again with no special theme (a March at
// another ward; names 54 % of its items). Figures only, its rows were never printed: 97.0 %
// (524/540), 1/150 ordinary items masked, 6/300 lines with an unexpected mask at the
// twenty-sixth round's start (a045a4b, the engine of c11d8c1); the same at its end and the
// twenty-seventh round's start (34237d4/260f75d). A development set since then.
// Read in the twenty-seventh round; after reading: 100.0 % (540/540, 539 typed right: a health
// insurance 番号 "10" also stands inside the line's address), 0/150 ordinary items masked, 0/300
// lines with an unexpected mask (its misses and masked words fixed by class: a dotted katakana
// name listed next to a found one, before a bracket of notes led by the country or after the role
// a person comes in, a kana name before an age, a kana surname opening a call then the full name
// in kanji, a listed given name after うちの before a particle, the surname a change of name
// started from, a kana given name with its kanji ending before 様, a line break ending a Latin name,
// two Latin names joined by "and", person fields of English forms, particles inside Latin names,
// Portuguese and Spanish relatives, a Chinese classmate or friend, bank and conta as account cues,
// a long filler between an address's parts; a place after a chat's speaker tag, a kanji word glued
// to a loanword, kinship in kana after 私は, a hiragana word asked about after a clause, a time
// word before a verb and くんです). No longer an estimate for new text.
const UNSEEN_25_RECALL_FLOOR = 0.995;
const UNSEEN_25_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-26.jsonl, the twenty-sixth blind set, again with no special theme (a May at another
// ward; names 53 % of its items). Figures only, its rows were never printed: 90.7 % (490/540),
// 1/150 ordinary items masked, 5/300 lines with an unexpected mask at the twenty-seventh round's
// start (8292361, the engine of 260f75d): the lowest first run since the early rounds; 91.5 %
// (494/540), 1/150, 5/300 at its end and the twenty-eighth round's start (cc3336e/1d4faac). A
// development set since then: the twenty-eighth round may read its misses.
// Read in the twenty-eighth round; after reading: 99.8 % (539/540, all typed right), 0/150
// ordinary items masked, 0/300 lines with an unexpected mask (its misses and masked words fixed by
// class: whoever stands before a bracket holding their date of birth and 生, in kanji, kana, a
// dotted katakana or Latin letters; person fields of forms (児童, 申込者, 納税義務者, 被保険者,
// 記録者, 旧氏, 이름, Họ tên), an unlisted hiragana given name after a strong label, an organisation
// and a katakana role before the name; a surname said again with its given name glued on, after
// its kana reading too, a katakana given name before で and a pause, a found surname glued after a
// post; a listed surname and a listed hiragana given name; a kana given name with its kanji
// ending before と申します; a one-kanji surname and a three-kanji given name after a kin word; the
// surname a marriage changed from; Korean relatives and the copula going on; Latin names listed
// with commas, one in the e-mail address, and the first name signing; a card's 記号 after 保険の;
// a speaker tag before a status or a compound word, where someone lives, a funeral company). Left:
// a hiragana name before 様 in a note. No longer an estimate for new text.
const UNSEEN_26_RECALL_FLOOR = 0.995;
const UNSEEN_26_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-27.jsonl, the twenty-seventh blind set, again with no special theme (an August at
// another ward; names 53 % of its items). Figures only, its rows were never printed: 87.0 %
// (468/538), 2/150 ordinary items masked, 5/300 lines with an unexpected mask at the twenty-eighth
// round's start (60f6dac, the engine of 1d4faac): the lowest first run of recent rounds; 88.3 %
// (475/538), 2/150, 4/300 at its end and the twenty-ninth round's start (24b3477/7bbd19d). A
// development set since then: the twenty-ninth round may read its misses.
// Read in the twenty-ninth round; after reading: 93.7 % (504/538, all typed right), 0/150 ordinary
// items masked, 3/300 lines with an unexpected mask (its misses and masked words fixed by class:
// whoever stands before a bracket holding their age or their residence card's or passport's number;
// a chat user signing their turn with one word before the desk's tag; a listed surname glued to a
// listed katakana given name, or to a hiragana one before a particle; an unlisted katakana surname
// said with です as a sentence of its own; a found surname said again with its given name before
// で; a listed surname glued before a neighbourhood post (委員長, 民生委員); a letter's last line
// with the given name glued on; Renter:, Donor:, 寄附者 and 請求者 before a Latin name; a date after
// a full stop kept out of the number before it; a branch glued to its facility before さん). Left
// (34 items): kana names after a verb clause or before っていう, unlisted surnames repeated with
// given names (a family's children), kin words glued to katakana given names, Latin given names
// after kin words in English and Portuguese, simplified Chinese names, a post before a full name, a
// room number's 号 and a name in quotes. No longer an estimate for new text. After the thirtieth
// round: 94.8 % (510/538; a Portuguese nephew, two simplified Chinese names, a deceased father and
// a katakana given name glued to a listed surname), 0/150, 3/300. After the thirty-fourth round:
// 96.8 % (521/538; hiragana surnames after a clause or a role, siblings with one surname glued to
// each given name, a spaced full name signed without its space, 真理子 past the run's limit). After
// the thirty-fifth round: 97.2 % (523/538; 父ピーター・ホリス glued after the kin word, 長岡の娘で、).
// After its second part: 97.4 % (524/538; 芝 勇 before his phone in a contact list).
const UNSEEN_27_RECALL_FLOOR = 0.97;
const UNSEEN_27_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-28.jsonl, the twenty-eighth blind set, again with no special theme (a November at an
// invented ward in Hokkaido; names 47 % of its items). Figures only, its rows were never printed:
// 94.8 % (599/632), 1/150 ordinary items masked, 3/300 lines with an unexpected mask at the
// twenty-ninth round's start (8044371, the engine of 7bbd19d); the same at its end and the
// thirtieth round's start (34ced4c/1439265). A development set since then: the thirtieth round may
// read its misses.
// Read in the thirtieth round; after reading: 98.3 % (621/632, 99.7 % typed right), 0/150 ordinary
// items masked, 1/300 lines with an unexpected mask (its misses and masked words fixed by class:
// Latin names in Indonesian forms and mails (Nama:, Saya …), before a residence card's number or
// the card, cut off and said again in dotted katakana, after 代表者, 副代表 or a student, before の
// and a kin word, and a found full name's given name signing alone; older given names in two
// katakana and one-kanji given names after a surname and a space; a kin word glued before a spaced
// full name or a found surname; a name in simplified Chinese after の or a pause; a PIN chosen, let
// slip or guessed in passing; a date without its year after a date of birth; a weekday after a
// chat's speaker tag). Left (11 items): hangul names in a list, a Latin list of names after bullets,
// 本人 glued before an unlisted surname, an Indonesian date and account, a postal code read in
// katakana or said after the address, a romaji address with 条; the line left is a dotted pair of
// katakana loanwords. No longer an estimate for new text. After the thirty-first round: 98.4 %
// (622/632; the Indonesian date of birth), 0/150, 1/300. After the thirty-fifth round's second
// part: 99.5 % (629/632; the postal code read in katakana before the address, and the one given
// after the address far from its word).
const UNSEEN_28_RECALL_FLOOR = 0.99;
const UNSEEN_28_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-29.jsonl, the twenty-ninth blind set, again with no special theme (a February at an
// invented ward in Fukui; names 46 % of its items). Figures only, its rows were never printed:
// 95.4 % (662/694), 0/150 ordinary items masked, 2/300 lines with an unexpected mask at the
// thirtieth round's start (a5f7a7f, the engine of 1439265); 96.0 % (666/694), 0/150, 2/300 at its
// end and the thirty-first round's start (40d49af/ff91124). A development set since then: the
// thirty-first round may read its misses.
// Read in the thirty-first round; after reading: 99.6 % (691/694, all typed right), 0/150 ordinary
// items masked, 0/300 lines with an unexpected mask (its misses and masked words fixed by class: a
// kanji-only 国保 記号 right before 番号; a care-insurance number glued to 介護 in a note; Indonesian
// dates of birth with hyphens and passports (Tanggal lahir:, Nomor paspor:); Latin full names in
// Japanese notes (a company's worker, a note's entry before 転入), a chat line in capitals before
// です and the next names of a list; a Latin given name said before the full name or the
// workplace, a salutation's reader and a signature over a job line; a postal code after an
// address and a comma; a one-kanji surname after a house number; a town glued to its block taken
// for a given name; a full name glued to 分 after 亡夫; 保険年金課 taken for a pension cue; a PIN
// after its length; 雪かき and 雪原 taken for names). Left (3 items): a Latin given name after
// "with", a romaji address with its city after the ward, and a hiragana given name after a
// surname found again later in the note. No longer an estimate for new text.
const UNSEEN_29_RECALL_FLOOR = 0.99;
const UNSEEN_29_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-30.jsonl, the thirtieth blind set, again with no special theme (a March at an
// invented ward in Ehime; names 45 % of its items). Figures only, its rows were never printed:
// 95.6 % (604/632), 0/150 ordinary items masked, 14/300 lines with an unexpected mask at the
// thirty-first round's start (b2c9d6d, the engine of ff91124); 96.2 % (608/632), 0/150, 14/300 at
// its end and the thirty-second round's start (1ba14c2/b872fc6). A development set since then: the
// thirty-second round may read its misses.
// Read in the thirty-second round; after reading: 99.5 % (629/632, all typed right), 0/150 ordinary
// items masked, 2/300 lines with an unexpected mask (its misses and masked words fixed by class:
// a kanji word after the polite prefix お/ご before さん (お遍路さん); 私は…におります; a romaji bank
// name (Shiomi Shinkin); a kana stop word with a particle after a name (ゆうちょで); Latin full names
// in Japanese notes before 氏 or a nationality and after a spaced kin word; phone introductions
// (Hi, it's …; em là; aqui é; si … po ito), "run by", Tagalog name and birth fields; PINs guessed
// in the next sentence; PW glued to a residence card; an era date near a PIN word; Indonesian
// rekening; a phone on the line after a corporate number; Hangul full names among a note's
// Japanese words; わたし glued before a kana surname; a kanji-only 記号 after 住所変更). Left (3
// items): a spaced full name after a note's role words (同行 総務 藤田 圭) and one with a city's
// name as surname (宇都宮 彩 より), and a kana surname with an unlisted reading (きよみず for 清水).
// The two lines left with an unexpected mask are label doubts (a surname alone in a mail's
// subject, a scam caller's false staff name). No longer an estimate for new text. The thirty-third
// round found 藤田 圭 after 同行 総務 (99.7 %, 630/632); the thirty-fifth round's second part
// 宇都宮 彩 before より (99.8 %, 631/632).
const UNSEEN_30_RECALL_FLOOR = 0.99;
const UNSEEN_30_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-31.jsonl, the thirty-first blind set, again with no special theme (a November at an
// invented ward in Akita; names 49 % of its items). Figures only, its rows were never printed:
// 94.8 % (526/555), 0/150 ordinary items masked, 1/300 lines with an unexpected mask at the
// thirty-second round's start (f33fb15, the engine of b872fc6); 96.4 % (535/555), 0/150, 1/300 at
// its end and the thirty-third round's start (8e1f981/2dbfc81). A development set since then: the
// thirty-third round may read its misses. Its writer left one dormitory lot number unlabelled on
// purpose (README, "Known disagreements").
// Read in the thirty-third round; after reading: 100 % (555/555, all typed right), 0/150 ordinary
// items masked, 1/300 lines with an unexpected mask (its misses fixed by class: a ゆうちょ account
// named as ゆうちょの口座 with its 記号 and 番号 a sentence later; Latin full names of a colleague or
// a student in English, after Indonesian "ini" and Tagalog "ko ay si", and in Japanese notes after
// the date or 来庁 in capitals, after の妻 glued, in brackets after an organisation; a full name
// before Tohoku's だども; 叫 after a Chinese clause's comma; a note's account holder before the
// bank; visiting staff in brackets (訪問(今野、沢井)); a second quoted password; a PIN given as the
// one registered; a postal code written after the address). The line left with an unexpected mask
// is the dormitory lot number its writer left unlabelled on purpose. No longer an estimate for new
// text.
const UNSEEN_31_RECALL_FLOOR = 0.99;
const UNSEEN_31_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-32.jsonl, the thirty-second blind set, again with no special theme (an August at an
// invented ward in Shimane; names 52 % of its items; the reference has no local numbering for the
// area, so its phones, postal codes and insurers come from elsewhere, README). Figures only, its
// rows were never printed: 94.2 % (475/504), 0/150 ordinary items masked, 2/300 lines with an
// unexpected mask at the thirty-third round's start (1e0c86e, the engine of 2dbfc81); 94.6 %
// (477/504), 0/150, 2/300 at its end and the thirty-fourth round's start (8444919/89aff73). A
// development set since then: the thirty-fourth round may read its misses.
// Read in the thirty-fourth round; after reading: 99.8 % (503/504, all typed right), 0/150 ordinary
// items masked, 1/300 lines with an unexpected mask (its misses fixed by class: full names in
// capitals in notes after the date before a Japanese word, glued after 妻, before の在留カード and in
// lists joined by 、; a name in simplified characters in a note without kana; a chat desk's officer
// in brackets before a colon; Hi, … again; Vietnamese của; a shrine named in English is a place; a
// passport's number a sentence later; a PIN for a named card; a password after a Japanese aside;
// 長男 and 娘 glued before a surname; staff lists after 担当 and 同行 総務; given names before
// といいます and 同伴; a postal code before 個人番号, which was read as the counter 個; a surname after
// the dialect's しとる; a katakana surname after えっと). Left: a hiragana reading of 伊達 the lists
// lack (いだて). The line left with an unexpected mask is the factory dormitory's lot number its
// writer left unlabelled on purpose. No longer an estimate for new text.
const UNSEEN_32_RECALL_FLOOR = 0.99;
const UNSEEN_32_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-33.jsonl, the thirty-third blind set, again with no special theme (a November at an
// invented ward in Okayama; names 48 % of its items; the reference has no local numbering for the
// area, so its phones, postal codes and insurers come from elsewhere, README). Figures only, its
// rows were never printed: 94.7 % (500/528), 0/150 ordinary items masked, 1/300 lines with an
// unexpected mask at the thirty-fourth round's start (2a073df, the engine of 89aff73); 96.4 %
// (509/528), 0/150, 1/300 at its end and the thirty-fifth round's start (42bf091/ce77bab). A
// development set since then: the thirty-fifth round may read its misses.
// Read in the thirty-fifth round; after reading: 100 % (528/528, all typed right), 0/150 ordinary
// items masked, 1/300 lines with an unexpected mask (its misses fixed by class: Portuguese callers
// with the article, sou a / aqui é o / Olá, é o, and the form fields Nome do responsável:,
// Criança:, Aluno:; Yes, hi, … here; One of them, …,; a couple in capitals joined by ・ in a note;
// a found surname's reading in capitals (YAMASHITA表記); 王 after 姓名; a PIN after senha and one
// said as the one set (にしてた); okurigana before が in a town (美しが丘); a room in Vietnamese and a
// dormitory before an English address; a rural lot in romaji; the Tagalog birth label Kaarawan).
// The line left with an unexpected mask is a label doubt: Akagi Vineyard, a farm named after its
// owner, whose full name (Akagi Tadashi) signs the mail. No longer an estimate for new text.
const UNSEEN_33_RECALL_FLOOR = 0.99;
const UNSEEN_33_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-34.jsonl, the thirty-fourth blind set, again with no special theme (a February at an
// invented ward in Nagano; names 41 % of its items; the reference has no local numbering for the
// area, so its phones, postal codes and insurers come from elsewhere, README). Figures only, its
// rows were never printed: 93.5 % (578/618), 0/150 ordinary items masked, 2/300 lines with an
// unexpected mask at the thirty-fifth round's start (b9c6b9d, the engine of ce77bab); 94.8 %
// (586/618), 0/150, 2/300 at its end (a80aeb1, and 0bde44e after the round's second PII part)
// and the thirty-sixth round's start (09d5aaa). A development set since then: the thirty-sixth
// round may read its misses.
// Read in the thirty-sixth round; after reading: 100 % (618/618, all typed right), 0/150 ordinary
// items masked, 0/300 lines with an unexpected mask (its misses fixed by class: English-order
// addresses with the lot before the town and the room and building first (Lodge … Room 6, 2041
// Yukimi Kogen, Yukimi-ku); a street address abroad with its postcode; a birth date before a form's
// next field (転出先:); the previous insurance as a label (前の保険:); Nagano surnames and old-form
// spellings (小口, 降旗, 倉科, 上條); a resident's chat tag (住民:有賀です); a visiting nurse's title
// glued (保健師矢口が); a hamlet and an age in a note's bracket; Mac/Mc surnames; names in capitals
// before 、在留カード; a counted list ending with and; Vietnamese names with Thị/Văn; a Thai
// ฉันชื่อ; an officer in an English or a Vietnamese desk's tag; a password said as 今のは; a
// cooperative's caller (JA…の上野です)). The two lines that had an unexpected mask were no label
// doubts: a lost glove (手袋です) and an illness after a kin word (子どもがインフルエンザで), both now
// stop words. No longer an estimate for new text.
const UNSEEN_34_RECALL_FLOOR = 0.99;
const UNSEEN_34_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-35.jsonl, the thirty-fifth blind set, again with no special theme (a March at an
// invented ward in Kagoshima; names 48 % of its items; the reference has no local numbering for
// the area, so its phones, postal codes and insurers come from elsewhere, README). Figures only,
// its rows were never printed: 93.8 % (483/515), 0/150 ordinary items masked, 1/300 lines with an
// unexpected mask at the thirty-sixth round's start (4b7d72a, the engine of 09d5aaa); 94.6 %
// (487/515), 0/150, 1/300 at its end (26fe497) and the thirty-seventh round's start (0fbc1be). A
// development set since then: the thirty-seventh round may read its misses.
// Read in the thirty-seventh round; after reading: 100 % (515/515, all typed right), 0/150 ordinary
// items masked, 0/300 lines with an unexpected mask (its misses fixed by class: Kagoshima surnames
// (榎園, 寺園, 尾辻, 肥後, 新地) and the variant 濵; Latin names in a Japanese note after a doctor's
// post (研修医), before a registration (妊娠届), in Vietnamese capitals with marks (ĐINH VĂN LONG)
// and after a call's entry (English call:); an Indonesian room (Kamar) before an English-order
// address, an Eircode, a hiragana town before the block (那覇市おもろまち3丁目), a dormitory before
// a particle; a city-wide 国保 記号 in kanji (記号薩国, 記号番号:薩国-4417); an officer after a
// company's 担当, a found thing's owner (持主), an interpreter's katakana surname (通訳グエン); a
// stall holder's label (出店者:); a nationality, an age or a household in a note's bracket (陳 静
// (中国籍), 下津佐 ヨシ(74), マリア(徳留方)); a relative introduced by her origin (…の人で、マリアっ
// ていう); a card number glued after カード, no address block). The line that had an unexpected
// mask was no label doubt: the Indonesian "I" (Saya) taken into a name, now no name word. No
// longer an estimate for new text.
const UNSEEN_35_RECALL_FLOOR = 0.99;
const UNSEEN_35_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-36.jsonl, the thirty-sixth blind set, again with no special theme (a May at an
// invented ward in Toyama; names 45 % of its items; the reference has no local numbering for the
// area, so its phones, postal codes and insurers come from elsewhere, README). Figures only, its
// rows were never printed: 96.0 % (556/579), 0/150 ordinary items masked, 2/300 lines with an
// unexpected mask at the thirty-seventh round's start (1b27071, the engine of 0fbc1be); the same
// at its end (739df3c) and the thirty-eighth round's start (01daca7). A development set since
// then: the thirty-eighth round may read its misses.
// Read in the thirty-eighth round; after reading: 100 % (579/579, all typed right), 0/150 ordinary
// items masked, 1/300 lines with an unexpected mask (its misses fixed by class: a room in a
// numbered dormitory or one named with marks before an English-order address (Asrama … 2,
// Dormitório 2, Ký túc xá số 2), an Australian unit (8/23 …); Latin names after a desk's
// lower-case tag (International corner (Sato):), a note's desk entry, a Tagalog call opened by Si,
// an ALT's post glued (ALTHannah Lee), capitals after a staff note's heading (…紛失：PHAM DUC ANH、),
// a family's next name after a body's letters (ANA MENDES); a welfare commissioner before へ or the
// visit, a company section's sender (総務高田より), a district head's glued name (区長坂口 正人),
// an interpreter or a worker named in katakana with the language or the nationality (ベトナム語通訳
// ファム, ベトナム人社員ダン); a passport's number said as the new one; a Vietnamese password
// (Mật khẩu … là); a maker's name in 堂 before さん is no person). The line left with an unexpected
// mask is a label doubt its writer named: a birth year alone (昭和16年の生まれ), which a masker
// may fairly mask. No longer an estimate for new text.
const UNSEEN_36_RECALL_FLOOR = 0.99;
const UNSEEN_36_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-37.jsonl, the thirty-seventh blind set, again with no special theme (a July at an
// invented ward in Tokushima; names 44 % of its items; the reference has no local numbering for
// the area, so its phones, postal codes and insurers come from elsewhere, README). Figures only,
// its rows were never printed: 95.4 % (581/609), 0/150 ordinary items masked, 3/300 lines with an
// unexpected mask at the thirty-eighth round's start (bfa23f1, the engine of 01daca7); 96.2 %
// (586/609), 0/150, 3/300 at its end (7c1b402) and the thirty-ninth round's start (9687aed). A
// development set since then: the thirty-ninth round may read its misses.
// Read in the thirty-ninth round; after reading: 100 % (609/609, all typed right), 0/150 ordinary
// items masked, 0/300 lines with an unexpected mask (its misses fixed by class: Latin names
// speaking on the phone, answering a request for the name, after a Vietnamese roommate's or an
// Indonesian child's kin word, in capitals after a note's section (保険年金課。WANG LI（…）); a
// chat's officer after a lower-case section or a one-kanji place surname in the tag (…課（島）：);
// a lower-case dormitory before a romaji block (ký túc xá …), an Indian flat and PIN, の in a town
// after its city (…市桜の町), a hiragana building glued to the block (…号すだち寮); a PIN guessed
// with やった or as the one set (にした); a name before a bracketed phone, a hunting club's member,
// a spaced full name glued to 国保加入, a kin word's full name with a kana given name before へ and
// a verb; a greeting to a corner, a deed done in Chinese (中国語で説明) and a thing asked about
// (断水ですか) are no names). No longer an estimate for new text.
const UNSEEN_37_RECALL_FLOOR = 0.99;
const UNSEEN_37_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-38.jsonl, the thirty-eighth blind set, again with no special theme (a September at an
// invented ward in Ibaraki; names 46 % of its items; the reference has no local numbering for the
// area, so its phones, postal codes and insurers come from elsewhere, and its e-mail addresses use
// example domains, README). Figures only, its rows were never printed: 92.7 % (582/628), 1/150
// ordinary items masked, 1/300 lines with an unexpected mask at the thirty-ninth round's start
// (99af8cb, the engine of 9687aed); 93.2 % (585/628), 1/150, 1/300 at its end (22cdb5a) and the
// fortieth round's start (caf7b9c). A development set since then: the fortieth round may read its
// misses.
// Read in the fortieth round; after reading: 100 % (628/628, all typed right), 0/150 ordinary
// items masked, 1/300 lines with an unexpected mask (a caller's "葦原です", the ward's town, a label
// doubt). Its misses fixed by class: a kanji 記号 after another number's sentence, counted with 番
// or on the funeral benefit, 前保険 glued to its number; a welfare visitor's post before the
// surname (民生委員…さん); surnames frequent in Ibaraki; a chat's officer in romaji after a section's
// kanji or a library; capitals before 様 after a note's corner; a summary's group of new residents
// and who reported; relatives and callers in Vietnamese, Tagalog and Indonesian, good morning …
// speaking, the late …; a Vietnamese file's password, a Tagalog birth told with noong, a passport's
// number said as nomornya; an heirs' representative (相続人代表); staff after 配置は or before が担当;
// 竹の塚 after its ward; an English date in brackets after a name; a Chinese form's 孩子: field.
// No longer an estimate for new text.
const UNSEEN_38_RECALL_FLOOR = 0.99;
const UNSEEN_38_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-39.jsonl, the thirty-ninth blind set, again with no special theme (an October at an
// invented ward in Miyazaki; names 48 % of its items; the reference has no local numbering for the
// area, so its phones, postal codes and insurers come from elsewhere, and its e-mail addresses use
// example domains, README). Figures only, its rows were never printed: 94.1 % (562/597), 0/150
// ordinary items masked, 1/300 lines with an unexpected mask at the fortieth round's start
// (c5f05bd, the engine of caf7b9c); 95.6 % (571/597), 0/150, 1/300 at its end (98ecca2) and the
// forty-first round's start (36982c4). A development set since then: the forty-first round may
// read its misses.
// Read in the forty-first round; after reading: 100 % (597/597, all typed right), 0/150 ordinary
// items masked, 0/300 lines with an unexpected mask. Its misses fixed by class: surnames frequent
// in Miyazaki; the officer closing a note after their part (調査員, 受付, 通訳) and a reporter glued
// after 通報; a chat's officer after a desk word that opens the tag (Seção de …, Pojok …); a couple
// in capitals after 様・, a summary's follow-up list with bracketed remarks, an English staff field;
// relatives, callers and form fields in other languages (teman saya, anak kong si, our new baby,
// … calling, Baby:, Nama bayi:, Con:); a birth said with nasceu em; a passport of two digits, two
// capitals and five digits; a kanji 記号 after 記号番号 and の; a desk's katakana word after a name
// is no reading of it. No longer an estimate for new text.
const UNSEEN_39_RECALL_FLOOR = 0.99;
const UNSEEN_39_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-40.jsonl, the fortieth blind set, again with no special theme (a November at an
// invented ward in Yamanashi; names 48 % of its items; the reference has no local numbering for
// the area, so its phones, postal codes and insurers come from elsewhere, README). Figures only,
// its rows were never printed: 94.9 % (564/594), 0/150 ordinary items masked, 2/300 lines with an
// unexpected mask at the forty-first round's start (ab1b261, the engine of 36982c4); 95.8 %
// (569/594), 0/150, 2/300 at its end and the forty-second round's start (4f9e3d6). A development
// set since then: the forty-second round may read its misses.
// Read in the forty-second round; after reading: 99.8 % (593/594, all typed right), 0/150
// ordinary items masked, 0/300 lines with an unexpected mask. Its misses fixed by class: Korean
// relatives before a particle, a name told after 이름은, a birthday said with 생일; Chinese 我的孩子
// and 家长:; surnames frequent in Yamanashi; officers after a firm's department, a care worker
// after the hospital, a chat's reply tag without 課, a full name before 委員; a woman's two-kana
// given name in hiragana; a kanji 記号 after 記号番号 and a space, 資格確認書 as the topic;
// passwords after kata sandi and Senha do …:; Latin names glued after 子 or 妻 and after 受給者,
// Tên con:, Tagalog ni, chi nhánh as a bank cue; a building and its room before an English
// address; no name in `koseki para` nor in a hyphenated heading word. Left: a given name alone
// after add (aq283). No longer an estimate for new text.
const UNSEEN_40_RECALL_FLOOR = 0.99;
const UNSEEN_40_FALSE_POSITIVE_CEILING = 0.01;
// pii-unseen-41.jsonl, the forty-first blind set, again with no special theme (a December at an
// invented ward in Saga; names 43 % of its items; the reference has no local numbering for the
// area, so its phones, postal codes and insurers come from elsewhere, README). Figures only, its
// rows are never printed: 95.8 % (598/624), 0/150 ordinary items masked, 1/300 lines with an
// unexpected mask at the forty-second round's start (f6a76ae, the engine of 4f9e3d6); 96.3 %
// (601/624), 0/150, 1/300 at its end.
const UNSEEN_41_RECALL_FLOOR = 0.9;
const UNSEEN_41_FALSE_POSITIVE_CEILING = 0.03;
const HELD_OUT_FALSE_POSITIVE_CEILING = 0.05;
/**
 * sha256 of the sets written blind, as their READMEs record them: a development set is read, never
 * edited (pii-unseen.jsonl is checked in test/samples/unseen-questions.test.ts).
 */
const FROZEN_SHA256 = [
  ["pii-unseen-2.jsonl", "835c42308c886b9da0a896a7b9b3f9aa4a93410e8a7c83cc84d7b2cfe0910122"],
  ["pii-unseen-3.jsonl", "2f4b96a2a1c0ed05807947d61ca49318b8f5c48de533ba976341cb1e07b40c58"],
  ["pii-unseen-4.jsonl", "b2800af3f58b1009520879d9f4acaa0efe6c238350bddeca2d3f9cd6bd0cc779"],
  ["pii-unseen-5.jsonl", "42333945e901f1207e4b9f63274ccbca9c9e12e4b88e383f73431c316b947bae"],
  ["pii-unseen-6.jsonl", "a10bc4ba633335e873968cf55b7f234dbba4f1d66b76742c1947063df4e6aba9"],
  ["pii-unseen-7.jsonl", "1bb75bec303c1c522df92b22d985f0ad9149c5ebcb35916225097302e20f01a2"],
  ["pii-unseen-8.jsonl", "43ff53c7ad262f8c638ef5701afbb146d3bf41812650c511c53fd1f4de68f099"],
  ["pii-unseen-9.jsonl", "3966082c0b4bc4d2731028f2f732cf10aa26bf8879143e44914e4721a64a3073"],
  ["pii-unseen-10.jsonl", "01961e6fe9a2a0d9d7e375976500b9deab27877e2b16a79271fe808cf6738672"],
  ["pii-unseen-11.jsonl", "64c26126886eac778bcb2e899c4d14fdf4a1bf99f3fd9928af0aac05b8f6d6a7"],
  ["pii-unseen-12.jsonl", "861e13fad5225fd04397babcc6f1cf841ff92b49d61f36befb9d6d71f23c4737"],
  ["pii-unseen-13.jsonl", "e0a32d9c4713f4f85eb63498eb4c28a210a5171e28e750b2aefda5a22beead9f"],
  ["pii-unseen-14.jsonl", "b9f6c6b41b520218a8beae6097e867eeefae8de4259630743fa85454c60cbd6d"],
  ["pii-unseen-15.jsonl", "3b1d9d6f652fe59e1cd5965b352bfb4f80118c0bdc16658ee0184aa99e2e1feb"],
  ["pii-unseen-16.jsonl", "1f114e99f65994aa69b91702f12a593fae4271c710b4790fb15cfbe1e4ff5370"],
  ["pii-unseen-17.jsonl", "d9e1818fb06efa0bc378f347e7c33d241ffe8999e2d85ea0949b5c0442029fbe"],
  ["pii-unseen-18.jsonl", "a915479ee0e8856a56eaac6093ee6b7227ecd617c5cd4794468566bbb5e855b3"],
  ["pii-unseen-19.jsonl", "8a02e3c602d8d986fc34bf3f1e4cb55b7b5a6951ed196ee7c71ae22d56938668"],
  ["pii-unseen-20.jsonl", "916522f529185a68a5f564cdfba00911fdfbfa75e94cba143df27a8dc0613395"],
  ["pii-unseen-21.jsonl", "a4a1eff0d7d382474265cc9712046176e25f14f9c91d4fb0165d0546a7fbfaa9"],
  ["pii-unseen-22.jsonl", "147b972cd9249d8e3a1b17aae570fc7608f2b78228676df90ac11399251446c7"],
  ["pii-unseen-23.jsonl", "e9915a03cc6ee168660b8d5ebda0c902d4a97fb540b74e65062735ffd24c999e"],
  ["pii-unseen-24.jsonl", "2766aa5bb6768d412fcfbf0aecf1b944b3029e0bbdfe9691fe4524d2e0dcb76a"],
  ["pii-unseen-25.jsonl", "cb262439d6d454b4d3a1d5a1124bf8601469f9f4f07f32780f0a638cc09b4189"],
  ["pii-unseen-26.jsonl", "226c030c107ac0d4c2955b6f06d38fa4f1b154492b179a54e8382a12783bfffd"],
  ["pii-unseen-27.jsonl", "64e6b634b64f560c9a3e851d567193f19c40c880d689e84989e99f6c1d79082f"],
  ["pii-unseen-28.jsonl", "358e5d8ec7436c1cbf68bce684ba771ce3fd19272e76821311bd06fe9ad3528a"],
  ["pii-unseen-29.jsonl", "b00aa744d5c0d102e303e3abfd2bdee52c015729f673a34e6048a5ca0f4333a4"],
  ["pii-unseen-30.jsonl", "f76ff009f390fc2d99e6394419fb93d6ee2c1514d4cb6bc32ace81f45299c449"],
  ["pii-unseen-31.jsonl", "50b556a41e17dd8e1e9e0c3f3f67d0c8f789d6c199929be390404bdd3c38784c"],
  ["pii-unseen-32.jsonl", "15a4033eeb4d98e998d9f152b4fea914a63e72c79f291dc251de984978603422"],
  ["pii-unseen-33.jsonl", "010e26a7ff58e5d3813dfbb9bce3f3a2c2df346ec385ca68a9a1f4fa19de7bcf"],
  ["pii-unseen-34.jsonl", "fd00fac3d84fc9572099bbce2725f9526d449dd173638d471df8d92ed0ffd53d"],
  ["pii-unseen-35.jsonl", "711f50a66516be505d96a59766c596322fdbf664e6450445eba920da5a1786df"],
  ["pii-unseen-36.jsonl", "3c35d7fe448f6858b7f197eea0b65b342d84e54c606c5a0de31c7a076afe75f3"],
  ["pii-unseen-37.jsonl", "94643593f52505c6245b8eefca7625b5191d7a569de25777c1b1770121c84362"],
  ["pii-unseen-38.jsonl", "16343baf081e198381dd120710f0762c6313b4d0c6c692cd3308f71afa89cc48"],
  ["pii-unseen-39.jsonl", "70c1c04a535db417b267be0c34f2a6ce43669d37e129f1f806976f48edfb58b6"],
  ["pii-unseen-40.jsonl", "21a08e4a0f90ad0284ba0124ca8e6472fd8c9f52b7163902cf47156212c17d64"],
  ["pii-unseen-41.jsonl", "848e77ec651822bd745545ba6cb088f20f31c583813ad0439368948d940068a6"],
] as const;

/** Prints the figures; the rows themselves only where reading them spoils nothing. */
function report(label: string, score: MaskingScore, options = { rows: true }): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(
    [
      `${label}: recall ${pct(score.recall)} (${score.masked}/${score.items}), type accuracy ${pct(score.typeAccuracy)}`,
      `ordinary items masked ${pct(score.hazardRate)} (${score.hazardsMasked}/${score.hazards}), lines with unexpected masks ${pct(score.unexpectedLineRate)} (${score.linesWithUnexpected}/${score.lines})`,
      ...(options.rows ? score.misses.map((miss) => `  missed: ${miss}`) : []),
      ...(options.rows ? score.falsePositives.map((fp) => `  false positive: ${fp}`) : []),
    ].join("\n"),
  );
}

describe("maskPii on the PII test set", () => {
  const publicNumbers = readPublicNumbers();

  describe("tuning set", () => {
    const cases = readFixture("pii-cases.jsonl");
    const negatives = readFixture("pii-negatives.jsonl");

    it("should have enough lines and cover every type several times", () => {
      expect(cases.length).toBeGreaterThanOrEqual(300);
      expect(negatives.length).toBeGreaterThanOrEqual(200);
      const counts = new Map<string, number>();
      for (const line of cases)
        for (const e of line.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
      for (const type of FIXTURE_PII_TYPES) {
        expect([type, counts.get(type) ?? 0]).toEqual([type, expect.any(Number)]);
        expect(counts.get(type) ?? 0).toBeGreaterThanOrEqual(3);
      }
    });

    it("should mask at least 99% of personal-information items", () => {
      const score = scoreMasking(cases, { publicNumbers });
      report("pii-cases", score);
      expect(score.recall).toBeGreaterThanOrEqual(RECALL_TARGET);
    });

    it("should wrongly mask at most 2% of ordinary items and lines", () => {
      const score = scoreMasking(negatives, { publicNumbers });
      report("pii-negatives", score);
      expect(score.hazardRate).toBeLessThanOrEqual(FALSE_POSITIVE_TARGET);
      expect(score.unexpectedLineRate).toBeLessThanOrEqual(FALSE_POSITIVE_TARGET);
    });
  });

  describe("held-out sets (written after the rules)", () => {
    it.each([
      ["pii-heldout.jsonl"],
      ["pii-heldout-2.jsonl"],
      ["pii-adversarial.jsonl"],
      ["pii-adversarial-2.jsonl"],
      ["pii-adversarial-3.jsonl"],
    ])("should report %s separately and stay above a floor", (file) => {
      const heldout = readFixture(file);
      const positives = heldout.filter((line) => line.entities.length > 0);
      const negatives = heldout.filter((line) => line.entities.length === 0);
      const positiveScore = scoreMasking(positives, { publicNumbers });
      const negativeScore = scoreMasking(negatives, { publicNumbers });
      report(`${file} positives`, positiveScore);
      report(`${file} negatives`, negativeScore);
      expect(positiveScore.recall).toBeGreaterThanOrEqual(HELD_OUT_RECALL_FLOOR);
      expect(negativeScore.hazardRate).toBeLessThanOrEqual(HELD_OUT_FALSE_POSITIVE_CEILING);
    });
  });

  describe("sets written blind by colleagues who never saw the masker", () => {
    // The first forty are development sets (read or to be read and tuned on), so their missed
    // rows are printed; the forty-first is blind, figures only.
    const dev = FALSE_POSITIVE_TARGET;
    it.each([
      ["pii-unseen.jsonl", "development set", UNSEEN_RECALL_FLOOR, dev, true],
      ["pii-unseen-2.jsonl", "development set", UNSEEN_2_RECALL_FLOOR, dev, true],
      ["pii-unseen-3.jsonl", "development set", UNSEEN_3_RECALL_FLOOR, dev, true],
      ["pii-unseen-4.jsonl", "development set", UNSEEN_4_RECALL_FLOOR, dev, true],
      ["pii-unseen-5.jsonl", "development set", UNSEEN_5_RECALL_FLOOR, dev, true],
      ["pii-unseen-6.jsonl", "development set", UNSEEN_6_RECALL_FLOOR, dev, true],
      ["pii-unseen-7.jsonl", "development set", UNSEEN_7_RECALL_FLOOR, dev, true],
      ["pii-unseen-8.jsonl", "development set", UNSEEN_8_RECALL_FLOOR, dev, true],
      ["pii-unseen-9.jsonl", "development set", UNSEEN_9_RECALL_FLOOR, dev, true],
      ["pii-unseen-10.jsonl", "development set", UNSEEN_10_RECALL_FLOOR, dev, true],
      [
        "pii-unseen-11.jsonl",
        "development set",
        UNSEEN_11_RECALL_FLOOR,
        UNSEEN_11_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-12.jsonl",
        "development set",
        UNSEEN_12_RECALL_FLOOR,
        UNSEEN_12_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-13.jsonl",
        "development set",
        UNSEEN_13_RECALL_FLOOR,
        UNSEEN_13_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-14.jsonl",
        "development set",
        UNSEEN_14_RECALL_FLOOR,
        UNSEEN_14_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-15.jsonl",
        "development set",
        UNSEEN_15_RECALL_FLOOR,
        UNSEEN_15_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-16.jsonl",
        "development set",
        UNSEEN_16_RECALL_FLOOR,
        UNSEEN_16_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-17.jsonl",
        "development set",
        UNSEEN_17_RECALL_FLOOR,
        UNSEEN_17_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-18.jsonl",
        "development set",
        UNSEEN_18_RECALL_FLOOR,
        UNSEEN_18_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-19.jsonl",
        "development set",
        UNSEEN_19_RECALL_FLOOR,
        UNSEEN_19_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-20.jsonl",
        "development set",
        UNSEEN_20_RECALL_FLOOR,
        UNSEEN_20_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-21.jsonl",
        "development set",
        UNSEEN_21_RECALL_FLOOR,
        UNSEEN_21_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-22.jsonl",
        "development set",
        UNSEEN_22_RECALL_FLOOR,
        UNSEEN_22_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-23.jsonl",
        "development set",
        UNSEEN_23_RECALL_FLOOR,
        UNSEEN_23_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-24.jsonl",
        "development set",
        UNSEEN_24_RECALL_FLOOR,
        UNSEEN_24_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-25.jsonl",
        "development set",
        UNSEEN_25_RECALL_FLOOR,
        UNSEEN_25_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-26.jsonl",
        "development set",
        UNSEEN_26_RECALL_FLOOR,
        UNSEEN_26_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-27.jsonl",
        "development set",
        UNSEEN_27_RECALL_FLOOR,
        UNSEEN_27_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-28.jsonl",
        "development set",
        UNSEEN_28_RECALL_FLOOR,
        UNSEEN_28_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-29.jsonl",
        "development set",
        UNSEEN_29_RECALL_FLOOR,
        UNSEEN_29_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-30.jsonl",
        "development set",
        UNSEEN_30_RECALL_FLOOR,
        UNSEEN_30_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-31.jsonl",
        "development set",
        UNSEEN_31_RECALL_FLOOR,
        UNSEEN_31_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-32.jsonl",
        "development set",
        UNSEEN_32_RECALL_FLOOR,
        UNSEEN_32_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-33.jsonl",
        "development set",
        UNSEEN_33_RECALL_FLOOR,
        UNSEEN_33_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-34.jsonl",
        "development set",
        UNSEEN_34_RECALL_FLOOR,
        UNSEEN_34_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-35.jsonl",
        "development set",
        UNSEEN_35_RECALL_FLOOR,
        UNSEEN_35_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-36.jsonl",
        "development set",
        UNSEEN_36_RECALL_FLOOR,
        UNSEEN_36_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-37.jsonl",
        "development set",
        UNSEEN_37_RECALL_FLOOR,
        UNSEEN_37_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-38.jsonl",
        "development set",
        UNSEEN_38_RECALL_FLOOR,
        UNSEEN_38_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-39.jsonl",
        "development set",
        UNSEEN_39_RECALL_FLOOR,
        UNSEEN_39_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-40.jsonl",
        "development set",
        UNSEEN_40_RECALL_FLOOR,
        UNSEEN_40_FALSE_POSITIVE_CEILING,
        true,
      ],
      [
        "pii-unseen-41.jsonl",
        "blind",
        UNSEEN_41_RECALL_FLOOR,
        UNSEEN_41_FALSE_POSITIVE_CEILING,
        false,
      ],
    ] as const)(
      "should report %s (%s) and stay above its floor",
      (file, role, floor, ceiling, rows) => {
        const score = scoreMasking(readFixture(file), { publicNumbers });
        report(`${file} (${role})`, score, { rows });
        expect(score.recall).toBeGreaterThanOrEqual(floor);
        expect(score.hazardRate).toBeLessThanOrEqual(ceiling);
      },
    );

    it.each(FROZEN_SHA256)("should keep %s byte for byte as written blind", (file, sha256) => {
      const bytes = readFileSync(join(FIXTURE_DIR, file));
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(sha256);
    });
  });

  describe("training sets written for the eleventh and twenty-eighth rounds (tuned on)", () => {
    it.each([
      ["pii-train-1.jsonl", TRAIN_1_RECALL_FLOOR],
      ["pii-train-2.jsonl", TRAIN_2_RECALL_FLOOR],
      ["pii-train-3.jsonl", TRAIN_3_RECALL_FLOOR],
    ] as const)(
      "should report %s (training set, tuned on) and stay above its floor",
      (file, floor) => {
        const score = scoreMasking(readFixture(file), { publicNumbers });
        report(`${file} (training set, tuned on)`, score);
        expect(score.recall).toBeGreaterThanOrEqual(floor);
        expect(score.hazardRate).toBeLessThanOrEqual(FALSE_POSITIVE_TARGET);
      },
    );
  });
});
