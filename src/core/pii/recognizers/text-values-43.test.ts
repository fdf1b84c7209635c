/**
 * Thirty-eighth round: classes of pii-unseen-36's misses, in sentences of our own, and look-alikes
 * that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-eighth round: Latin names", () => {
  expectMasked(
    [
      ["a desk's officer, the desk in lower case", "Help desk (Ota): We can help.", "Ota"],
      ["a corner's officer", "Tax corner (Ishida): Please bring it.", "Ishida"],
      [
        "a Tagalog call opened by Si",
        "Si Rowelyn Macaraeg po ito. May tanong po.",
        "Rowelyn Macaraeg",
      ],
      [
        "a language teacher's post glued",
        "6/2 転出相談：ALTOliver Grant、7月帰国。",
        "Oliver Grant",
      ],
      ["an exchange coordinator's post", "6/4 CIR Nadia Kowalski が来庁。", "Nadia Kowalski"],
      [
        "a family's next name after a body's letters",
        "6/1 来庁 PEDRO ALVES、ANA ALVES。",
        "ANA ALVES",
      ],
      [
        "capitals after a note's heading",
        "6/3 旅券紛失の相談：BUI VAN LONG、旅券再発行。",
        "BUI VAN LONG",
      ],
      ["capitals after a short heading", "6/5 国保加入：SOUZA LUCAS、保険証交付。", "SOUZA LUCAS"],
      ["a note's desk entry", "6/8 Tax counter: Daniel Osei, asked about the form.", "Daniel Osei"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an office's field in brackets", "Ward office (Tourism): Thank you!", "Tourism"],
    ["a language after a corner", "Tea corner (English): open at ten", "English"],
    ["a Tagalog question about someone", "Si Maria ba ito?", "Maria"],
    ["a word glued after a post", "ALT English Club の案内", "English Club"],
    ["letters that end a longer word", "SALTHannah Lee", "Hannah Lee"],
    ["a body's letters in a list", "6/1 来庁 PEDRO ALVES、ANA BUS。", "ANA BUS"],
    ["a station after a heading", "6/2 利用案内：TOKYO STATION、", "TOKYO STATION"],
    ["a card's words after a heading", "6/2 窓口：MY NUMBER CARD、", "MY NUMBER CARD"],
    ["capitals after a heading outside a note", "外国人相談：LE THI MAI、妊娠届", "LE THI MAI"],
    ["a romaji hall after a desk", "Information desk: Hanano Kaikan, 3F", "Hanano Kaikan"],
    ["a polite request after a desk", "Help desk: Please Call Us", "Please Call Us"],
  ]);
});
